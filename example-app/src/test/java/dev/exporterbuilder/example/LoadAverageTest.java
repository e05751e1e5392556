package dev.exporterbuilder.example;

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
    LoadAverage.Loads loads = loadAverage.read();

    assertEquals(Fixtures.LOAD1, loadAverage.load1(loads));
    assertEquals(Fixtures.LOAD5, loadAverage.load5(loads));
    assertEquals(Fixtures.LOAD15, loadAverage.load15(loads));
  }

  @Test
  void aMissingFileIsAnError(@TempDir Path procfs) {
    Fixtures.useTrees(procfs, Fixtures.SYSFS);

    assertThrows(NoSuchFileException.class, loadAverage::read);
  }

  @Test
  void unexpectedContentIsAnErrorNamingTheFile(@TempDir Path procfs) {
    Path loadavg = Fixtures.write(procfs, "loadavg", "0.52 garbage\n");
    Fixtures.useTrees(procfs, Fixtures.SYSFS);

    IOException e = assertThrows(IOException.class, loadAverage::read);
    assertTrue(e.getMessage().contains(loadavg.toString()), e.getMessage());
  }
}
