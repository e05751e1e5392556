package dev.exporterbuilder.runtime.probe;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import dev.exporterbuilder.annotations.contract.GoDuration;
import dev.exporterbuilder.runtime.generated.ProbeDefinition;
import dev.exporterbuilder.runtime.http.Http;
import dev.exporterbuilder.runtime.process.DaemonThreads;
import dev.exporterbuilder.runtime.process.FailureLog;
import dev.exporterbuilder.runtime.process.Log;
import dev.exporterbuilder.runtime.process.RunFailures;
import dev.exporterbuilder.runtime.process.StartupFailure;
import dev.exporterbuilder.runtime.scrape.MetricsEndpoint;
import dev.exporterbuilder.runtime.scrape.ScrapeExchange;
import io.prometheus.metrics.config.PrometheusProperties;
import io.prometheus.metrics.exporter.common.PrometheusScrapeHandler;
import io.prometheus.metrics.model.registry.MultiCollector;
import io.prometheus.metrics.model.registry.PrometheusRegistry;
import io.prometheus.metrics.model.registry.PrometheusScrapeRequest;
import io.prometheus.metrics.model.snapshots.GaugeSnapshot;
import io.prometheus.metrics.model.snapshots.MetricSnapshot;
import io.prometheus.metrics.model.snapshots.MetricSnapshots;
import io.prometheus.metrics.model.snapshots.Unit;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.FutureTask;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * {@code /probe?target=<target>[&module=<module>]}: probes one target as blackbox_exporter does and
 * answers with the probe's samples plus {@code probe_success} (1 or 0) and
 * {@code probe_duration_seconds}, in the format {@code Accept} asks for (gzip if accepted), without
 * the exporter's own metrics.
 *
 * <p>A request is answered with 400 and one line, and nothing is probed, when the target is
 * missing, empty, longer than {@value #MAX_TARGET_LENGTH} characters, has control characters or
 * does not parse as the probe's target type, or when the module is unknown, or not given while more
 * than one module exists. A probe is bounded by the least of its module's {@code timeout},
 * {@code X-Prometheus-Scrape-Timeout-Seconds} less {@value #SCRAPE_TIMEOUT_OFFSET_SECONDS} s, and
 * {@link #DEFAULT_TIMEOUT} without the header; one that overruns is answered at once with
 * {@code probe_success 0}, the duration, and none of its samples (its thread is interrupted). At
 * most {@code --web.max-requests} probes run at once, an overrun one counting until its run ends;
 * more get 503.
 */
public final class ProbeEndpoint implements HttpHandler {

  /** The path, as blackbox_exporter serves it. */
  public static final String PATH = "/probe";
  static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(10);
  static final double SCRAPE_TIMEOUT_OFFSET_SECONDS = 0.5;
  static final int MAX_TARGET_LENGTH = 2048;

  private static final String SUCCESS = "probe_success";
  private static final String SUCCESS_HELP = "Displays whether or not the probe was a success";
  private static final String DURATION = "probe_duration_seconds";
  private static final String DURATION_HELP = "Returns how long the probe took to complete in seconds";

  private final ProbeModules modules;
  private final PrometheusScrapeHandler scrapeHandler;
  private final Semaphore permits;
  private final int maxRequests;
  private final ExecutorService workers = Executors.newCachedThreadPool(DaemonThreads.named("exporter-probe-"));

  private ProbeEndpoint(ProbeModules modules, PrometheusProperties properties, int maxRequests) {
    this.modules = modules;
    PrometheusRegistry registry = new PrometheusRegistry();
    registry.register(new Results());
    this.scrapeHandler = new PrometheusScrapeHandler(properties, registry);
    this.maxRequests = maxRequests;
    this.permits = maxRequests > 0 ? new Semaphore(maxRequests) : null;
  }

  /**
   * The endpoint of {@code probes}, with the modules of {@code configFile}.
   *
   * @param configFile {@code --config.file}; null when not given
   * @param maxRequests the most probes run at once; 0 for no limit
   * @throws StartupFailure when the config file cannot be read or is invalid: one line naming it and the key
   */
  public static ProbeEndpoint create(List<ProbeDefinition> probes, Path configFile, PrometheusProperties properties,
      int maxRequests) throws StartupFailure {
    return new ProbeEndpoint(ProbeModules.load(configFile, probes), properties, maxRequests);
  }

  @Override
  public void handle(HttpExchange exchange) throws IOException {
    if (permits != null && !permits.tryAcquire()) {
      Http.sendText(exchange, 503, "Limit of concurrent requests reached (" + maxRequests + "), try again later.\n");
      return;
    }
    boolean handedOver = false;
    try {
      Request request;
      try {
        request = request(exchange);
      } catch (IllegalArgumentException e) {
        Http.sendText(exchange, 400, e.getMessage().replaceAll("[\\r\\n]+", " ") + "\n");
        return;
      }
      handedOver = true;
      MetricSnapshots snapshots = probe(request);
      scrapeHandler.handleRequest(new ScrapeExchange(exchange, snapshots));
    } catch (IOException e) {
      ScrapeExchange.notDelivered(exchange, e);
    } catch (RuntimeException e) {
      MetricsEndpoint.failed(exchange, e);
    } finally {
      if (!handedOver) {
        releasePermit();
      }
    }
  }

  private void releasePermit() {
    if (permits != null) {
      permits.release();
    }
  }

  /** Stops the worker threads: interrupts the probes still running and takes no more. */
  public void close() {
    workers.shutdownNow();
  }

  /** A valid request: the module to run, the parsed target, and how long the probe may take. */
  private record Request(ProbeModules.Module module, Object target, long timeoutNanos) {}

  /** @throws IllegalArgumentException the one line a 400 answers with */
  private Request request(HttpExchange exchange) {
    Map<String, List<String>> parameters = Http.queryParameters(exchange.getRequestURI().getRawQuery());
    String target = parameters.getOrDefault("target", List.of("")).get(0);
    if (target.isEmpty()) {
      throw new IllegalArgumentException("Target parameter is missing");
    }
    if (target.length() > MAX_TARGET_LENGTH) {
      throw new IllegalArgumentException("target is longer than " + MAX_TARGET_LENGTH + " characters");
    }
    if (target.chars().anyMatch(c -> c < 0x20 || c == 0x7f)) {
      throw new IllegalArgumentException("target has control characters");
    }
    String name = parameters.getOrDefault("module", List.of("")).get(0);
    ProbeModules.Module module;
    if (name.isEmpty()) {
      module = modules.only().orElseThrow(() -> new IllegalArgumentException(modules.names().isEmpty()
          ? "no modules are configured; give them in --config.file"
          : "module parameter is missing; use one of " + String.join(", ", modules.names())));
    } else {
      module = modules.get(name).orElseThrow(() -> new IllegalArgumentException("Unknown module \"" + name
          + "\"; known modules: " + String.join(", ", modules.names())));
    }
    Object parsed = module.probe().target().parse(target);
    return new Request(module, parsed, timeoutNanos(
        exchange.getRequestHeaders().getFirst("X-Prometheus-Scrape-Timeout-Seconds"), module.timeout()));
  }

  /**
   * The least of the module's timeout, the scrape timeout header less
   * {@value #SCRAPE_TIMEOUT_OFFSET_SECONDS} s (never less than a tenth of it), and
   * {@link #DEFAULT_TIMEOUT} without a valid header.
   */
  static long timeoutNanos(String header, Optional<Duration> module) {
    long nanos = DEFAULT_TIMEOUT.toNanos();
    if (header != null) {
      try {
        double timeout = Double.parseDouble(header.strip());
        if (timeout > 0 && !Double.isInfinite(timeout)) {
          double seconds = Math.max(timeout - SCRAPE_TIMEOUT_OFFSET_SECONDS, timeout / 10);
          nanos = (long) Math.min(seconds * 1e9, TimeUnit.DAYS.toNanos(1));
        }
      } catch (NumberFormatException e) {
        Log.debug("Ignored an invalid scrape timeout header", "value", header);
      }
    }
    return module.isPresent() ? Math.min(module.get().toNanos(), nanos) : nanos;
  }

  /**
   * Runs the probe on a worker thread within its timeout; the response's snapshots. Failures are
   * logged as a collector run's are, one WARN line per cause; those of a probe that overran are not
   * waited for: its timeout is the line. The request's permit is released when the run ends, not
   * when the response is sent: an overrun probe that ignores its interrupt (DNS look-ups and socket
   * connects do) still holds its thread and counts against {@code --web.max-requests}.
   */
  private MetricSnapshots probe(Request request) {
    ProbeDefinition probe = request.module().probe();
    RunFailures failures = new RunFailures(probe.name());
    long start = System.nanoTime();
    MetricSnapshots samples = null;
    FutureTask<MetricSnapshots> run =
        new FutureTask<>(() -> probe.probe(request.target(), request.module().value(), failures));
    try {
      try {
        workers.execute(() -> {
          try {
            run.run();
          } finally {
            releasePermit();
          }
        });
      } catch (RejectedExecutionException e) {
        releasePermit();
        throw e;
      }
      samples = run.get(request.timeoutNanos(), TimeUnit.NANOSECONDS);
      failures.log();
    } catch (TimeoutException e) {
      run.cancel(true);
      FailureLog.collectorFailed(probe.name(), new TimeoutException("no result within " + GoDuration.format(
          Duration.ofNanos(request.timeoutNanos())) + "; the probe was interrupted and its samples dropped"));
    } catch (ExecutionException e) {
      FailureLog.runFailed(probe.name(), e.getCause());
    } catch (RejectedExecutionException e) {
      FailureLog.collectorFailed(probe.name(), e); // shutting down
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    boolean success = samples != null && !failures.any();
    List<MetricSnapshot> all = new ArrayList<>();
    if (samples != null) {
      for (MetricSnapshot snapshot : samples) {
        all.add(snapshot); // members that did not fail keep their samples, as a collector's do
      }
    }
    all.add(gauge(SUCCESS, SUCCESS_HELP, null, success ? 1 : 0));
    all.add(gauge(DURATION, DURATION_HELP, Unit.SECONDS, seconds));
    return new MetricSnapshots(all);
  }

  private static GaugeSnapshot gauge(String name, String help, Unit unit, double value) {
    return GaugeSnapshot.builder().name(name).help(help).unit(unit)
        .dataPoint(GaugeSnapshot.GaugeDataPointSnapshot.builder().value(value).build())
        .build();
  }

  /** The one collector of this endpoint's registry: the snapshots the request carries. */
  private static final class Results implements MultiCollector {
    @Override
    public MetricSnapshots collect() {
      return new MetricSnapshots();
    }

    @Override
    public MetricSnapshots collect(PrometheusScrapeRequest request) {
      return request instanceof ScrapeExchange.Request probe && probe.attachment() instanceof MetricSnapshots snapshots
          ? snapshots : new MetricSnapshots();
    }
  }
}
