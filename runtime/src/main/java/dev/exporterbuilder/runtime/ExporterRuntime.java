package dev.exporterbuilder.runtime;

import dev.exporterbuilder.annotations.contract.Artifacts;
import dev.exporterbuilder.runtime.cli.ListenAddress;
import dev.exporterbuilder.runtime.cli.Options;
import dev.exporterbuilder.runtime.generated.CollectorDefinition;
import dev.exporterbuilder.runtime.generated.ExporterDefinition;
import dev.exporterbuilder.runtime.generated.Lifecycle;
import dev.exporterbuilder.runtime.http.HttpListener;
import dev.exporterbuilder.runtime.http.ServerTls;
import dev.exporterbuilder.runtime.http.Timeouts;
import dev.exporterbuilder.runtime.http.WorkerPool;
import dev.exporterbuilder.runtime.probe.ProbeEndpoint;
import dev.exporterbuilder.runtime.process.BuildInfo;
import dev.exporterbuilder.runtime.process.FailureLog;
import dev.exporterbuilder.runtime.process.Initialised;
import dev.exporterbuilder.runtime.process.Log;
import dev.exporterbuilder.runtime.process.Secrets;
import dev.exporterbuilder.runtime.process.Signals;
import dev.exporterbuilder.runtime.process.StartupFailure;
import dev.exporterbuilder.runtime.scrape.ConstLabels;
import dev.exporterbuilder.runtime.scrape.HandlerMetrics;
import dev.exporterbuilder.runtime.scrape.MetricsEndpoint;
import dev.exporterbuilder.runtime.scrape.ScrapeCollector;
import dev.exporterbuilder.runtime.web.LandingPage;
import dev.exporterbuilder.runtime.web.LiveWebConfig;
import dev.exporterbuilder.runtime.web.Profiling;
import dev.exporterbuilder.runtime.web.ReloadingTls;
import dev.exporterbuilder.runtime.web.WebHandler;
import io.prometheus.metrics.config.PrometheusProperties;
import io.prometheus.metrics.instrumentation.jvm.JvmMetrics;
import io.prometheus.metrics.model.registry.PrometheusRegistry;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

/**
 * Runs an exporter: parses the standard command line, applies {@code @Flag} values, registers the
 * enabled collectors with the scrape self-metrics, build info and JVM metrics, and serves them.
 * Generated {@code Main} classes call {@link #main(ExporterDefinition, String[])}.
 *
 * <p>An application that embeds an exporter gets its {@link ExporterDefinition} from the generated
 * {@code <Exporter>Main.definition()}, which binds new instances of the exporter's classes, and
 * passes it to {@link #start(ExporterDefinition, String...)}; the definition types are what
 * generated code builds, not an API to build one by hand.
 *
 * <p>Log lines other modules rely on (logfmt shown; {@code --log.format=json} writes the same keys):
 * <pre>
 * level=info msg="Starting cpu-temp" version=1.0.0 revision=abc123
 * level=info msg="Enabled collector" collector=thermal
 * level=info msg="Listening on" address=127.0.0.1:43817
 * level=error msg="Cannot listen" address=127.0.0.1:9100 err="Address already in use"
 * level=error msg="Cannot initialise" method=Queue.connect err="ConnectException: Connection refused"
 * level=info msg="Shutting down"
 * </pre>
 */
public final class ExporterRuntime {

  private ExporterRuntime() {}

  /**
   * Like {@link #main(ExporterDefinition, String[])}, building the definition first: generated
   * {@code Main} classes pass the method that creates the exporter's objects, so that a constructor
   * that throws ends the process with one error line and status 1 instead of a stack trace.
   */
  public static void main(Supplier<ExporterDefinition> definition, String[] args) {
    ExporterDefinition built;
    try {
      built = definition.get();
    } catch (RuntimeException | LinkageError e) {
      System.err.println("error: cannot create the exporter's collectors: " + FailureLog.describe(e));
      System.exit(ExporterException.STARTUP);
      return;
    }
    main(built, args);
  }

