package dev.exporterbuilder.processor.artifact;

import dev.exporterbuilder.annotations.contract.SelfMetrics;
import dev.exporterbuilder.processor.artifact.Catalog.Family;
import dev.exporterbuilder.processor.artifact.Catalog.Type;
import dev.exporterbuilder.processor.codegen.CollectorWriter;
import dev.exporterbuilder.processor.descriptor.CollectorDescriptor;
import dev.exporterbuilder.processor.descriptor.ConstLabelDescriptor;
import dev.exporterbuilder.processor.descriptor.ExporterDescriptor;
import dev.exporterbuilder.processor.descriptor.FlagDescriptor;
import dev.exporterbuilder.processor.descriptor.MetricDescriptor;
import dev.exporterbuilder.processor.descriptor.ProbeDescriptor;
import dev.exporterbuilder.processor.model.MetricKind;
import dev.exporterbuilder.processor.model.Naming;
import dev.exporterbuilder.processor.model.ProbeModel;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import javax.annotation.processing.ProcessingEnvironment;

/**
 * Builds the {@link Catalog} of an exporter from the descriptors its {@code Main} is written from,
 * naming every family as the generated collectors and the runtime expose it.
 */
public final class CatalogReader {

  /** The scrape interval when no collector needs a longer timeout; Prometheus's own default is 1m. */
  static final int DEFAULT_INTERVAL_SECONDS = 15;
  /** The scrape timeout when no collector needs a longer one: Prometheus's default. */
  static final int DEFAULT_TIMEOUT_SECONDS = 10;
  /** What a scrape may take beyond the slowest collector's timeout: the HTTP exchange and the other self-metrics. */
  static final int TIMEOUT_MARGIN_SECONDS = 2;
  /** The path of the metrics; {@code --web.telemetry-path} changes it, the files assume the default. */
  static final String METRICS_PATH = "/metrics";

  private final FlagDefaults defaults;

  private CatalogReader(FlagDefaults defaults) {
    this.defaults = defaults;
  }

  public static CatalogReader of(ProcessingEnvironment environment) {
    return new CatalogReader(FlagDefaults.of(environment));
  }

  /**
   * @param exporter the exporter as its Main serves it
   * @param probes the probes it serves at {@code /probe}, in the order it lists them
   */
  public Catalog read(ExporterDescriptor exporter, List<ProbeDescriptor> probes) {
    String namespace = exporter.namespace();
    List<Catalog.Flag> flags = new ArrayList<>();
    exporter.flags().forEach(flag -> flags.add(flag(flag, Optional.empty())));
    for (CollectorDescriptor collector : exporter.served()) {
      collector.flags().forEach(flag -> flags.add(flag(flag, Optional.of(collector.name()))));
    }
    List<Catalog.Collector> collectors = new ArrayList<>();
    for (CollectorDescriptor collector : exporter.served()) {
      Set<String> constLabels = new LinkedHashSet<>();
      exporter.constLabels().stream().map(ConstLabelDescriptor::name).forEach(constLabels::add);
      collector.constLabels().stream().map(ConstLabelDescriptor::name).forEach(constLabels::add);
      List<Family> families = new ArrayList<>();
      for (MetricDescriptor metric : collector.metrics()) {
        families.add(family(metric, namespace, collector.subsystem(), CollectorWriter.exposedHelp(collector, metric),
            List.copyOf(constLabels)));
      }
      collectors.add(new Catalog.Collector(collector.name(), collector.type().getQualifiedName().toString(),
          collector.enabledByDefault(), collector.cache().map(cache -> seconds(cache.duration())),
          collector.timeout().map(timeout -> seconds(timeout.duration())), List.copyOf(constLabels), families));
    }
    List<Catalog.Probe> probeEntries = new ArrayList<>();
    for (ProbeDescriptor probe : probes) {
      List<Family> families = new ArrayList<>();
      for (MetricDescriptor metric : probe.members().metrics()) {
        families.add(family(metric, ProbeModel.NAMESPACE, "", metric.help(), List.of()));
      }
      probeEntries.add(new Catalog.Probe(probe.name(), probe.help(), probe.module().isPresent(),
          exampleTarget(probe.target()), families));
    }
    Catalog.Exporter header = new Catalog.Exporter(exporter.name(), namespace, exporter.help(), exporter.port(),
        METRICS_PATH, exporter.type().getQualifiedName().toString());
    return new Catalog(header, flags, collectors, probeEntries, selfMetrics(exporter, collectors, !probes.isEmpty()),
        scrape(collectors));
  }

  private Catalog.Flag flag(FlagDescriptor flag, Optional<String> collector) {
    String type = flag.type().name().toLowerCase(Locale.ROOT).replace('_', ' ');
    return new Catalog.Flag("--" + flag.option(), flag.help(), type, defaults.of(flag),
        flag.env().isEmpty() ? Optional.empty() : Optional.of(flag.env()), flag.secret(), collector);
  }

