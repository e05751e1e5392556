package dev.exporterbuilder.example;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The cpu collector's members that read sysfs: isolated CPUs and thermal throttle counts. */
class CpuSysfsTest {

  private final Cpu cpu = new Cpu();

  @AfterEach
  void restoreDefaultTrees() {
    Fixtures.restoreDefaultTrees();
  }

  @Test
  void isolatedReadsACpuList(@TempDir Path sysfs) throws IOException {
    Fixtures.write(sysfs, "devices/system/cpu/isolated", "0,2-4,7\n");
    Fixtures.useTrees(Fixtures.PROCFS, sysfs);

    assertEquals(List.of("0", "2", "3", "4", "7"), cpu.isolated().stream().map(Cpu.Isolated::cpu).toList());
  }

  @Test
  void noIsolatedFileOrAnEmptyOneIsNoSample(@TempDir Path sysfs) throws IOException {
    Fixtures.useTrees(Fixtures.PROCFS, sysfs);
    assertEquals(List.of(), cpu.isolated());

    Fixtures.write(sysfs, "devices/system/cpu/isolated", "\n");
    assertEquals(List.of(), cpu.isolated());
  }

  @Test
  void anIsolatedListThatIsNotOneIsAnErrorNamingTheFile(@TempDir Path sysfs) {
    Path isolated = Fixtures.write(sysfs, "devices/system/cpu/isolated", "2-x\n");
    Fixtures.useTrees(Fixtures.PROCFS, sysfs);

    IOException e = assertThrows(IOException.class, cpu::isolated);
    assertTrue(e.getMessage().startsWith(isolated.toString()), e.getMessage());
  }

  @Test
  void noCpuDirectoriesIsNoThrottleSample(@TempDir Path sysfs) throws IOException {
    Fixtures.useTrees(Fixtures.PROCFS, sysfs);

    assertEquals(List.of(), cpu.coreThrottles());
    assertEquals(List.of(), cpu.packageThrottles());
  }
}
