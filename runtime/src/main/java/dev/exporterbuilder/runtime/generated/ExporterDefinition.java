package dev.exporterbuilder.runtime.generated;

import dev.exporterbuilder.annotations.contract.Namespaces;
import dev.exporterbuilder.runtime.ExporterRuntime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * Everything a generated {@code Main} knows about its exporter, handed to {@link ExporterRuntime}:
 * name, help, default port, metric namespace, the class whose jar manifest carries the version,
 * the {@code @Flag} options, the constant labels of every collector, the collectors in declaration
 * order, and the probes served at {@code /probe}.
 */
public final class ExporterDefinition {

  private final String name;
  private final String help;
  private final int defaultPort;
  private final String namespace;
  private final Class<?> mainClass;
  private final List<FlagDefinition<?>> flags;
  private final List<CollectorDefinition> collectors;
  private final List<ProbeDefinition> probes;
  private final Lifecycle lifecycle;
  private final List<ConstLabelDefinition> constLabels;

  private ExporterDefinition(Builder builder) {
    this.name = builder.name;
    this.help = builder.help;
    this.defaultPort = builder.defaultPort;
    this.namespace = builder.namespace.isEmpty() ? Namespaces.defaultFor(builder.name) : builder.namespace;
    this.mainClass = builder.mainClass;
    this.flags = List.copyOf(builder.flags);
    this.collectors = List.copyOf(builder.collectors.values());
    this.probes = List.copyOf(builder.probes.values());
    this.lifecycle = builder.lifecycle;
    this.constLabels = List.copyOf(builder.constLabels);
  }

  /**
   * Starts a definition.
   *
   * @param name the exporter's name, such as {@code "cpu-temp"}
   * @param defaultPort the port of the default {@code --web.listen-address}
   * @param mainClass the generated main class; its jar's manifest gives the version
   */
  public static Builder builder(String name, int defaultPort, Class<?> mainClass) {
    return new Builder(name, defaultPort, mainClass);
  }

  public String name() {
    return name;
  }

  public String help() {
    return help;
  }

  public int defaultPort() {
    return defaultPort;
  }

  /** The metric prefix; never empty. */
  public String namespace() {
    return namespace;
  }

  public Class<?> mainClass() {
    return mainClass;
  }

  /** The {@code @Flag} options, exporter options first, then each collector's. */
  public List<FlagDefinition<?>> flags() {
    return flags;
  }

  /** The collectors in declaration order. */
  public List<CollectorDefinition> collectors() {
    return collectors;
  }

  /** What is done with the exporter class's object before serving and at shutdown, before any collector's. */
  public Lifecycle lifecycle() {
    return lifecycle;
  }

  /** The exporter class's {@code @ConstLabel} members: labels of every collector's samples, not of probes. */
  public List<ConstLabelDefinition> constLabels() {
    return constLabels;
  }

  /** The probes in declaration order; empty when the exporter serves no {@code /probe}. */
  public List<ProbeDefinition> probes() {
    return probes;
  }

  /** Builds an {@link ExporterDefinition}; names of flags, collectors and probes must be unique. */
  public static final class Builder {

    private final String name;
    private final int defaultPort;
    private final Class<?> mainClass;
    private String help = "";
    private String namespace = "";
    private final List<FlagDefinition<?>> flags = new ArrayList<>();
    private final Map<String, CollectorDefinition> collectors = new LinkedHashMap<>();
    private final Map<String, ProbeDefinition> probes = new LinkedHashMap<>();
    private Lifecycle lifecycle = Lifecycle.NONE;
    private final List<ConstLabelDefinition> constLabels = new ArrayList<>();

    private Builder(String name, int defaultPort, Class<?> mainClass) {
      this.name = Objects.requireNonNull(name, "name");
      if (defaultPort < 1 || defaultPort > 65535) {
        throw new IllegalArgumentException("port " + defaultPort + " is outside 1-65535");
      }
      this.defaultPort = defaultPort;
      this.mainClass = Objects.requireNonNull(mainClass, "mainClass");
    }

    public Builder help(String help) {
      this.help = Objects.requireNonNull(help, "help");
      return this;
    }

    /** The metric prefix; empty means the name with {@code -} turned into {@code _}. */
    public Builder namespace(String namespace) {
      this.namespace = Objects.requireNonNull(namespace, "namespace");
      return this;
    }

    public Builder flag(FlagDefinition<?> flag) {
      for (FlagDefinition<?> existing : flags) {
        if (existing.name().equals(flag.name())) {
          throw new IllegalArgumentException("flag --" + flag.name() + " is defined twice");
        }
      }
      flags.add(flag);
      return this;
    }

    public Builder collector(CollectorDefinition collector) {
      if (collectors.putIfAbsent(collector.name(), collector) != null) {
        throw new IllegalArgumentException("collector " + collector.name() + " is defined twice");
      }
      return this;
    }

    public Builder probe(ProbeDefinition probe) {
      if (probes.putIfAbsent(probe.name(), probe) != null) {
        throw new IllegalArgumentException("probe " + probe.name() + " is defined twice");
      }
      return this;
    }

    /** The exporter class's {@code @Init} method and {@code close()}, run before the collectors'. */
    public Builder lifecycle(Lifecycle exporterLifecycle) {
      this.lifecycle = Objects.requireNonNull(exporterLifecycle, "lifecycle");
      return this;
    }

    /**
     * One {@code @ConstLabel} of the exporter class, read once at start-up and put on the samples of
     * every collector.
     *
     * @param member the member as logs name it, such as {@code "PgExporter.server()"}
     */
    public Builder constLabel(String label, String member, Supplier<?> value) {
      constLabels.add(new ConstLabelDefinition(label, member, value));
      return this;
    }

    public ExporterDefinition build() {
      return new ExporterDefinition(this);
    }
  }
}
