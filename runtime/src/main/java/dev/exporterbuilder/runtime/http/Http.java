package dev.exporterbuilder.runtime.http;

import com.sun.net.httpserver.HttpExchange;
import dev.exporterbuilder.runtime.process.Secrets;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Small helpers for writing complete responses to an {@link HttpExchange}. */
public final class Http {

  static final String TEXT = "text/plain; charset=utf-8";
  public static final String HTML = "text/html; charset=utf-8";

  private Http() {}

  public static boolean isHead(HttpExchange exchange) {
    return "HEAD".equals(exchange.getRequestMethod());
  }

  /** Sends a plain-text body, with the values of secret flags replaced ({@link Secrets}). */
  public static void sendText(HttpExchange exchange, int status, String body) throws IOException {
    send(exchange, status, TEXT, Secrets.redact(body).getBytes(StandardCharsets.UTF_8));
  }

  /** Sends {@code body} with its length; for HEAD the headers only, with the length GET would have. */
  public static void send(HttpExchange exchange, int status, String contentType, byte[] body) throws IOException {
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
  public static boolean responseStarted(HttpExchange exchange) {
    return exchange.getResponseCode() != -1;
  }

  /**
   * The parameters of a raw query string, decoded, in order; a parameter without {@code =} has the
   * value "". Malformed percent escapes are kept as they are.
   */
  public static Map<String, List<String>> queryParameters(String rawQuery) {
    Map<String, List<String>> parameters = new LinkedHashMap<>();
    if (rawQuery == null || rawQuery.isEmpty()) {
      return parameters;
    }
    for (String pair : rawQuery.split("&")) {
      if (pair.isEmpty()) {
        continue;
      }
      int equals = pair.indexOf('=');
      String name = decode(equals < 0 ? pair : pair.substring(0, equals));
      String value = equals < 0 ? "" : decode(pair.substring(equals + 1));
      parameters.computeIfAbsent(name, key -> new ArrayList<>()).add(value);
    }
    return parameters;
  }

  private static String decode(String text) {
    try {
      return URLDecoder.decode(text, StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      return text;
    }
  }
}
