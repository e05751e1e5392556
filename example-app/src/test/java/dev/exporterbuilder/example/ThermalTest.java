package dev.exporterbuilder.example;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.OptionalDouble;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ThermalTest {

  private final Thermal thermal = new Thermal();

  @BeforeEach
  void useFixtureTrees() {
    Fixtures.useFixtureTrees();
  }

  @AfterEach
  void restoreDefaultTrees() {
    Fixtures.restoreDefaultTrees();
  }

  @Test
  void temperatureIsTheHighestZoneInDegrees() throws IOException {
    assertEquals(OptionalDouble.of(Fixtures.HIGHEST_ZONE_CELSIUS), thermal.cpuTemperature());
  }

  @Test
  void countsEveryThermalZoneButNotCoolingDevices() throws IOException {
    assertEquals(Fixtures.THERMAL_ZONES, thermal.zones());
  }

  @Test
  void aGarbageZoneIsSkippedAndCountedOnEveryRead() throws IOException {
    assertEquals(0, thermal.zoneReadErrors.sum());

    thermal.cpuTemperature();
    assertEquals(Fixtures.GARBAGE_ZONES, thermal.zoneReadErrors.sum());

    thermal.cpuTemperature();
    assertEquals(2L * Fixtures.GARBAGE_ZONES, thermal.zoneReadErrors.sum());
  }

  @Test
  void aZoneWithoutTempFileIsSkippedAndCounted(@TempDir Path sysfs) throws IOException {
    Fixtures.write(sysfs, "class/thermal/thermal_zone0/temp", "38000\n");
    Files.createDirectories(sysfs.resolve("class/thermal/thermal_zone1"));
    Fixtures.useTrees(Fixtures.PROCFS, sysfs);

    assertEquals(OptionalDouble.of(38.0), thermal.cpuTemperature());
    assertEquals(1, thermal.zoneReadErrors.sum());
    assertEquals(2, thermal.zones());
  }

  @Test
  void negativeTemperaturesAreKept(@TempDir Path sysfs) throws IOException {
    Fixtures.write(sysfs, "class/thermal/thermal_zone0/temp", "-5500\n");
    Fixtures.useTrees(Fixtures.PROCFS, sysfs);

    assertEquals(OptionalDouble.of(-5.5), thermal.cpuTemperature());
  }

  @Test
  void onlyGarbageZonesGiveNoTemperature(@TempDir Path sysfs) throws IOException {
    Fixtures.write(sysfs, "class/thermal/thermal_zone0/temp", "\n");
    Fixtures.useTrees(Fixtures.PROCFS, sysfs);

    assertTrue(thermal.cpuTemperature().isEmpty());
    assertEquals(1, thermal.zoneReadErrors.sum());
  }

  @Test
  void noZonesGiveNoTemperatureAndNoError(@TempDir Path sysfs) throws IOException {
    Files.createDirectories(sysfs.resolve("class/thermal"));
    Fixtures.useTrees(Fixtures.PROCFS, sysfs);

    assertTrue(thermal.cpuTemperature().isEmpty());
    assertEquals(0, thermal.zones());
    assertEquals(0, thermal.zoneReadErrors.sum());
  }

  @Test
  void noThermalClassGivesNoTemperatureAndNoError(@TempDir Path sysfs) throws IOException {
    Fixtures.useTrees(Fixtures.PROCFS, sysfs);

    assertTrue(thermal.cpuTemperature().isEmpty());
    assertEquals(0, thermal.zones());
    assertEquals(0, thermal.zoneReadErrors.sum());
  }
}