  /**
   * The whole life of an exporter process: parse {@code args} (and the process environment, for
   * {@code @Flag(env)}); on {@code --help}, {@code --version} or {@code --print-artifact=<file>}
   * print to stdout and return (a {@code --print-artifact} whose file is missing: one line on stderr,
   * exit 1); on a bad flag print {@code <name>: error: <message>} and the usage to stderr and exit 2;
   * when the exporter cannot start (a listen address cannot be bound) log it and exit 1; otherwise serve until SIGTERM (then let scrapes in flight finish and exit 0) or
   * SIGINT (the same, with the JVM's status 130). An {@code @Init} method that throws is logged and
   * exits 1; {@link AutoCloseable} objects are closed at shutdown after the servers stop.
   */
  public static void main(ExporterDefinition definition, String[] args) {
    Options options;
    try {
      options = Options.parse(definition, System.getenv(), args);
    } catch (StartupFailure e) {
      exit(definition, exporterException(e));
      return;
    }
    if (options.helpRequested()) {
      System.out.print(Options.usage(definition));
      System.out.flush();
      return;
    }
    if (options.versionRequested()) {
      System.out.print(Options.version(definition, BuildInfo.of(definition.mainClass())));
      System.out.flush();
      return;
    }
    if (options.printArtifact() != null) {
      if (!printArtifact(definition, options.printArtifact())) {
        System.exit(ExporterException.STARTUP);
      }
      return;
    }
    // The handlers are in place before start() logs "Listening on", so that a SIGTERM right after
    // that line (a supervisor, a test) is a clean shutdown rather than the JVM's default exit 143.
    AtomicReference<RunningExporter> started = new AtomicReference<>();
    CountDownLatch stopped = new CountDownLatch(1);
    AtomicBoolean stopping = new AtomicBoolean();
    Runnable stop = () -> {
      if (stopping.compareAndSet(false, true)) {
        RunningExporter running = started.get();
        if (running != null) {
          Log.info("Shutting down");
          running.close();
        }
      }
      stopped.countDown();
    };
    // SIGTERM: finish the scrapes in flight, then exit 0; SIGINT and System.exit: the same shutdown
    // in a hook, with the JVM's status
    Signals.onTerm(() -> {
      stop.run();
      System.exit(0);
    });
    Runtime.getRuntime().addShutdownHook(new Thread(stop, "exporter-shutdown"));
    RunningExporter running;
    try {
      running = start(definition, options);
    } catch (ExporterException e) {
      exit(definition, e);
      return;
    }
    started.set(running);
    if (stopping.get()) {
      // a signal arrived while starting: the shutdown has begun without this exporter, so close it here
      running.close();
      return;
    }
    boolean interrupted = false;
    while (stopped.getCount() > 0) {
      try {
        stopped.await();
      } catch (InterruptedException e) {
        interrupted = true; // only the shutdown hook ends an exporter
      }
    }
    if (interrupted) {
      Thread.currentThread().interrupt();
    }
  }

  /**
   * Does what {@link #main(ExporterDefinition, String[])} does up to serving, and returns: parses
   * {@code args}, configures the log, applies the {@code @Flag} values given (on the command line,
   * in {@code --<name>.file} or in the process environment), builds the registry
   * and binds every listen address. {@code --help} and {@code --version} are ignored here. For
   * tests and for embedding, with the definition from the generated {@code <Exporter>Main.definition()};
   * the caller closes the result.
   *
   * @throws ExporterException exit code 2 for a bad command line, 1 if the exporter cannot start
   *     (already logged then)
   */
  public static RunningExporter start(ExporterDefinition definition, String... args) throws ExporterException {
    return start(definition, System.getenv(), args);
  }

  /**
   * {@link #start(ExporterDefinition, String...)} with {@code environment} in place of the process
   * environment, where {@code @Flag(env)} values are looked up.
   */
  public static RunningExporter start(ExporterDefinition definition, Map<String, String> environment, String... args)
      throws ExporterException {
    Options options;
    try {
      options = Options.parse(definition, environment, args);
    } catch (StartupFailure e) {
      throw exporterException(e);
    }
    return start(definition, options);
  }

