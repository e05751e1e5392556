package dev.exporterbuilder.runtime;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/** Small helpers for writing complete responses with the JDK HTTP server. */
final class Http {

  static final String TEXT = "text/plain; charset=utf-8";
  static final String HTML = "text/html; charset=utf-8";

  private Http() {}

  static boolean isHead(HttpExchange exchange) {
    return "HEAD".equals(exchange.getRequestMethod());
  }

  static void sendText(HttpExchange exchange, int status, String body) throws IOException {
    send(exchange, status, TEXT, body.getBytes(StandardCharsets.UTF_8));
  }

  /** Sends {@code body} with its length; for HEAD the headers only, with the length GET would have. */
  static void send(HttpExchange exchange, int status, String contentType, byte[] body) throws IOException {
    exchange.getResponseHeaders().set("Content-Type", contentType);
    if (status >= 400) {
      exchange.getResponseHeaders().set("X-Content-Type-Options", "nosniff");
    }
    if (isHead(exchange)) {
      exchange.getResponseHeaders().set("Content-Length", Integer.toString(body.length));
      exchange.sendResponseHeaders(status, -1);
      return;
    }
    exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
    if (body.length > 0) {
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(body);
      }
    }
  }

  /** True once a status line went out: no other response can be sent on this exchange. */
  static boolean responseStarted(HttpExchange exchange) {
    return exchange.getResponseCode() != -1;
  }
}
