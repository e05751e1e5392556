package dev.exporterbuilder.runtime.http;

import com.sun.net.httpserver.Headers;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

/**
 * The request line and header fields of one HTTP/1.x request, parsed only once the empty line that
 * ends them has arrived: a client that hangs up or stalls before that gets no handler called, so
 * an incomplete request never runs collectors (the JDK server dispatches whatever headers it read
 * before the end of the stream).
 *
 * <p>Parsed strictly where leniency lets one request be read as two (RFC 9112): whitespace before
 * a header's colon, folded lines, bare CRs, a Host missing or repeated, Content-Length repeated or
 * beside Transfer-Encoding are all 400.
 *
 * @param hasBody whether a body follows, which this server never reads: the connection is closed
 *     after the response, so a body is never parsed as the next request
 * @param keepAlive whether the client lets the connection be reused after the response
 */
record RequestHead(String method, URI uri, String protocol, Headers headers, boolean hasBody, boolean keepAlive) {

  /** The most bytes of request line and header fields together; Go's server allows 1 MB, nginx 8 KB a line. */
  public static final int MAX_BYTES = 32 * 1024;

  /** The most header fields; a scrape sends about ten. */
  public static final int MAX_FIELDS = 100;

  boolean http10() {
    return "HTTP/1.0".equals(protocol);
  }

  /** A request that is complete but cannot be served: answered with {@link #status()} and closed. */
  static final class Refused extends Exception {
    private static final long serialVersionUID = 1L;
    private final int status;

    Refused(int status, String message) {
      super(message, null, false, false);
      this.status = status;
    }

    int status() {
      return status;
    }
  }

  /**
   * Reads one head from {@code in}.
   *
   * @return null if the client closed the connection before sending a byte (the end of a keep-alive
   *     connection)
   * @throws EOFException if the connection ended within the head
   * @throws SocketTimeoutException if the head was not complete by the reader's deadline
   * @throws Refused for a head that is too large or malformed
   */
  static RequestHead read(Reader in) throws IOException, Refused {
    int[] budget = {MAX_BYTES};
    String line;
    do { // RFC 9112 2.2: empty lines before the request line are ignored
      if (in.peek() < 0) {
        return null;
      }
      line = in.line(budget);
    } while (line.isEmpty());
    int first = line.indexOf(' ');
    int second = first < 0 ? -1 : line.indexOf(' ', first + 1);
    if (second < 0 || line.indexOf(' ', second + 1) >= 0) {
      throw new Refused(400, "malformed request line");
    }
    String method = line.substring(0, first);
    String target = line.substring(first + 1, second);
    String protocol = line.substring(second + 1);
    if (!isToken(method)) {
      throw new Refused(400, "malformed method");
    }
    if (!protocol.equals("HTTP/1.1") && !protocol.equals("HTTP/1.0")) {
      throw protocol.matches("HTTP/\\d(\\.\\d)?")
          ? new Refused(505, "only HTTP/1.0 and HTTP/1.1 are served")
          : new Refused(400, "malformed HTTP version");
    }
    URI uri = uri(target);
    Headers headers = new Headers();
    int fields = 0;
    for (line = in.line(budget); !line.isEmpty(); line = in.line(budget)) {
      if (++fields > MAX_FIELDS) {
        throw new Refused(431, "more than " + MAX_FIELDS + " header fields");
      }
      int colon = line.indexOf(':');
      if (colon <= 0 || !isToken(line.substring(0, colon))) {
        throw new Refused(400, "malformed header field"); // also obs-fold: a line starting with whitespace
      }
      String value = line.substring(colon + 1).strip();
      for (int i = 0; i < value.length(); i++) {
        char c = value.charAt(i);
        if ((c < ' ' && c != '\t') || c == 0x7f) {
          throw new Refused(400, "control character in header field " + line.substring(0, colon));
        }
      }
      headers.add(line.substring(0, colon), value);
    }
    boolean http10 = protocol.equals("HTTP/1.0");
    List<String> hosts = headers.get("Host");
    if (!http10 && (hosts == null || hosts.size() != 1)) {
      throw new Refused(400, hosts == null ? "missing Host header" : "repeated Host header");
    }
    return new RequestHead(method, uri, protocol, headers, hasBody(headers, http10), keepAlive(headers, http10));
  }