  static RunningExporter start(ExporterDefinition definition, Options options) throws ExporterException {
    // configured first, so that a flag file that cannot be read is logged in the format asked for
    Log.configure(options.logLevel(), options.logFormat());
    try {
      options.applyFlags();
    } catch (StartupFailure e) {
      throw exporterException(e);
    }
    BuildInfo build = BuildInfo.of(definition.mainClass());
    Log.info("Starting " + definition.name(), "version", build.version(), "revision", build.revision());
    LiveWebConfig webConfig = webConfig(options);
    ServerTls tls = webConfig.tls() ? ReloadingTls.server(webConfig) : null;
    Timeouts timeouts;
    try {
      timeouts = Timeouts.fromProperties();
    } catch (IllegalArgumentException e) {
      Log.error("Invalid HTTP setting", "err", e.getMessage());
      throw ExporterException.startup(e.getMessage());
    }
    PrometheusProperties properties = properties();
    ProbeEndpoint probes = probes(definition, options, properties);
    Initialised initialised = initialise(definition, options);
    List<ConstLabels> constLabels;
    try {
      constLabels = constLabels(definition, options);
    } catch (StartupFailure e) {
      initialised.close();
      throw exporterException(e);
    }
    ScrapeCollector collectors = new ScrapeCollector(definition.name(), definition.namespace(),
        options.enabledCollectors(), constLabels);
    PrometheusRegistry registry;
    try {
      registry = registry(collectors, definition, options, build, properties);
    } catch (ExporterException e) {
      initialised.close();
      throw e;
    }
    HandlerMetrics handlerMetrics = options.disableExporterMetrics() ? null : HandlerMetrics.register(registry);
    for (CollectorDefinition collector : options.enabledCollectors()) {
      Log.info("Enabled collector", "collector", collector.name());
    }
    WebHandler handler = new WebHandler(
        options.telemetryPath(),
        new MetricsEndpoint(properties, registry, options.maxRequests(), collectors.names(), handlerMetrics),
        probes,
        new LandingPage(definition, build, options.telemetryPath(), options.enabledCollectors(), options.profiling()),
        options.profiling() ? Profiling.create() : null,
        webConfig);

    List<HttpListener> listeners = new ArrayList<>();
    for (ListenAddress address : options.listenAddresses()) {
      HttpListener listener;
      try {
        listener = HttpListener.start(resolve(address), handler, tls, timeouts, WorkerPool.create());
      } catch (IOException | RuntimeException e) {
        String reason = e.getMessage() == null ? FailureLog.describe(e) : e.getMessage();
        Log.error("Cannot listen", "address", address.text(), "err", reason);
        new RunningExporter(listeners, handler, probes, collectors, initialised).close();
        throw ExporterException.startup("cannot listen on " + address.text() + ": " + reason);
      }
      listeners.add(listener);
      String bound = address.withPort(listener.address());
      Log.info("Listening on", "address", bound);
      // the two lines exporter-toolkit writes, for whoever reads logs of Go and Java exporters alike
      Log.info(tls != null ? "TLS is enabled." : "TLS is disabled.", "http2", false, "address", bound);
    }
    collectors.start();
    return new RunningExporter(listeners, handler, probes, collectors, initialised);
  }

  /** {@code --web.config.file}, checked with its certificates; {@link LiveWebConfig#none()} without one. */
  private static LiveWebConfig webConfig(Options options) throws ExporterException {
    if (options.webConfigFile() == null) {
      return LiveWebConfig.none();
    }
    try {
      return LiveWebConfig.load(options.webConfigFile());
    } catch (StartupFailure e) {
      Log.error("Invalid web config file", "file", options.webConfigFile(), "err", e.getMessage());
      throw exporterException(e);
    }
  }

  /** The {@code /probe} endpoint with the modules of {@code --config.file}; null without probes. */
  private static ProbeEndpoint probes(ExporterDefinition definition, Options options, PrometheusProperties properties)
      throws ExporterException {
    if (definition.probes().isEmpty()) {
      return null;
    }
    try {
      return ProbeEndpoint.create(definition.probes(), options.configFile(), properties, options.maxRequests());
    } catch (StartupFailure e) {
      Log.error("Invalid config file", "file", options.configFile(), "err", e.getMessage());
      throw exporterException(e);
    }
  }

