package dev.exporterbuilder.runtime.scrape;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import dev.exporterbuilder.runtime.http.Http;
import dev.exporterbuilder.runtime.process.FailureLog;
import dev.exporterbuilder.runtime.process.Log;
import io.prometheus.metrics.config.PrometheusProperties;
import io.prometheus.metrics.exporter.common.PrometheusScrapeHandler;
import io.prometheus.metrics.model.registry.PrometheusRegistry;
import java.io.IOException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * The telemetry path: client_java's scrape handler (text, OpenMetrics or protobuf by {@code Accept},
 * gzip, {@code name[]} filtering), limited to {@code --web.max-requests} parallel scrapes (more get
 * 503 at once), and never answering with a stack trace.
 *
 * <p>client_java's own {@code MetricsHandler} puts the stack trace of any exception in a 500 body;
 * this handler gives the same {@link PrometheusScrapeHandler} an exchange of its own that answers
 * with one line and logs the error instead.
 */
public final class MetricsEndpoint implements HttpHandler {

  /** Prometheus sends its scrape timeout; collectors get this much less, to answer in time. */
  static final double SCRAPE_TIMEOUT_OFFSET_SECONDS = 0.5;

  private final PrometheusScrapeHandler scrapeHandler;
  private final Semaphore permits;
  private final int maxRequests;
  private final Set<String> collectors;
  private final HandlerMetrics handlerMetrics;

  /**
   * @param maxRequests the most scrapes served at once; 0 for no limit
   * @param collectors the names of the enabled collectors, which {@code collect[]} and
   *     {@code exclude[]} may name
   * @param handlerMetrics the {@code promhttp_*} metrics to update; null when disabled
   */
  public MetricsEndpoint(PrometheusProperties properties, PrometheusRegistry registry, int maxRequests,
      List<String> collectors, HandlerMetrics handlerMetrics) {
    this.scrapeHandler = new PrometheusScrapeHandler(properties, registry);
    this.maxRequests = maxRequests;
    this.permits = maxRequests > 0 ? new Semaphore(maxRequests) : null;
    this.collectors = new LinkedHashSet<>(collectors);
    this.handlerMetrics = handlerMetrics;
  }

  @Override
  public void handle(HttpExchange exchange) throws IOException {
    if (handlerMetrics == null) {
      serve(exchange);
      return;
    }
    handlerMetrics.started();
    try {
      serve(exchange);
    } finally {
      handlerMetrics.ended(exchange.getResponseCode());
    }
  }

  private void serve(HttpExchange exchange) throws IOException {
    if (permits != null && !permits.tryAcquire()) {
      Http.sendText(exchange, 503, "Limit of concurrent requests reached (" + maxRequests + "), try again later.\n");
      return;
    }
    try {
      scrapeHandler.handleRequest(new ScrapeExchange(exchange, context(exchange)));
    } catch (BadRequest e) {
      Http.sendText(exchange, 400, e.getMessage() + "\n");
    } catch (IOException e) {
      ScrapeExchange.notDelivered(exchange, e);
    } catch (Throwable e) {
      failed(exchange, e);
    } finally {
      if (permits != null) {
        permits.release();
      }
    }
  }

  /**
   * The deadline and collectors a request asks for. {@code collect[]=<name>} runs only the named
   * collectors, {@code exclude[]=<name>} all but them, as node_exporter's handler does; both at
   * once, or a name that is not an enabled collector, is a bad request.
   */
  ScrapeContext context(HttpExchange exchange) throws BadRequest {
    Map<String, List<String>> parameters = Http.queryParameters(exchange.getRequestURI().getRawQuery());
    List<String> collect = parameters.getOrDefault("collect[]", List.of());
    List<String> exclude = parameters.getOrDefault("exclude[]", List.of());
    if (!collect.isEmpty() && !exclude.isEmpty()) {
      throw new BadRequest("collect[] and exclude[] cannot be used together");
    }
    Set<String> selected = null;
    for (String name : collect.isEmpty() ? exclude : collect) {
      if (!collectors.contains(name)) {
        throw new BadRequest("unknown collector \"" + name + "\"; enabled collectors: " + String.join(", ", collectors));
      }
    }
    if (!collect.isEmpty()) {
      selected = new LinkedHashSet<>(collect);
    } else if (!exclude.isEmpty()) {
      selected = new LinkedHashSet<>(collectors);
      selected.removeAll(exclude);
    }
    return new ScrapeContext(deadline(exchange.getRequestHeaders().getFirst("X-Prometheus-Scrape-Timeout-Seconds")),
        selected);
  }

  /**
   * {@code X-Prometheus-Scrape-Timeout-Seconds} minus {@value #SCRAPE_TIMEOUT_OFFSET_SECONDS}
   * from now, but never less than a tenth of the timeout; none without a valid header.
   */
  static long deadline(String header) {
    if (header == null) {
      return CollectorRunner.NO_DEADLINE;
    }
    double timeout;
    try {
      timeout = Double.parseDouble(header.strip());
    } catch (NumberFormatException e) {
      Log.debug("Ignored an invalid scrape timeout header", "value", header);
      return CollectorRunner.NO_DEADLINE;
    }
    if (!(timeout > 0) || Double.isInfinite(timeout)) {
      return CollectorRunner.NO_DEADLINE;
    }
    double seconds = Math.max(timeout - SCRAPE_TIMEOUT_OFFSET_SECONDS, timeout / 10);
    return System.nanoTime() + (long) Math.min(seconds * 1e9, TimeUnit.DAYS.toNanos(1));
  }

  /** A request the metrics path cannot serve: 400 with the message. */
  static final class BadRequest extends Exception {
    private static final long serialVersionUID = 1L;

    BadRequest(String message) {
      super(message, null, false, false);
    }
  }

  /** Logs {@code cause} as one line and, if nothing was sent yet, answers 500 with one line. */
  public static void failed(HttpExchange exchange, Throwable cause) {
    String reason = FailureLog.describe(cause);
    Log.error("Scrape failed", "err", reason);
    if (Http.responseStarted(exchange)) {
      return;
    }
    try {
      Http.sendText(exchange, 500, "An error has occurred while serving metrics: " + reason.replaceAll("[\\r\\n]+", " ") + "\n");
    } catch (IOException e) {
      Log.debug("Cannot send error response", "err", FailureLog.describe(e));
    }
  }
}
