package dev.exporterbuilder.processor.model;

/** How many samples a metric member yields per scrape. */
public enum MemberShape {
  /** One value, one sample (or none). */
  SCALAR,
  /** A {@code Map<K, V>}: one sample per entry, labelled by the key. */
  MAP
}
