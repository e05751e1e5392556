package dev.exporterbuilder.runtime.http;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpContext;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpPrincipal;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One request and its response on an {@link HttpConnection}, as the JDK's {@link HttpExchange}, so
 * that the handlers are written against the JDK's API and its semantics:
 * {@code sendResponseHeaders(code, length)} sends a body of exactly {@code length} bytes when it is
 * positive, a chunked body (HTTP/1.0: one that ends when the connection closes) for 0, and none for
 * -1; a HEAD response never has a body; closing the response body, or the exchange, completes the
 * response. The request body is always empty: requests with a body are answered and the connection
 * closed, so their body is never read.
 */
final class ServerExchange extends HttpExchange {

  private static final byte[] CRLF = {'\r', '\n'};
  private static final byte[] LAST_CHUNK = "0\r\n\r\n".getBytes(StandardCharsets.US_ASCII);

  private enum Framing { NONE, FIXED, CHUNKED, UNTIL_CLOSE }

  private final HttpConnection connection;
  private final RequestHead request;
  private final OutputStream out;
  private final Headers responseHeaders = new Headers();
  private final ResponseBody body = new ResponseBody();
  private final Map<String, Object> attributes = new HashMap<>();
  private boolean keepAlive;
  private int status = -1;
  private Framing framing;
  private long length;
  private long written;
  private boolean complete;

  ServerExchange(HttpConnection connection, RequestHead request, OutputStream out) {
    this.connection = connection;
    this.request = request;
    this.out = out;
    this.keepAlive = request.keepAlive() && !request.hasBody();
  }

  /** Whether the response was sent whole and the connection may carry the next request. */
  boolean reusable() {
    return complete && keepAlive;
  }

  @Override
  public Headers getRequestHeaders() {
    return request.headers();
  }

  @Override
  public Headers getResponseHeaders() {
    return responseHeaders;
  }

  @Override
  public URI getRequestURI() {
    return request.uri();
  }

  @Override
  public String getRequestMethod() {
    return request.method();
  }

  /** Unsupported: this server has no contexts, one handler serves every path. */
  @Override
  public HttpContext getHttpContext() {
    throw new UnsupportedOperationException("no HTTP contexts: one handler serves every path");
  }

  @Override
  public void close() {
    if (status == -1) {
      keepAlive = false; // nothing was answered: the client learns it from the closed connection
      return;
    }
    try {
      body.close();
    } catch (IOException e) {
      keepAlive = false;
    }
  }

  @Override
  public InputStream getRequestBody() {
    return InputStream.nullInputStream();
  }

  @Override
  public OutputStream getResponseBody() {
    return body;
  }

  @Override
  public void sendResponseHeaders(int code, long responseLength) throws IOException {
    if (status != -1) {
      throw new IOException("response headers already sent");
    }
    if (code < 100 || code > 999) {
      throw new IllegalArgumentException("invalid status " + code);
    }
    boolean bodyless = Http.isHead(this) || code < 200 || code == 204 || code == 304;
    if (bodyless) {
      framing = Framing.NONE;
      if (responseLength > 0 && Http.isHead(this)) {
        responseHeaders.set("Content-Length", Long.toString(responseLength));
      }
    } else if (responseLength > 0) {
      framing = Framing.FIXED;
      length = responseLength;
      responseHeaders.set("Content-Length", Long.toString(responseLength));
    } else if (responseLength == 0 && !request.http10()) {
      framing = Framing.CHUNKED;
      responseHeaders.set("Transfer-Encoding", "chunked");
    } else if (responseLength == 0) {
      framing = Framing.UNTIL_CLOSE;
      keepAlive = false;
    } else {
      framing = Framing.NONE;
      responseHeaders.set("Content-Length", "0");
    }
    if (!keepAlive) {
      responseHeaders.set("Connection", "close");
    } else if (request.http10()) {
      responseHeaders.set("Connection", "keep-alive");
    }
    if (!responseHeaders.containsKey("Date")) {
      responseHeaders.set("Date", HttpDate.format(System.currentTimeMillis()));
    }
    StringBuilder head = new StringBuilder(256).append("HTTP/1.1 ").append(code).append(' ').append(reason(code)).append("\r\n");
    for (Map.Entry<String, List<String>> header : responseHeaders.entrySet()) {
      for (String value : header.getValue()) {
        if (value.indexOf('\r') >= 0 || value.indexOf('\n') >= 0) {
          throw new IOException("line break in the value of response header " + header.getKey());
        }
        head.append(header.getKey()).append(": ").append(value).append("\r\n");
      }
    }
    status = code;
    connection.responseStarted();
    out.write(head.append("\r\n").toString().getBytes(StandardCharsets.ISO_8859_1));
    if (framing == Framing.NONE) {
      body.close();
    }
  }