  /** A member's family: named as the generated collector names it, with {@code {key}} where data names it. */
  static Family family(MetricDescriptor metric, String namespace, String subsystem, String help,
      List<String> constLabels) {
    boolean keyed = metric.keyed() != null;
    String name = keyed
        ? Naming.fullName(namespace, subsystem, metric.keyed().before() + Family.KEY + metric.keyed().after(),
            metric.unit())
        : metric.fullName(namespace, subsystem);
    List<String> labels = new ArrayList<>();
    if (metric.kind() == MetricKind.STATE_SET) {
      labels.add(name); // client_java labels each state's series with the family name
    }
    labels.addAll(metric.samples().labelNames());
    constLabels.stream().filter(label -> !labels.contains(label)).forEach(labels::add);
    Type type = type(metric.kind());
    return new Family(name, type, metric.unit(), help, labels, samples(name, type), keyed);
  }

  static Type type(MetricKind kind) {
    return switch (kind) {
      case GAUGE -> Type.GAUGE;
      case COUNTER -> Type.COUNTER;
      case INFO -> Type.INFO;
      case STATE_SET -> Type.STATESET;
      case HISTOGRAM -> Type.HISTOGRAM;
      case SUMMARY -> Type.SUMMARY;
      case UNTYPED -> Type.UNKNOWN;
    };
  }

  /** The sample names the text formats write for a family {@code name} of {@code type}. */
  static List<String> samples(String name, Type type) {
    return switch (type) {
      case COUNTER -> List.of(name + "_total");
      case INFO -> List.of(name + "_info");
      case HISTOGRAM -> List.of(name + "_bucket", name + "_count", name + "_sum");
      case SUMMARY -> List.of(name, name + "_count", name + "_sum");
      case GAUGE, STATESET, UNKNOWN -> List.of(name);
    };
  }

  /** The families the runtime serves for itself, as {@code ScrapeCollector}, {@code BuildInfo} and the probe endpoint name them. */
  private static List<Family> selfMetrics(ExporterDescriptor exporter, List<Catalog.Collector> collectors,
      boolean probes) {
    String namespace = exporter.namespace() + "_";
    String name = exporter.name();
    List<Family> self = new ArrayList<>();
    self.add(self(namespace + SelfMetrics.COLLECTOR_DURATION, Type.GAUGE, "",
        name + ": Duration of a collector scrape.", List.of("collector")));
    self.add(self(namespace + SelfMetrics.COLLECTOR_SUCCESS, Type.GAUGE, "",
        name + ": Whether a collector succeeded.", List.of("collector")));
    if (collectors.stream().anyMatch(collector -> collector.cacheSeconds().isPresent())) {
      self.add(self(namespace + SelfMetrics.COLLECTOR_CACHE_AGE, Type.GAUGE, "",
          name + ": Age of the cached result a collector served.", List.of("collector")));
    }
    if (collectors.stream().anyMatch(collector -> collector.families().stream().anyMatch(Family::keyed))) {
      self.add(self(namespace + SelfMetrics.COLLECTOR_DROPPED_SAMPLES, Type.COUNTER, "",
          name + ": Samples of families named from data that a collector dropped, their name being invalid or taken.",
          List.of("collector")));
    }
    self.add(self(namespace + SelfMetrics.BUILD_INFO, Type.GAUGE, "",
        "A metric with a constant '1' value labeled by version, revision and Java version from which " + name
            + " was built.", List.of("version", "revision", "javaversion")));
    if (probes) {
      self.add(self("probe_success", Type.GAUGE, "", "Displays whether or not the probe was a success", List.of()));
      self.add(self("probe_duration_seconds", Type.GAUGE, "seconds",
          "Returns how long the probe took to complete in seconds", List.of()));
    }
    return self;
  }

  private static Family self(String name, Type type, String unit, String help, List<String> labels) {
    return new Family(name, type, unit, help, labels, samples(name, type), false);
  }

  /**
   * Prometheus's default 10s timeout and a 15s interval, unless a collector may take longer: then the
   * timeout is its timeout plus a margin, and the interval at least the timeout.
   */
  private static Catalog.Scrape scrape(List<Catalog.Collector> collectors) {
    double slowest = collectors.stream().flatMap(collector -> collector.timeoutSeconds().stream())
        .mapToDouble(Double::doubleValue).max().orElse(0);
    int timeout = Math.max(DEFAULT_TIMEOUT_SECONDS, (int) Math.ceil(slowest) + TIMEOUT_MARGIN_SECONDS);
    return new Catalog.Scrape(Math.max(DEFAULT_INTERVAL_SECONDS, timeout), timeout);
  }

  private static String exampleTarget(ProbeModel.TargetKind target) {
    return switch (target) {
      case URI -> "https://example.com/";
      case SOCKET_ADDRESS -> "example.com:443";
      case STRING, UNSUPPORTED -> "example.com";
    };
  }

  private static double seconds(Duration duration) {
    return duration.toNanos() / 1e9;
  }
}
