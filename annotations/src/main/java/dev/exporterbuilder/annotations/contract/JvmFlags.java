package dev.exporterbuilder.annotations.contract;

import java.util.List;

/**
 * The JVM flags the project recommends for running an exporter, one set per size: the processor
 * writes {@link #SMALL} into {@code kubernetes.yaml}; the benchmarks read the same flags from
 * {@code distribution/jvm-flags/small.txt} and {@code large.txt}, which a test keeps equal to these.
 */
public final class JvmFlags {

  /**
   * Up to ~10k series, footprint first: the serial collector (no GC threads), a 32 MB heap with a
   * 4 MB young generation (the young generation is what a scrape's garbage touches, so it bounds
   * the RSS under load), and only the C1 compiler.
   */
  public static final List<String> SMALL = List.of(
      "-XX:+UseSerialGC",
      "-Xmx32m",
      "-Xmn4m",
      "-Xss512k",
      "-XX:MaxMetaspaceSize=48m",
      "-XX:TieredStopAtLevel=1",
      "-XX:ReservedCodeCacheSize=16m");

  /**
   * ~100k series, throughput first: both JIT compilers (C1 alone makes such scrapes several times
   * slower) and a heap for the snapshots of several scrapes at once (with {@link #SMALL}'s 32 MB,
   * four concurrent scrapes of the 100k-series benchmark exporter fail with OutOfMemoryError; 64 MB
   * was the least that served them, this is twice that).
   */
  public static final List<String> LARGE = List.of(
      "-XX:+UseSerialGC",
      "-Xmx128m",
      "-Xss512k",
      "-XX:MaxMetaspaceSize=64m",
      "-XX:ReservedCodeCacheSize=32m");

  private JvmFlags() {}

  /** The flags as one command-line fragment, separated by single spaces. */
  public static String line(List<String> flags) {
    return String.join(" ", flags);
  }
}
