package dev.exporterbuilder.runtime.http;

import com.sun.net.httpserver.HttpHandler;
import dev.exporterbuilder.annotations.contract.GoDuration;
import dev.exporterbuilder.runtime.process.DaemonThreads;
import dev.exporterbuilder.runtime.process.FailureLog;
import dev.exporterbuilder.runtime.process.Log;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.StandardSocketOptions;
import java.nio.channels.CancelledKeyException;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.time.Duration;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * The HTTP/1.1 server of one listen address, written here instead of using the JDK's
 * {@code com.sun.net.httpserver} server, which hands a request to its handler even when the client
 * closed the connection before the empty line that ends the headers: an incomplete request would
 * run a whole scrape. Here a handler only ever sees a request whose head arrived complete
 * ({@link RequestHead}).
 *
 * <p>One daemon thread accepts connections and waits, in one selector, for parked connections to
 * become readable: new ones, and idle keep-alive ones, which thus hold no worker. A readable
 * connection goes to a worker of the pool, which reads and answers its requests
 * ({@link HttpConnection}). The same thread closes connections whose deadline passed: a new
 * connection must send its request head within the header timeout, an idle one is closed after the
 * idle timeout, and one being answered is closed when its client took nothing of the response for
 * the write timeout.
 *
 * <p>When {@value #MAX_CONNECTIONS} connections are open, a new one closes the idle keep-alive
 * connection that has been idle longest; only when none is idle, every one being read or answered,
 * is the new one refused. So a client holding many idle connections cannot lock Prometheus out.
 * One client address holds at most {@value #MAX_CONNECTIONS_PER_ADDRESS}, beyond which its new
 * connection takes the place of its own longest idle one, or is refused: a client keeping its
 * connections busy (sending request heads slowly, say) leaves the other half to other clients.
 */
public final class HttpListener implements AutoCloseable {

  /**
   * Open connections per listener, parked or served; beyond that a new connection takes the place
   * of the longest idle one, or is closed at once when none is idle. A connection costs a file
   * descriptor and a few KB; a Prometheus holds one per target.
   */
  public static final int MAX_CONNECTIONS = 1024;

  /**
   * Open connections per listener from one client IP address. Behind a reverse proxy every client
   * has the proxy's address; it still gets half the connections, and its idle ones make room.
   */
  public static final int MAX_CONNECTIONS_PER_ADDRESS = MAX_CONNECTIONS / 2;

  /** Connections the kernel queues before they are accepted; 200 clients connecting at once are not refused. */
  private static final int BACKLOG = 1024;
  private static final long SWEEP_NANOS = TimeUnit.MILLISECONDS.toNanos(250);

  final HttpHandler handler;
  /** null for plain HTTP. */
  final ServerTls tls;
  final long headerTimeoutNanos;
  private final long idleTimeoutNanos;
  private final long writeTimeoutNanos;
  private final ServerSocketChannel server;
  private final InetSocketAddress address;
  private final Selector selector;
  private final SelectionKey acceptKey;
  private final ThreadPoolExecutor workers;
  private final Set<HttpConnection> open = ConcurrentHashMap.newKeySet();
  /** How many of {@link #open} each client address holds. */
  private final Map<InetAddress, Integer> perAddress = new ConcurrentHashMap<>();
  private final Queue<HttpConnection> parking = new ConcurrentLinkedQueue<>();
  /** The parked keep-alive connections, longest idle first; used by the listener's thread only. */
  private final Set<HttpConnection> idle = new LinkedHashSet<>();
  private final Thread thread;
  private volatile boolean closed;

  private HttpListener(ServerSocketChannel server, Selector selector, HttpHandler handler, ServerTls tls,
      Timeouts timeouts, ThreadPoolExecutor workers) throws IOException {
    this.server = server;
    this.address = (InetSocketAddress) server.getLocalAddress();
    this.selector = selector;
    this.acceptKey = server.keyFor(selector);
    this.handler = handler;
    this.tls = tls;
    this.headerTimeoutNanos = timeouts.header().toNanos();
    this.idleTimeoutNanos = timeouts.idle().toNanos();
    this.writeTimeoutNanos = timeouts.write().toNanos();
    this.workers = workers;
    this.thread = DaemonThreads.named("exporter-http-listener-").newThread(this::loop);
  }

  /**
   * Binds {@code address} and starts serving {@code handler} on {@code workers}, which the listener
   * shuts down when closed.
   *
   * @param tls null for plain HTTP
   */
  public static HttpListener start(InetSocketAddress address, HttpHandler handler, ServerTls tls, Timeouts timeouts,
      ThreadPoolExecutor workers) throws IOException {
    ServerSocketChannel server = ServerSocketChannel.open();
    Selector selector = null;
    try {
      server.setOption(StandardSocketOptions.SO_REUSEADDR, true);
      server.bind(address, BACKLOG);
      server.configureBlocking(false);
      selector = Selector.open();
      server.register(selector, SelectionKey.OP_ACCEPT);
    } catch (IOException | RuntimeException e) {
      server.close();
      if (selector != null) {
        selector.close();
      }
      workers.shutdownNow();
      throw e;
    }
    HttpListener listener = new HttpListener(server, selector, handler, tls, timeouts, workers);
    listener.thread.start();
    return listener;
  }

  /** The address bound, with the port chosen when 0 was asked for. */
  public InetSocketAddress address() {
    return address;
  }

  private void loop() {
    long nextSweep = System.nanoTime();
    try {
      while (!closed) {
        selector.select(TimeUnit.NANOSECONDS.toMillis(SWEEP_NANOS));
        // after select(): the keys cancelled when these connections were handed to a worker are gone
        for (HttpConnection connection = parking.poll(); connection != null; connection = parking.poll()) {
          if (register(connection)) {
            idle.add(connection);
          }
        }
        Set<SelectionKey> ready = selector.selectedKeys();
        for (SelectionKey key : ready) {
          if (!key.isValid()) {
            continue;
          }
          if (key.attachment() instanceof HttpConnection connection) {
            dispatch(key, connection);
          } else {
            accept();
          }
        }
        ready.clear();
        long now = System.nanoTime();
        if (now - nextSweep >= 0) {
          sweep(now);
          nextSweep = now + SWEEP_NANOS;
          acceptKey.interestOps(SelectionKey.OP_ACCEPT); // again, if accepting failed
        }
      }
    } catch (IOException | RuntimeException e) {
      if (!closed) {
        Log.error("HTTP listener stopped", "address", address, "err", FailureLog.describe(e));
      }
    } finally {
      for (SelectionKey key : selector.keys()) {
        if (key.attachment() instanceof HttpConnection connection) {
          connection.abort();
        }
      }
      for (HttpConnection connection = parking.poll(); connection != null; connection = parking.poll()) {
        connection.abort();
      }
      try {
        selector.close();
      } catch (IOException e) {
        Log.debug("Cannot close a selector", "err", FailureLog.describe(e));
      }
    }
  }

  /**
   * Accepts every pending connection. When accepting fails (no file descriptor left, say), it is
   * retried at the next sweep instead of at once, which would spin.
   */
  private void accept() {
    while (true) {
      SocketChannel channel;
      try {
        channel = server.accept();
      } catch (IOException e) {
        Log.warn("Cannot accept connections", "address", address, "err", FailureLog.describe(e));
        acceptKey.interestOps(0);
        return;
      }
      if (channel == null) {
        return;
      }
      HttpConnection connection;
      try {
        channel.setOption(StandardSocketOptions.TCP_NODELAY, true); // else a keep-alive scrape waits ~40 ms for a delayed ACK
        channel.configureBlocking(false);
        connection = new HttpConnection(this, channel);
      } catch (IOException e) { // the client is gone already
        Log.debug("Cannot accept a connection", "err", FailureLog.describe(e));
        discard(channel);
        continue;
      }
      InetAddress client = connection.remoteAddress().getAddress();
      if (!admit(client)) {
        Log.debug("Refused a connection: too many open, none idle", "address", address, "remote", connection.remoteAddress(),
            "max", MAX_CONNECTIONS, "max_per_client", MAX_CONNECTIONS_PER_ADDRESS);
        discard(channel);
        continue;
      }
      connection.deadline = System.nanoTime() + headerTimeoutNanos;
      perAddress.merge(client, 1, Integer::sum);
      open.add(connection);
      register(connection);
    }
  }

  /** Whether a new connection from {@code client} fits, once an idle one made room if needed. */
  private boolean admit(InetAddress client) {
    if (perAddress.getOrDefault(client, 0) >= MAX_CONNECTIONS_PER_ADDRESS) {
      return closeLongestIdle(client);
    }
    return open.size() < MAX_CONNECTIONS || closeLongestIdle(null);
  }

  /**
   * Makes room for a new connection by closing the one idle longest, of {@code client} if not
   * null; false if none is idle.
   */
  private boolean closeLongestIdle(InetAddress client) {
    for (Iterator<HttpConnection> longest = idle.iterator(); longest.hasNext(); ) {
      HttpConnection connection = longest.next();
      if (client == null || client.equals(connection.remoteAddress().getAddress())) {
        longest.remove();
        Log.debug("Closed an idle connection to admit a new one", "address", address, "remote", connection.remoteAddress());
        connection.abort();
        return true;
      }
    }
    return false;
  }

  private static void discard(SocketChannel channel) {
    try {
      channel.close();
    } catch (IOException e) {
      Log.debug("Cannot close a connection", "err", FailureLog.describe(e));
    }
  }

  /**
   * Hands a readable connection to a worker, in blocking mode. A new connection keeps the deadline
   * it got when accepted; an idle one now has the header timeout from its first byte.
   */
  private void dispatch(SelectionKey key, HttpConnection connection) {
    key.cancel();
    idle.remove(connection);
    try {
      connection.channel.configureBlocking(true);
      long headDeadline = System.nanoTime() + headerTimeoutNanos;
      if (headDeadline - connection.deadline < 0) {
        connection.deadline = headDeadline;
      }
      workers.execute(connection);
    } catch (IOException | RejectedExecutionException e) {
      connection.abort();
    }
  }

  /** @return false if the connection was closed instead */
  private boolean register(HttpConnection connection) {
    try {
      connection.channel.register(selector, SelectionKey.OP_READ, connection);
      return true;
    } catch (IOException | CancelledKeyException e) {
      connection.abort();
      return false;
    }
  }

  /**
   * Closes the connections whose deadline passed: parked ones, and those whose request head is
   * still being read. A worker reading a head times out by itself, but under TLS the handshake
   * inside a read can take one socket timeout per record, so a client trickling its handshake would
   * outlast the deadline without this.
   *
   * <p>Also closes the connections whose response made no progress for the write timeout: a
   * blocking write has no timeout of its own, so a client that never reads would hold the worker,
   * and the scrape slot of its handler, forever. Closing the channel ends the write with an
   * exception, and the handler releases what it holds.
   */
  private void sweep(long now) {
    for (HttpConnection connection : open) {
      if (connection.answering) {
        if (connection.writing && now - connection.lastWrite >= writeTimeoutNanos) {
          Log.debug("Closed a connection whose client stopped reading the response", "remote", connection.remoteAddress(),
              "timeout", GoDuration.format(Duration.ofNanos(writeTimeoutNanos)));
          connection.abort();
        }
      } else if (now - connection.deadline >= 0) {
        idle.remove(connection);
        connection.abort();
      }
    }
  }

  /** Called by a worker when it has answered every request the connection sent: wait for the next one. */
  void park(HttpConnection connection) {
    try {
      connection.channel.configureBlocking(false);
    } catch (IOException e) {
      connection.abort();
      return;
    }
    connection.deadline = System.nanoTime() + idleTimeoutNanos;
    parking.add(connection);
    selector.wakeup();
    if (closed && parking.remove(connection)) {
      connection.abort();
    }
  }

  void closed(HttpConnection connection) {
    if (open.remove(connection)) {
      perAddress.computeIfPresent(connection.remoteAddress().getAddress(), (client, held) -> held == 1 ? null : held - 1);
    }
  }

  /** Stops accepting, closes every connection, parked or in use, and stops the workers. */
  @Override
  public void close() {
    closed = true;
    try {
      server.close();
    } catch (IOException e) {
      Log.debug("Cannot close a listening socket", "address", address, "err", FailureLog.describe(e));
    }
    selector.wakeup();
    for (HttpConnection connection : open) {
      connection.abort();
    }
    workers.shutdownNow();
    try {
      thread.join(TimeUnit.SECONDS.toMillis(1));
      workers.awaitTermination(1, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
