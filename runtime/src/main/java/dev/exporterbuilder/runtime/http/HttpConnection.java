package dev.exporterbuilder.runtime.http;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import dev.exporterbuilder.runtime.process.FailureLog;
import dev.exporterbuilder.runtime.process.Log;
import java.io.BufferedOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.SSLSocket;

/**
 * One client connection of an {@link HttpListener}. It runs on a worker only while a request is
 * being read or answered: the listener hands it over when the connection becomes readable, the
 * worker reads the head in blocking mode against {@link #deadline}, calls the handler, answers the
 * requests the client pipelined, and parks the connection in the listener's selector again, so an
 * idle keep-alive connection holds no thread.
 *
 * <p>Under TLS an {@link SSLSocket} is layered over the channel's socket; before parking, the bytes
 * it decrypted already are checked too, as the selector cannot see them.
 *
 * <p>While a response is written, {@link #lastWrite} records each time the socket took more of it,
 * so that the listener can close a connection whose client stopped reading: the worker blocked in
 * the write, and the scrape slot its handler holds, are freed by that.
 */
final class HttpConnection implements Runnable {

  /** How long a refused request's remaining bytes are read, so that the client sees the answer instead of a reset. */
  private static final long LINGER_MILLIS = 1_000;
  private static final int LINGER_BYTES = 2 * 1024 * 1024;
  /**
   * The most bytes handed to the socket in one write: a blocking write returns only once the socket
   * took all of it, so a whole response written at once would show no progress until its end.
   */
  private static final int WRITE_SLICE = 16 * 1024;

  final SocketChannel channel;
  private final HttpListener listener;
  private final InetSocketAddress remote;
  private final InetSocketAddress local;
  private Socket socket;
  private RequestHead.Reader in;
  private OutputStream out;

  /**
   * The {@link System#nanoTime()} by which the next request head must be complete, or, while the
   * connection is parked, by which the listener closes it.
   */
  volatile long deadline;

  /** True while a handler answers a request: then {@link #deadline} does not apply. */
  volatile boolean answering;

  /**
   * True once the response to the current request began: from then on the listener's write
   * timeout applies, counted from {@link #lastWrite}. Before it, the handler is still producing the
   * response (running collectors), which the write timeout must not cut.
   */
  volatile boolean writing;

  /** The {@link System#nanoTime()} of the response's start or of the socket's last taking a slice of it. */
  volatile long lastWrite;

  HttpConnection(HttpListener listener, SocketChannel channel) throws IOException {
    this.listener = listener;
    this.channel = channel;
    this.remote = (InetSocketAddress) channel.getRemoteAddress();
    this.local = (InetSocketAddress) channel.getLocalAddress();
  }

  InetSocketAddress remoteAddress() {
    return remote;
  }

  InetSocketAddress localAddress() {
    return local;
  }

  @Override
  public void run() {
    boolean parked = false;
    try {
      if (socket == null) {
        open();
      }
      while (true) {
        in.deadline(deadline);
        RequestHead head;
        try {
          head = RequestHead.read(in);
        } catch (RequestHead.Refused e) {
          refuse(e.status(), e.getMessage());
          return;
        }
        if (head == null) {
          return;
        }
        if (head.hasBody() && ("GET".equals(head.method()) || "HEAD".equals(head.method()))) {
          refuse(400, "a " + head.method() + " request cannot have a body");
          return;
        }
        if (!serve(head)) {
          if (head.hasBody()) {
            linger();
          }
          return;
        }
        deadline = System.nanoTime() + listener.headerTimeoutNanos;
        answering = false;
        if (!in.buffered()) {
          listener.park(this);
          parked = true;
          return;
        }
      }
    } catch (EOFException | SocketTimeoutException e) {
      // an incomplete request: no handler was called
      Log.debug("Closed a connection with an incomplete request", "remote", remote, "err", FailureLog.describe(e));
    } catch (IOException | RuntimeException e) {
      Log.debug("Connection failed", "remote", remote, "err", FailureLog.describe(e));
    } finally {
      if (!parked) {
        close();
      }
    }
  }

