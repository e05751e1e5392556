package dev.exporterbuilder.example;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.OptionalDouble;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PressureTest {

  private final Pressure pressure = new Pressure();

  @BeforeEach
  void useFixtureTrees() {
    Fixtures.useFixtureTrees();
  }

  @AfterEach
  void restoreDefaultTrees() {
    Fixtures.restoreDefaultTrees();
  }

  @Test
  void readsTheSomeTotalInSeconds() throws IOException {
    assertEquals(OptionalDouble.of(Fixtures.CPU_WAITING_SECONDS), pressure.cpuWaiting());
  }

  @Test
  void aKernelWithoutPsiGivesNoSample(@TempDir Path procfs) throws IOException {
    Fixtures.useTrees(procfs, Fixtures.SYSFS);

    assertTrue(pressure.cpuWaiting().isEmpty());
  }

  @Test
  void aFileWithoutSomeTotalIsAnErrorNamingTheFile(@TempDir Path procfs) {
    Path cpu = Fixtures.write(procfs, "pressure/cpu", "full avg10=0.00 avg60=0.00 avg300=0.00 total=0\n");
    Fixtures.useTrees(procfs, Fixtures.SYSFS);

    IOException e = assertThrows(IOException.class, pressure::cpuWaiting);
    assertTrue(e.getMessage().contains(cpu.toString()), e.getMessage());
  }
}
