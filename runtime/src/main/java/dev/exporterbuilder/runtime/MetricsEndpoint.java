package dev.exporterbuilder.runtime;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import io.prometheus.metrics.config.PrometheusProperties;
import io.prometheus.metrics.exporter.common.PrometheusHttpExchange;
import io.prometheus.metrics.exporter.common.PrometheusHttpRequest;
import io.prometheus.metrics.exporter.common.PrometheusHttpResponse;
import io.prometheus.metrics.exporter.common.PrometheusScrapeHandler;
import io.prometheus.metrics.model.registry.PrometheusRegistry;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.concurrent.Semaphore;

/**
 * The telemetry path: client_java's scrape handler (text, OpenMetrics or protobuf by {@code Accept},
 * gzip, {@code name[]} filtering), limited to {@code --web.max-requests} parallel scrapes (more get
 * 503 at once), and never answering with a stack trace.
 *
 * <p>client_java's own {@code MetricsHandler} puts the stack trace of any exception in a 500 body;
 * this handler gives the same {@link PrometheusScrapeHandler} an exchange of its own that answers
 * with one line and logs the error instead.
 */
final class MetricsEndpoint implements HttpHandler {

  private final PrometheusScrapeHandler scrapeHandler;
  private final Semaphore permits;
  private final int maxRequests;

  /**
   * @param maxRequests the most scrapes served at once; 0 for no limit
   */
  MetricsEndpoint(PrometheusProperties properties, PrometheusRegistry registry, int maxRequests) {
    this.scrapeHandler = new PrometheusScrapeHandler(properties, registry);
    this.maxRequests = maxRequests;
    this.permits = maxRequests > 0 ? new Semaphore(maxRequests) : null;
  }

  @Override
  public void handle(HttpExchange exchange) throws IOException {
    if (permits != null && !permits.tryAcquire()) {
      Http.sendText(exchange, 503, "Limit of concurrent requests reached (" + maxRequests + "), try again later.\n");
      return;
    }
    try {
      scrapeHandler.handleRequest(new ScrapeExchange(exchange));
    } catch (Throwable e) {
      failed(exchange, e);
    } finally {
      if (permits != null) {
        permits.release();
      }
    }
  }

  /** Logs {@code cause} as one line and, if nothing was sent yet, answers 500 with one line. */
  static void failed(HttpExchange exchange, Throwable cause) {
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

  /** client_java's view of one exchange of the JDK server. */
  private static final class ScrapeExchange implements PrometheusHttpExchange {

    private final HttpExchange exchange;

    ScrapeExchange(HttpExchange exchange) {
      this.exchange = exchange;
    }

    @Override
    public PrometheusHttpRequest getRequest() {
      return new PrometheusHttpRequest() {
        @Override
        public String getQueryString() {
          return exchange.getRequestURI().getRawQuery();
        }

        @Override
        public Enumeration<String> getHeaders(String name) {
          if (Http.isHead(exchange) && "Accept-Encoding".equalsIgnoreCase(name)) {
            // a HEAD answer has no body to compress; asking for gzip would make the scrape
            // handler pass a content length the JDK server warns about
            return Collections.emptyEnumeration();
          }
          List<String> values = exchange.getRequestHeaders().get(name);
          return values == null ? Collections.emptyEnumeration() : Collections.enumeration(values);
        }

        @Override
        public String getMethod() {
          return exchange.getRequestMethod();
        }

        @Override
        public String getRequestPath() {
          return exchange.getRequestURI().getPath();
        }
      };
    }

    @Override
    public PrometheusHttpResponse getResponse() {
      return new PrometheusHttpResponse() {
        @Override
        public void setHeader(String name, String value) {
          exchange.getResponseHeaders().set(name, value);
        }

        @Override
        public OutputStream sendHeadersAndGetBody(int statusCode, int contentLength) throws IOException {
          exchange.sendResponseHeaders(statusCode, contentLength);
          return exchange.getResponseBody();
        }
      };
    }

    @Override
    public void handleException(IOException e) {
      failed(exchange, e);
    }

    @Override
    public void handleException(RuntimeException e) {
      failed(exchange, e);
    }

    @Override
    public void close() {
      exchange.close();
    }
  }
}
