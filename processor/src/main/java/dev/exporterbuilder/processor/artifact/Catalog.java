package dev.exporterbuilder.processor.artifact;

import java.util.List;
import java.util.Optional;

/**
 * Everything an operator file says about one exporter, built once from the descriptors the
 * processor writes the {@code Main} from ({@link CatalogReader}): each writer of this package knows
 * only this model, so the files cannot disagree with each other or with the code.
 *
 * @param exporter who the exporter is and where it listens
 * @param flags the exporter's own and its collectors' {@code @Flag} options, not the standard ones
 * @param collectors what the exporter serves at {@code /metrics}, in the order it serves them
 * @param probes what it serves at {@code /probe}
 * @param selfMetrics the runtime's own families for this exporter: scrape self-metrics, build info,
 *     and for probes {@code probe_success} and {@code probe_duration_seconds}
 * @param scrape how Prometheus should scrape it
 */
public record Catalog(
    Exporter exporter,
    List<Flag> flags,
    List<Collector> collectors,
    List<Probe> probes,
    List<Family> selfMetrics,
    Scrape scrape) {

  public Catalog {
    flags = List.copyOf(flags);
    collectors = List.copyOf(collectors);
    probes = List.copyOf(probes);
    selfMetrics = List.copyOf(selfMetrics);
  }

  /** Whether a collector serves cached results. */
  public boolean anyCached() {
    return collectors.stream().anyMatch(collector -> collector.cacheSeconds().isPresent());
  }

  /** The self-metric family named {@code <namespace>_<suffix>}, if the exporter has it. */
  public Optional<Family> selfMetric(String suffix) {
    String name = exporter.namespace() + "_" + suffix;
    return selfMetrics.stream().filter(family -> family.name().equals(name)).findFirst();
  }

  /**
   * @param name the {@code @Exporter} name, the job name
   * @param namespace the metric prefix
   * @param help the one-line description; empty for none
   * @param port the default listen port
   * @param metricsPath where the metrics are served
   * @param className the {@code @Exporter} class, qualified
   */
  public record Exporter(String name, String namespace, String help, int port, String metricsPath, String className) {

    /** The exporter name in CamelCase, for alert names: {@code cpu-temp} → {@code CpuTemp}. */
    public String camelName() {
      StringBuilder out = new StringBuilder();
      boolean upper = true;
      for (char c : name.toCharArray()) {
        if (!Character.isLetterOrDigit(c)) {
          upper = true;
        } else {
          out.append(upper ? Character.toUpperCase(c) : c);
          upper = false;
        }
      }
      return out.toString();
    }
  }

  /**
   * An {@code @Flag} option.
   *
   * @param option as given on the command line, such as {@code --collector.cpu.guest}
   * @param help its help
   * @param type the kind of value it takes: string, int, long, double, boolean, duration, path, enum, string list
   * @param defaultValue its initial value as the source writes it, when that is a literal; empty for
   *     a secret, for none and for a value computed at run time
   * @param env the environment variable that gives the value, if any
   * @param secret whether the value is a secret
   * @param collector the collector it belongs to; empty for the exporter's own
   */
  public record Flag(String option, String help, String type, Optional<String> defaultValue, Optional<String> env,
      boolean secret, Optional<String> collector) {}

  /**
   * A collector as served.
   *
   * @param name the name in {@code --collector.<name>} and in the self-metrics' {@code collector} label
   * @param className the annotated class, qualified
   * @param enabledByDefault whether it runs unless disabled
   * @param cacheSeconds how long its result is served again, if it is cached
   * @param timeoutSeconds how long one run may take, if bounded
   * @param constLabels the constant labels on its samples: the exporter's, then its own
   * @param families its families in declaration order
   */
  public record Collector(String name, String className, boolean enabledByDefault, Optional<Double> cacheSeconds,
      Optional<Double> timeoutSeconds, List<String> constLabels, List<Family> families) {

    public Collector {
      constLabels = List.copyOf(constLabels);
      families = List.copyOf(families);
    }
  }

  /**
   * A prober served at {@code /probe}.
   *
   * @param name the prober's name, the {@code module} a request without a modules file names
   * @param help its description
   * @param hasModules whether it takes a module from {@code --config.file}
   * @param exampleTarget a target of the kind it reads, for example configurations
   * @param families its members' families
   */
  public record Probe(String name, String help, boolean hasModules, String exampleTarget, List<Family> families) {

    public Probe {
      families = List.copyOf(families);
    }
  }

  /**
   * A metric family as exposed.
   *
   * @param name the family name as the OpenMetrics TYPE line writes it: a counter's without
   *     {@code _total}, an info's without {@code _info}; for a family named from data, the pattern
   *     with {@code {key}} where the key goes
   * @param type counter, gauge, histogram, summary, info, stateset or unknown
   * @param unit the unit, empty for none
   * @param help the HELP text as served
   * @param labels the labels of its series: the member's labels (a state set's own label), then the
   *     constant labels; labels known only at scrape time (an info map's) are not listed
   * @param samples the exact sample names, patterns for a family named from data
   * @param keyed whether the name comes from data
   */
  public record Family(String name, Type type, String unit, String help, List<String> labels, List<String> samples,
      boolean keyed) {

    public Family {
      labels = List.copyOf(labels);
      samples = List.copyOf(samples);
    }

    /**
     * A PromQL selector of the family's series: {@code name{matchers}}, or for a family named from
     * data {@code {__name__=~"regex",matchers}}.
     *
     * @param sample the sample name, or pattern, to select: one of {@link #samples()}
     * @param matchers label matchers without braces, such as {@code instance=~"$instance"}; may be empty
     */
    public static String selector(String sample, boolean keyed, String matchers) {
      if (!keyed) {
        return sample + "{" + matchers + "}";
      }
      String regex = sample.replace(KEY, ".+");
      return "{__name__=~\"" + regex + "\"" + (matchers.isEmpty() ? "" : "," + matchers) + "}";
    }

    /** What a family named from data has where the key goes. */
    public static final String KEY = "{key}";
  }

  /** The metric types, as metrics.json and the OpenMetrics TYPE line spell them. */
  public enum Type {
    COUNTER("counter"),
    GAUGE("gauge"),
    HISTOGRAM("histogram"),
    SUMMARY("summary"),
    INFO("info"),
    STATESET("stateset"),
    UNKNOWN("unknown");

    private final String spelled;

    Type(String spelled) {
      this.spelled = spelled;
    }

    public String spelled() {
      return spelled;
    }
  }

  /**
   * How Prometheus scrapes the exporter.
   *
   * @param intervalSeconds the scrape interval
   * @param timeoutSeconds the scrape timeout: above the largest collector timeout, with a margin
   */
  public record Scrape(int intervalSeconds, int timeoutSeconds) {}
}
