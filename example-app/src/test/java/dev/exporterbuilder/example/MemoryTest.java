package dev.exporterbuilder.example;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Map;
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
  void readsTheLinesInKilobytesInBytes() throws IOException {
    Map<String, Long> sizes = memory.sizes();

    assertEquals(Fixtures.MEMORY_TOTAL_BYTES, sizes.get("MemTotal"));
    assertEquals(Fixtures.MEMORY_AVAILABLE_BYTES, sizes.get("MemAvailable"));
    assertEquals(2048L * 1024, sizes.get("Hugepagesize"));
    assertEquals(9, sizes.size(), sizes::toString);
  }

  @Test
  void readsTheLinesWithoutAUnitAsTheyAre(@TempDir Path procfs) throws IOException {
    Fixtures.write(procfs, "meminfo", "MemTotal:       2048 kB\nHugePages_Total:      7\nActive(anon):    1 kB\n");
    Fixtures.useTrees(procfs, Fixtures.SYSFS);

    assertEquals(Map.of("HugePages_Total", 7L), memory.counts());
    assertEquals(Map.of("MemTotal", 2048L * 1024, "Active(anon)", 1024L), memory.sizes());
  }

  @Test
  void aMissingFileIsAnError(@TempDir Path procfs) {
    Fixtures.useTrees(procfs, Fixtures.SYSFS);

    assertThrows(NoSuchFileException.class, memory::sizes);
  }

  @Test
  void aGarbageValueIsAnErrorNamingTheLine(@TempDir Path procfs) {
    Fixtures.write(procfs, "meminfo", "MemTotal:       lots kB\n");
    Fixtures.useTrees(procfs, Fixtures.SYSFS);

    IOException e = assertThrows(IOException.class, memory::sizes);
    assertTrue(e.getMessage().contains("MemTotal:       lots kB"), e.getMessage());
  }

  @Test
  void anUnknownUnitIsAnError(@TempDir Path procfs) {
    Fixtures.write(procfs, "meminfo", "MemTotal:       2 MB\n");
    Fixtures.useTrees(procfs, Fixtures.SYSFS);

    assertThrows(IOException.class, memory::counts);
  }
}
