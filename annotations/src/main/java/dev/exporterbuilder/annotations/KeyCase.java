package dev.exporterbuilder.annotations;

/**
 * How a key becomes part of a metric name, for a {@link Gauge} or {@link Counter} whose name holds
 * {@code {key}}: one family per key of the map the member returns. In both cases every run of
 * characters other than ASCII letters, digits and {@code _} becomes one {@code _}, and a {@code _}
 * that this leaves at either end of the key is dropped.
 */
public enum KeyCase {
  /** {@code MemTotal} → {@code mem_total}, {@code Active(anon)} → {@code active_anon}: the Prometheus convention. */
  SNAKE_CASE,
  /**
   * The key's letters keep their case, as node_exporter's meminfo names do: {@code MemTotal} →
   * {@code MemTotal}, {@code Active(anon)} → {@code Active_anon}.
   */
  KEEP
}
