package dev.exporterbuilder.runtime;

import dev.exporterbuilder.runtime.http.HttpListener;
import dev.exporterbuilder.runtime.probe.ProbeEndpoint;
import dev.exporterbuilder.runtime.process.Initialised;
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
  private final ProbeEndpoint probes;
  private final ScrapeCollector collectors;
  private final Initialised initialised;
  private final List<InetSocketAddress> addresses;
  private final AtomicBoolean closed = new AtomicBoolean();

  RunningExporter(List<HttpListener> listeners, WebHandler handler, ProbeEndpoint probes, ScrapeCollector collectors,
      Initialised initialised) {
    this.listeners = List.copyOf(listeners);
    this.handler = handler;
    this.probes = probes;
    this.collectors = collectors;
    this.initialised = initialised;
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
   * worker thread (probes still running are interrupted), stops refreshing cached collectors and
   * waits up to two seconds for collector runs in progress to end; then closes the
   * {@link AutoCloseable} collectors, probes and exporter object that were initialised, last first,
   * each bounded to five seconds and all together to ten. Idempotent.
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
    if (probes != null) {
      probes.close();
    }
    collectors.close();
    initialised.close();
    if (interrupted) {
      Thread.currentThread().interrupt();
    }
  }
}
