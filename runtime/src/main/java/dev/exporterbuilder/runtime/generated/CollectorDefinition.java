package dev.exporterbuilder.runtime.generated;

import dev.exporterbuilder.runtime.ExporterCollector;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * One collector an exporter serves: its name (used in {@code --collector.<name>} and in the
 * {@code collector} label of the scrape self-metrics), whether it runs by default, the generated
 * collector that reads it, and how it is run: on every scrape, or from a cache refreshed in the
 * background ({@link #cache(Duration)}), bounded or not by a {@link #timeout(Duration)}, and the
 * constant labels on its samples ({@link #constLabel(String, String, Supplier)}).
 */
public final class CollectorDefinition {

  private final String name;
  private final boolean enabledByDefault;
  private final ExporterCollector collector;
  private final Duration cache;
  private final Duration timeout;
  private final Lifecycle lifecycle;
  private final List<ConstLabelDefinition> constLabels;

  private CollectorDefinition(String name, boolean enabledByDefault, ExporterCollector collector, Duration cache,
      Duration timeout, Lifecycle lifecycle, List<ConstLabelDefinition> constLabels) {
    this.name = Objects.requireNonNull(name, "name");
    this.enabledByDefault = enabledByDefault;
    this.collector = Objects.requireNonNull(collector, "collector");
    this.cache = requireNotNegative(cache, "cache");
    this.timeout = requireNotNegative(timeout, "timeout");
    this.lifecycle = Objects.requireNonNull(lifecycle, "lifecycle");
    this.constLabels = List.copyOf(constLabels);
  }

  /** A collector run on every scrape, bounded only by the scrape. */
  public static CollectorDefinition of(String name, boolean enabledByDefault, ExporterCollector collector) {
    return new CollectorDefinition(name, enabledByDefault, collector, Duration.ZERO, Duration.ZERO, Lifecycle.NONE, List.of());
  }

  /**
   * This collector run in the background every {@code interval}, scrapes serving its last result
   * (zero: run on every scrape). The first scrape waits for the first result, up to the timeout.
   */
  public CollectorDefinition cache(Duration interval) {
    return new CollectorDefinition(name, enabledByDefault, collector, interval, timeout, lifecycle, constLabels);
  }

  /**
   * This collector bounded by {@code limit} per run (zero: no bound of its own). A run that
   * overruns counts as failed, its late result is discarded, and it is not started again until
   * the overrunning run has ended.
   */
  public CollectorDefinition timeout(Duration limit) {
    return new CollectorDefinition(name, enabledByDefault, collector, cache, limit, lifecycle, constLabels);
  }

  /**
   * This collector with its source object's {@code @Init} method and {@code close()}: called once
   * before serving and at shutdown when the collector is enabled, never when it is disabled.
   */
  public CollectorDefinition lifecycle(Lifecycle objectLifecycle) {
    return new CollectorDefinition(name, enabledByDefault, collector, cache, timeout, objectLifecycle, constLabels);
  }

  /**
   * This collector with one more {@code @ConstLabel} of its class: read once at start-up when the
   * collector is enabled, and put on every sample it yields.
   *
   * @param member the member as logs name it, such as {@code "Databases.server()"}
   */
  public CollectorDefinition constLabel(String label, String member, Supplier<?> value) {
    List<ConstLabelDefinition> more = new ArrayList<>(constLabels);
    more.add(new ConstLabelDefinition(label, member, value));
    return new CollectorDefinition(name, enabledByDefault, collector, cache, timeout, lifecycle, more);
  }

  private static Duration requireNotNegative(Duration duration, String what) {
    Objects.requireNonNull(duration, what);
    if (duration.isNegative()) {
      throw new IllegalArgumentException(what + " must not be negative: " + duration);
    }
    return duration;
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

  /** The background refresh interval; zero when the collector runs on every scrape. */
  public Duration cache() {
    return cache;
  }

  /** The bound of one run; zero for none. */
  public Duration timeout() {
    return timeout;
  }

  /** What is initialised before serving and closed at shutdown; {@link Lifecycle#NONE} for nothing. */
  public Lifecycle lifecycle() {
    return lifecycle;
  }

  /** The collector's own constant labels, without the exporter's. */
  public List<ConstLabelDefinition> constLabels() {
    return constLabels;
  }

  @Override
  public String toString() {
    return name;
  }
}
