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

class MemoryTest {

  private final Memory memory = new Memory();

  @BeforeEach
  void useFixtureTrees() {
    Fixtures.useFixtureTrees();
  }

  @AfterEach
  void restoreDefaultTrees() {
    Fixtures.restoreDefaultTrees();
  }

  @Test
  void readsTotalAndAvailableInBytes() throws IOException {
    assertEquals(Fixtures.MEMORY_TOTAL_BYTES, memory.memoryTotal());
    assertEquals(Fixtures.MEMORY_AVAILABLE_BYTES, memory.memoryAvailable());
  }

  @Test
  void aMissingFileIsAnError(@TempDir Path procfs) {
    Fixtures.useTrees(procfs, Fixtures.SYSFS);

    assertThrows(NoSuchFileException.class, memory::memoryTotal);
  }

  @Test
  void aMissingLineIsAnErrorNamingTheKey(@TempDir Path procfs) throws IOException {
    Fixtures.write(procfs, "meminfo", "MemTotal:       2048 kB\nMemFree:         1024 kB\n");
    Fixtures.useTrees(procfs, Fixtures.SYSFS);

    assertEquals(2048L * 1024, memory.memoryTotal());
    IOException e = assertThrows(IOException.class, memory::memoryAvailable);
    assertTrue(e.getMessage().contains("MemAvailable"), e.getMessage());
  }

  @Test
  void aGarbageValueIsAnError(@TempDir Path procfs) {
    Fixtures.write(procfs, "meminfo", "MemTotal:       lots kB\n");
    Fixtures.useTrees(procfs, Fixtures.SYSFS);

    assertThrows(IOException.class, memory::memoryTotal);
  }
}
