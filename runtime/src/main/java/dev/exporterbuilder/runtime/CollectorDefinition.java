package dev.exporterbuilder.runtime;

import java.util.Objects;

/**
 * One collector an exporter serves: its name (used in {@code --collector.<name>} and in the
 * {@code collector} label of the scrape self-metrics), whether it runs by default, and the
 * generated collector that reads it.
 */
public final class CollectorDefinition {

  private final String name;
  private final boolean enabledByDefault;
  private final ExporterCollector collector;

  private CollectorDefinition(String name, boolean enabledByDefault, ExporterCollector collector) {
    this.name = Objects.requireNonNull(name, "name");
    this.enabledByDefault = enabledByDefault;
    this.collector = Objects.requireNonNull(collector, "collector");
  }

  public static CollectorDefinition of(String name, boolean enabledByDefault, ExporterCollector collector) {
    return new CollectorDefinition(name, enabledByDefault, collector);
  }

  public String name() {
    return name;
  }

  public boolean enabledByDefault() {
    return enabledByDefault;
  }

  public ExporterCollector collector() {
    return collector;
  }

  @Override
  public String toString() {
    return name;
  }
}
