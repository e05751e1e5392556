package dev.exporterbuilder.runtime.scrape;

import com.sun.net.httpserver.HttpExchange;
import dev.exporterbuilder.runtime.http.Http;
import dev.exporterbuilder.runtime.process.FailureLog;
import dev.exporterbuilder.runtime.process.Log;
import io.prometheus.metrics.exporter.common.PrometheusHttpExchange;
import io.prometheus.metrics.exporter.common.PrometheusHttpRequest;
import io.prometheus.metrics.exporter.common.PrometheusHttpResponse;
import io.prometheus.metrics.exporter.common.PrometheusScrapeHandler;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;

/**
 * client_java's view of one {@link HttpExchange}, for a {@link PrometheusScrapeHandler} serving the
 * metrics path or {@code /probe}: its request carries what the endpoint hands its collectors (a
 * {@link ScrapeContext}, a probe's result), and a failure is answered with one line, never a stack
 * trace.
 */
public final class ScrapeExchange implements PrometheusHttpExchange {

  private final HttpExchange exchange;
  private final Request request;

  /** @param attachment what the collectors of this request read back with {@link Request#attachment()} */
  public ScrapeExchange(HttpExchange exchange, Object attachment) {
    this.exchange = exchange;
    this.request = new Request(exchange, attachment);
  }

  @Override
  public PrometheusHttpRequest getRequest() {
    return request;
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
    notDelivered(exchange, e);
  }

  @Override
  public void handleException(RuntimeException e) {
    MetricsEndpoint.failed(exchange, e);
  }

  @Override
  public void close() {
    exchange.close();
  }

  /** Writing the response failed: the client went away (wrk stopping, Prometheus timing out). */
  public static void notDelivered(HttpExchange exchange, IOException e) {
    Log.debug("Response not delivered", "path", exchange.getRequestURI().getPath(), "err", FailureLog.describe(e));
  }

  /**
   * client_java's view of one request, carrying its attachment: the scrape handler hands this object
   * to the registry, and the registry to every collector.
   */
  public static final class Request implements PrometheusHttpRequest {

    private final HttpExchange exchange;
    private final Object attachment;

    Request(HttpExchange exchange, Object attachment) {
      this.exchange = exchange;
      this.attachment = attachment;
    }

    /** What the endpoint put in this request. */
    public Object attachment() {
      return attachment;
    }

    @Override
    public String getQueryString() {
      return exchange.getRequestURI().getRawQuery();
    }

    @Override
    public Enumeration<String> getHeaders(String name) {
      if (Http.isHead(exchange) && "Accept-Encoding".equalsIgnoreCase(name)) {
        // a HEAD answer has no body to compress; asking for gzip would make the scrape
        // handler compress a body that is never sent
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
  }
}