  @Override
  public InetSocketAddress getRemoteAddress() {
    return connection.remoteAddress();
  }

  @Override
  public int getResponseCode() {
    return status;
  }

  @Override
  public InetSocketAddress getLocalAddress() {
    return connection.localAddress();
  }

  @Override
  public String getProtocol() {
    return request.protocol();
  }

  @Override
  public Object getAttribute(String name) {
    return attributes.get(name);
  }

  @Override
  public void setAttribute(String name, Object value) {
    if (value == null) {
      attributes.remove(name);
    } else {
      attributes.put(name, value);
    }
  }

  /** Unsupported: handlers write to {@link #getResponseBody()}, which frames the body. */
  @Override
  public void setStreams(InputStream i, OutputStream o) {
    throw new UnsupportedOperationException("the streams of this exchange cannot be replaced");
  }

  /** Always null: authentication is the web handler's basic auth, inside the handler. */
  @Override
  public HttpPrincipal getPrincipal() {
    return null;
  }

  /** The reason phrases of the statuses this server sends; a client must not depend on them. */
  static String reason(int code) {
    return switch (code) {
      case 200 -> "OK";
      case 204 -> "No Content";
      case 304 -> "Not Modified";
      case 400 -> "Bad Request";
      case 401 -> "Unauthorized";
      case 403 -> "Forbidden";
      case 404 -> "Not Found";
      case 405 -> "Method Not Allowed";
      case 409 -> "Conflict";
      case 431 -> "Request Header Fields Too Large";
      case 500 -> "Internal Server Error";
      case 503 -> "Service Unavailable";
      case 505 -> "HTTP Version Not Supported";
      default -> "";
    };
  }

  /** The response body, framed as {@link #sendResponseHeaders} decided; closing it completes the response. */
  private final class ResponseBody extends OutputStream {
    private boolean closed;

    @Override
    public void write(int b) throws IOException {
      write(new byte[] {(byte) b}, 0, 1);
    }

    @Override
    public void write(byte[] bytes, int offset, int count) throws IOException {
      if (status == -1) {
        throw new IOException("sendResponseHeaders has not been called");
      }
      if (closed) {
        throw new IOException("response body already closed");
      }
      if (count == 0) {
        return;
      }
      switch (framing) {
        case NONE -> throw new IOException("this response has no body (HEAD, or length -1)");
        case FIXED -> {
          if (written + count > length) {
            keepAlive = false;
            throw new IOException("more than the " + length + " bytes announced");
          }
          out.write(bytes, offset, count);
        }
        case CHUNKED -> {
          out.write(Integer.toHexString(count).getBytes(StandardCharsets.US_ASCII));
          out.write(CRLF);
          out.write(bytes, offset, count);
          out.write(CRLF);
        }
        case UNTIL_CLOSE -> out.write(bytes, offset, count);
      }
      written += count;
    }

    @Override
    public void flush() throws IOException {
      if (status != -1 && !closed) {
        out.flush();
      }
    }

    @Override
    public void close() throws IOException {
      if (status == -1 || closed) {
        return;
      }
      closed = true;
      if (framing == Framing.FIXED && written < length) {
        keepAlive = false;
        throw new IOException("response closed after " + written + " of the " + length + " bytes announced");
      }
      if (framing == Framing.CHUNKED) {
        out.write(LAST_CHUNK);
      }
      out.flush();
      complete = true;
    }
  }
}
