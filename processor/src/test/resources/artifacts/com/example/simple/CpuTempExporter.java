package com.example.simple;

import dev.exporterbuilder.annotations.Exporter;
import dev.exporterbuilder.annotations.Gauge;

/** The smallest exporter: its own class is its only collector. */
@Exporter(name = "cpu-temp", port = 9880)
public class CpuTempExporter {

  @Gauge(help = "CPU temperature.", unit = "celsius")
  static double temperature() {
    return 42;
  }
}
