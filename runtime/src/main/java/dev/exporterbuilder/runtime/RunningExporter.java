package dev.exporterbuilder.runtime;

import dev.exporterbuilder.runtime.http.HttpListener;
import dev.exporterbuilder.runtime.scrape.ScrapeCollector;
import dev.exporterbuilder.runtime.web.WebHandler;
import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * A started exporter, as returned by {@link ExporterRuntime#start(ExporterDefinition, String...)}:
 * one HTTP server per listen address, all serving one registry. {@link #close()} stops them.
 */
public final class RunningExporter implements AutoCloseable {

  /** How long {@link #close()} lets requests in flight finish. */
  static final long GRACE_NANOS = TimeUnit.SECONDS.toNanos(2);

  private final List<HttpListener> listeners;
  private final WebHandler handler;
  private final ScrapeCollector collectors;
  private final List<InetSocketAddress> addresses;
  private final AtomicBoolean closed = new AtomicBoolean();

  RunningExporter(List<HttpListener> listeners, WebHandler handler, ScrapeCollector collectors) {
    this.listeners = List.copyOf(listeners);
    this.handler = handler;
    this.collectors = collectors;
    List<InetSocketAddress> bound = new ArrayList<>();
    for (HttpListener listener : listeners) {
      bound.add(listener.address());
    }
    this.addresses = List.copyOf(bound);
  }

  /** The addresses actually bound, one per {@code --web.listen-address}, in order; port 0 resolved. */
  public List<InetSocketAddress> addresses() {
    return addresses;
  }

  /**
   * Lets requests in flight finish for up to two seconds, then closes every server, connection and
   * worker thread, and stops refreshing cached collectors. Idempotent.
   */
  @Override
  public void close() {
    if (!closed.compareAndSet(false, true)) {
      return;
    }
    boolean interrupted = false;
    try {
      handler.awaitIdle(GRACE_NANOS);
    } catch (InterruptedException e) {
      interrupted = true;
    }
    for (HttpListener listener : listeners) {
      listener.close();
    }
    collectors.close();
    if (interrupted) {
      Thread.currentThread().interrupt();
    }
  }
}
