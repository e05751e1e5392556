package dev.exporterbuilder.runtime.web;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import dev.exporterbuilder.runtime.RunningExporter;
import dev.exporterbuilder.runtime.http.Http;
import dev.exporterbuilder.runtime.probe.ProbeEndpoint;
import dev.exporterbuilder.runtime.process.FailureLog;
import dev.exporterbuilder.runtime.process.Log;
import java.io.IOException;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Routes every request of one server, on exact paths as Go's {@code http.ServeMux} does for them:
 * the telemetry path, {@code /probe} when the exporter has probes, {@code /} (the landing page,
 * unless metrics are served there),
 * {@code /-/healthy}, and with {@code --profiling} {@code /debug/threads} and {@code /debug/jfr};
 * anything else is a 404. Only GET and HEAD are allowed.
 */
public final class WebHandler implements HttpHandler {

  static final String HEALTHY_PATH = "/-/healthy";

  private final String telemetryPath;
  private final HttpHandler metrics;
  private final HttpHandler probes;
  private final LandingPage landingPage;
  private final Profiling profiling;
  private final LiveWebConfig config;
  private final RateLimiter limiter;
  private final Object inFlightLock = new Object();
  private int inFlight;

  /**
   * @param probes serves {@code /probe}; null when the exporter has no probes
   * @param profiling serves {@code /debug/threads} and {@code /debug/jfr}; null without {@code --profiling}
   * @param config the headers, users, allowed client certificate names and rate limit of
   *     {@code --web.config.file}; the rate limit as at startup, the rest as the file is now
   */
  public WebHandler(String telemetryPath, HttpHandler metrics, HttpHandler probes, LandingPage landingPage,
      Profiling profiling, LiveWebConfig config) {
    this.telemetryPath = telemetryPath;
    this.metrics = metrics;
    this.probes = probes;
    this.landingPage = landingPage;
    this.profiling = profiling;
    this.config = config;
    this.limiter = config.current().config().rateLimit().map(RateLimiter::new).orElse(null);
  }

  @Override
  public void handle(HttpExchange exchange) throws IOException {
    synchronized (inFlightLock) {
      inFlight++;
    }
    try {
      // in exporter-toolkit's order: the file, the rate limit, headers, client names, basic auth
      LiveWebConfig.Snapshot web = config.current();
      if (web.error() != null) {
        Http.sendText(exchange, 500, "Internal Server Error\n"); // logged by LiveWebConfig
        return;
      }
      if (limiter != null && !limiter.allow()) {
        Http.sendText(exchange, 429, "Too Many Requests\n");
        return;
      }
      web.config().headers().forEach((name, value) -> exchange.getResponseHeaders().set(name, value));
      List<String> allowedSans = web.config().tls().map(TlsSettings::clientAllowedSans).orElse(List.of());
      if (!allowedSans.isEmpty() && !ClientCertificates.allowed(exchange, allowedSans)) {
        Http.sendText(exchange, 403, "403 forbidden: client certificate not allowed\n");
        return;
      }
      BasicAuth auth = web.auth();
      if (auth != null && !auth.authorized(exchange.getRequestHeaders().getFirst("Authorization"))) {
        exchange.getResponseHeaders().set("WWW-Authenticate", "Basic");
        Http.sendText(exchange, 401, "401 Unauthorized\n");
        return;
      }
      HttpHandler target = route(exchange.getRequestURI().getPath());
      if (target == null) {
        Http.sendText(exchange, 404, "404 page not found\n");
        return;
      }
      String method = exchange.getRequestMethod();
      if (!"GET".equals(method) && !"HEAD".equals(method)) {
        exchange.getResponseHeaders().set("Allow", "GET, HEAD");
        Http.sendText(exchange, 405, "405 method not allowed\n");
        return;
      }
      target.handle(exchange);
    } catch (IOException e) {
      // the client went away (timed out, hung up, or sent half a request and closed)
      Log.debug("Response not delivered", "path", exchange.getRequestURI().getRawPath(), "err", FailureLog.describe(e));
    } catch (Throwable e) {
      Log.error("Request failed", "path", exchange.getRequestURI().getRawPath(), "err", FailureLog.describe(e));
      if (!Http.responseStarted(exchange)) {
        Http.sendText(exchange, 500, "500 internal server error\n");
      }
    } finally {
      exchange.close();
      synchronized (inFlightLock) {
        inFlight--;
        inFlightLock.notifyAll();
      }
    }
  }

  /**
   * Waits until no request is being handled, or {@code timeoutNanos} passed.
   *
   * <p>{@link RunningExporter#close()} closes the listeners, and with them every connection, only
   * once this returns, so that scrapes in flight are answered.
   *
   * @return true if idle
   */
  public boolean awaitIdle(long timeoutNanos) throws InterruptedException {
    long deadline = System.nanoTime() + timeoutNanos;
    synchronized (inFlightLock) {
      while (inFlight > 0) {
        long left = deadline - System.nanoTime();
        if (left <= 0) {
          return false;
        }
        TimeUnit.NANOSECONDS.timedWait(inFlightLock, left);
      }
      return true;
    }
  }

  private HttpHandler route(String path) {
    if (path == null) {
      return null;
    }
    if (path.equals(telemetryPath)) {
      return metrics;
    }
    if (probes != null && path.equals(ProbeEndpoint.PATH)) {
      return probes;
    }
    if (path.equals("/")) {
      return landingPage;
    }
    if (path.equals(HEALTHY_PATH)) {
      return exchange -> Http.sendText(exchange, 200, "Healthy");
    }
    if (profiling != null && path.equals(Profiling.THREADS_PATH)) {
      return profiling::threads;
    }
    if (profiling != null && path.equals(Profiling.JFR_PATH)) {
      return profiling::jfr;
    }
    return null;
  }
}