  private static URI uri(String target) throws Refused {
    boolean absolute = target.regionMatches(true, 0, "http://", 0, 7) || target.regionMatches(true, 0, "https://", 0, 8);
    if (!target.startsWith("/") && !absolute && !target.equals("*")) {
      throw new Refused(400, "malformed request target");
    }
    try {
      return new URI(target);
    } catch (URISyntaxException e) {
      throw new Refused(400, "malformed request target");
    }
  }

  private static boolean hasBody(Headers headers, boolean http10) throws Refused {
    List<String> lengths = headers.get("Content-Length");
    boolean chunked = headers.containsKey("Transfer-Encoding");
    if (chunked && (lengths != null || http10)) {
      throw new Refused(400, lengths != null ? "both Content-Length and Transfer-Encoding" : "Transfer-Encoding in HTTP/1.0");
    }
    if (lengths == null) {
      return chunked;
    }
    if (lengths.size() > 1 || !lengths.get(0).matches("\\d{1,18}")) {
      throw new Refused(400, "invalid or repeated Content-Length");
    }
    return Long.parseLong(lengths.get(0)) > 0;
  }

  private static boolean keepAlive(Headers headers, boolean http10) {
    boolean close = false;
    boolean keepAlive = false;
    for (String value : headers.getOrDefault("Connection", List.of())) {
      for (String option : value.split(",")) {
        String name = option.strip().toLowerCase(Locale.ROOT);
        close |= name.equals("close");
        keepAlive |= name.equals("keep-alive");
      }
    }
    return !close && (!http10 || keepAlive);
  }

  /** RFC 9110 token: what a method or a header field name may consist of. */
  private static boolean isToken(String text) {
    if (text.isEmpty()) {
      return false;
    }
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      boolean alphanumeric = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
      if (!alphanumeric && "!#$%&'*+-.^_`|~".indexOf(c) < 0) {
        return false;
      }
    }
    return true;
  }

  /**
   * The buffered input of one connection, read in blocking mode against a deadline: the socket's
   * read timeout is set to the time left before every read, so a client that trickles a byte at a
   * time is still cut off when the deadline passes.
   */
  static final class Reader {
    private final Socket socket;
    private final InputStream in;
    private final byte[] buffer = new byte[8192];
    private int position;
    private int limit;
    private long deadline;

    Reader(Socket socket) throws IOException {
      this.socket = socket;
      this.in = socket.getInputStream();
    }

    /** The {@link System#nanoTime()} by which the next head must have arrived. */
    void deadline(long deadline) {
      this.deadline = deadline;
    }

    /** Whether bytes of a next request were read (or decrypted) already, so waiting for the socket to be readable would hang. */
    boolean buffered() throws IOException {
      return position < limit || in.available() > 0;
    }

    /** The next byte without consuming it; -1 at the end of the stream. */
    int peek() throws IOException {
      if (position == limit && !fill()) {
        return -1;
      }
      return buffer[position] & 0xff;
    }

    /**
     * One line without its LF or CRLF, as ISO-8859-1, charged to {@code budget[0]}.
     *
     * @throws EOFException if the stream ends first
     */
    String line(int[] budget) throws IOException, Refused {
      StringBuilder line = new StringBuilder(64);
      while (true) {
        if (position == limit && !fill()) {
          throw new EOFException("the client closed the connection within the request head");
        }
        int c = buffer[position++] & 0xff;
        if (--budget[0] < 0) {
          throw new Refused(431, "request head larger than " + MAX_BYTES + " bytes");
        }
        if (c == '\n') {
          int end = line.length();
          if (end > 0 && line.charAt(end - 1) == '\r') {
            line.setLength(end - 1);
          }
          if (line.indexOf("\r") >= 0) {
            throw new Refused(400, "bare CR in request head");
          }
          return line.toString();
        }
        line.append((char) c);
      }
    }

    private boolean fill() throws IOException {
      long left = TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime());
      if (left <= 0) {
        throw new SocketTimeoutException("request head not complete in time");
      }
      socket.setSoTimeout((int) Math.min(left, Integer.MAX_VALUE));
      int n = in.read(buffer, 0, buffer.length);
      if (n < 0) {
        return false;
      }
      position = 0;
      limit = n;
      return true;
    }
  }
}
