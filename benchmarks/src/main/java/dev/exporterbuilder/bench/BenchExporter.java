package dev.exporterbuilder.bench;

import dev.exporterbuilder.annotations.Exporter;
import dev.exporterbuilder.annotations.Flag;

/**
 * The benchmark exporter, written with exporter-builder in the shape of the hand-written baselines:
 * 10 gauge families of 100 labelled series, values computed on every scrape. Used by {@code benchmarks/soak.sh}.
 */
@Exporter(
    name = "bench",
    help = "Synthetic exporter for scrape benchmarks: 10 gauge families x 100 series.",
    port = 9612,
    collectors = Families.class)
public class BenchExporter {

  @Flag(help = "Series per family.")
  static int series = 100;
}