  /**
   * Runs the {@code @Init} methods, now that every flag is applied: the exporter class's first, then
   * the enabled collectors' in declaration order; a disabled collector's object is left alone.
   */
  private static Initialised initialise(ExporterDefinition definition, Options options) throws ExporterException {
    List<Lifecycle> lifecycles = new ArrayList<>();
    lifecycles.add(definition.lifecycle());
    options.enabledCollectors().forEach(collector -> lifecycles.add(collector.lifecycle()));
    definition.probes().forEach(probe -> lifecycles.add(probe.lifecycle()));
    try {
      return Initialised.initialise(lifecycles);
    } catch (StartupFailure e) {
      throw exporterException(e);
    }
  }

  /**
   * Reads the constant labels once, after the {@code @Init} methods: per enabled collector, the
   * exporter's and then its own. A disabled collector's members are not read.
   */
  private static List<ConstLabels> constLabels(ExporterDefinition definition, Options options)
      throws StartupFailure {
    ConstLabels exporter = ConstLabels.read(definition.constLabels());
    List<ConstLabels> labels = new ArrayList<>();
    for (CollectorDefinition collector : options.enabledCollectors()) {
      labels.add(exporter.and(ConstLabels.read(collector.constLabels())));
    }
    return labels;
  }

  private static PrometheusProperties properties() throws ExporterException {
    try {
      return PrometheusProperties.get();
    } catch (RuntimeException e) {
      Log.error("Invalid client_java configuration", "err", FailureLog.describe(e));
      throw ExporterException.startup("invalid io.prometheus.* system property or IO_PROMETHEUS_* variable: " + FailureLog.describe(e));
    }
  }

  /** One fresh registry: the enabled collectors with the scrape self-metrics, build info, JVM metrics. */
  private static PrometheusRegistry registry(ScrapeCollector collectors, ExporterDefinition definition,
      Options options, BuildInfo build, PrometheusProperties properties) throws ExporterException {
    PrometheusRegistry registry = new PrometheusRegistry();
    try {
      registry.register(collectors);
      registry.register(build.collector(definition.name(), definition.namespace()));
      if (!options.disableExporterMetrics()) {
        JvmMetrics.builder(properties).register(registry);
      }
    } catch (RuntimeException e) {
      collectors.close();
      Log.error("Cannot register collectors", "err", FailureLog.describe(e));
      throw ExporterException.startup("cannot register collectors: " + FailureLog.describe(e));
    }
    return registry;
  }

  private static InetSocketAddress resolve(ListenAddress address) throws UnknownHostException {
    InetSocketAddress socket = address.socketAddress();
    if (socket.isUnresolved()) {
      throw new UnknownHostException("unknown host \"" + address.host() + "\"");
    }
    return socket;
  }

  /**
   * {@code --print-artifact}: copies the operator file the processor wrote into the exporter's jar
   * to stdout, byte for byte.
   *
   * @return false when the class path has no such file (a jar built without it), after one line on stderr
   */
  static boolean printArtifact(ExporterDefinition definition, String file) {
    String resource = Artifacts.resource(definition.name(), file);
    ClassLoader loader = definition.mainClass().getClassLoader();
    try (InputStream in = loader == null ? ClassLoader.getSystemResourceAsStream(resource)
        : loader.getResourceAsStream(resource)) {
      if (in == null) {
        System.err.println(definition.name() + ": error: " + resource + " is not on the class path; "
            + "the exporter was built without its operator files");
        return false;
      }
      in.transferTo(System.out);
      System.out.flush();
      return true;
    } catch (IOException e) {
      System.err.println(definition.name() + ": error: cannot read " + resource + ": " + FailureLog.describe(e));
      return false;
    }
  }

  /** The internals' failure as the API's exception, with the exit code of its kind. */
  private static ExporterException exporterException(StartupFailure e) {
    return switch (e.kind()) {
      case USAGE -> ExporterException.usage(e.getMessage());
      case STARTUP -> ExporterException.startup(e.getMessage());
    };
  }

  private static void exit(ExporterDefinition definition, ExporterException e) {
    if (e.exitCode() == ExporterException.USAGE) {
      System.err.print(definition.name() + ": error: " + Secrets.redact(e.getMessage()) + "\n" + Options.usage(definition));
      System.err.flush();
    }
    System.exit(e.exitCode());
  }
}
