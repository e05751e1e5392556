package dev.exporterbuilder.processor.model;

/** How many samples a metric member yields per scrape, and how the generated code iterates them. */
public enum MemberShape {
  /** One value, one sample (or none). */
  SCALAR,
  /** A {@code Map<K, V>}: one sample per entry, labelled by the key. */
  MAP,
  /** A {@code Collection} or {@code Iterable} of records: one sample per element. */
  ITERABLE,
  /** A {@code Stream} of records: one sample per element; the stream is closed after use. */
  STREAM,
  /** An array of records: one sample per element. */
  ARRAY,
  /**
   * A field of a client_java metric type ({@code Counter}, {@code Gauge}, {@code Histogram},
   * {@code Summary}): built by the generated collector, updated by the author's code.
   */
  INSTRUMENT;

  /** Whether the samples come from elements, labelled by their {@code @Label} components. */
  public boolean hasElements() {
    return this == ITERABLE || this == STREAM || this == ARRAY;
  }
}