  private void open() throws IOException {
    Socket plain = channel.socket();
    if (listener.tls == null) {
      socket = plain;
    } else {
      ServerTls.Setup setup = listener.tls.connection();
      SSLSocket secure = (SSLSocket) setup.context().getSocketFactory().createSocket(plain, null, true);
      secure.setSSLParameters(setup.parameters());
      socket = secure;
    }
    in = new RequestHead.Reader(socket);
    out = new BufferedOutputStream(new ProgressStream(socket.getOutputStream()), 16 * 1024);
  }

  /** Answers one request through the handler; true if the connection may carry another. */
  private boolean serve(RequestHead head) throws IOException {
    writing = false;
    answering = true;
    ServerExchange exchange = new ServerExchange(this, head, out);
    HttpExchange handled = socket instanceof SSLSocket secure
        ? new SecureExchange(exchange, secure.getSession())
        : exchange;
    HttpHandler handler = listener.handler;
    handler.handle(handled);
    exchange.close();
    return exchange.reusable();
  }

  /** Called when the response's head is about to be written: the write timeout starts now. */
  void responseStarted() {
    lastWrite = System.nanoTime();
    writing = true;
  }

  /**
   * Answers a request no handler may see, as Go's server does (status, reason, {@code Connection:
   * close}), before the connection is closed.
   */
  private void refuse(int status, String reason) {
    Log.debug("Refused a request", "remote", remote, "status", status, "err", reason);
    String text = status + " " + ServerExchange.reason(status) + ": " + reason + "\n";
    String response = "HTTP/1.1 " + status + " " + ServerExchange.reason(status) + "\r\n"
        + "Content-Type: " + Http.TEXT + "\r\nX-Content-Type-Options: nosniff\r\nConnection: close\r\n"
        + "Content-Length: " + text.length() + "\r\n\r\n" + text;
    try {
      out.write(response.getBytes(StandardCharsets.ISO_8859_1));
      out.flush();
    } catch (IOException e) {
      Log.debug("Refusal not delivered", "remote", remote, "err", FailureLog.describe(e));
      return;
    }
    linger();
  }

  /**
   * Before closing a connection whose request was not read to its end: reads and discards what the
   * client still sends, for a moment, because closing a socket with unread input makes the kernel
   * send a reset, which can destroy the answer before the client has read it. Not under TLS, where
   * the client would only see the end of the stream when the connection is closed.
   */
  private void linger() {
    if (socket instanceof SSLSocket) {
      return;
    }
    try {
      socket.shutdownOutput();
      socket.setSoTimeout((int) LINGER_MILLIS);
      long until = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(LINGER_MILLIS);
      InputStream rest = socket.getInputStream();
      byte[] discard = new byte[8192];
      int total = 0;
      for (int n = 0; n >= 0 && total < LINGER_BYTES && System.nanoTime() < until; n = rest.read(discard)) {
        total += n;
      }
    } catch (IOException e) {
      Log.debug("Connection reset while closing", "remote", remote, "err", FailureLog.describe(e));
    }
  }

  /** Closes the connection after a request, with a TLS close_notify; on the worker that holds it. */
  private void close() {
    try {
      if (socket != null) {
        socket.close(); // closes the channel as well
      }
    } catch (IOException e) {
      Log.debug("Cannot close a connection", "remote", remote, "err", FailureLog.describe(e));
    }
    abort();
  }

  /** The socket's output, handed over in slices, each recorded in {@link #lastWrite} once taken. */
  private final class ProgressStream extends OutputStream {
    private final OutputStream socketOut;

    ProgressStream(OutputStream socketOut) {
      this.socketOut = socketOut;
    }

    @Override
    public void write(int b) throws IOException {
      socketOut.write(b);
      lastWrite = System.nanoTime();
    }

    @Override
    public void write(byte[] bytes, int offset, int count) throws IOException {
      for (int end = offset + count; offset < end; offset += WRITE_SLICE) {
        socketOut.write(bytes, offset, Math.min(WRITE_SLICE, end - offset));
        lastWrite = System.nanoTime();
      }
    }

    @Override
    public void flush() throws IOException {
      socketOut.flush();
      lastWrite = System.nanoTime();
    }

    @Override
    public void close() throws IOException {
      socketOut.close();
    }
  }

  /** Closes the channel from any thread, ending a read or write in progress; idempotent. */
  void abort() {
    listener.closed(this);
    try {
      channel.close();
    } catch (IOException e) {
      Log.debug("Cannot close a connection", "remote", remote, "err", FailureLog.describe(e));
    }
  }
}
