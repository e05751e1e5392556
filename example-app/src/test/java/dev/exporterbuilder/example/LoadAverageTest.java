package dev.exporterbuilder.example;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LoadAverageTest {

  private final LoadAverage loadAverage = new LoadAverage();

  @BeforeEach
  void useFixtureTrees() {
    Fixtures.useFixtureTrees();
  }

  @AfterEach
  void restoreDefaultTrees() {
    Fixtures.restoreDefaultTrees();
  }

  @Test
  void readsThe1m5mAnd15mAverages() throws IOException {
    assertEquals(Fixtures.LOAD1, loadAverage.load1());
    assertEquals(Fixtures.LOAD5, loadAverage.load5());
    assertEquals(Fixtures.LOAD15, loadAverage.load15());
  }

  @Test
  void aMissingFileIsAnError(@TempDir Path procfs) {
    Fixtures.useTrees(procfs, Fixtures.SYSFS);

    assertThrows(NoSuchFileException.class, loadAverage::load1);
  }

  @Test
  void unexpectedContentIsAnErrorNamingTheFile(@TempDir Path procfs) {
    Path loadavg = Fixtures.write(procfs, "loadavg", "0.52 garbage\n");
    Fixtures.useTrees(procfs, Fixtures.SYSFS);

    assertEquals(0.52, assertDoesNotThrow(loadAverage::load1));
    IOException e = assertThrows(IOException.class, loadAverage::load5);
    assertTrue(e.getMessage().contains(loadavg.toString()), e.getMessage());
    assertThrows(IOException.class, loadAverage::load15);
  }
}
