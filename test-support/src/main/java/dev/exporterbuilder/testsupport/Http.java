package dev.exporterbuilder.testsupport;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.net.Inet6Address;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/** Real HTTP requests against a running exporter, and a parser for the text exposition format. */
public final class Http {

  private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(10);

  private Http() {}

  /** {@code GET /metrics} in the Prometheus text format; fails unless the answer is 200, else returns the body. */
  public static String scrape(InetSocketAddress address) throws IOException, InterruptedException {
    HttpResponse<String> response = get(address, "/metrics", "Accept", "text/plain; version=0.0.4");
    assertEquals(200, response.statusCode(), "GET /metrics: " + response.body());
    return response.body();
  }

  /** {@code GET pathAndQuery} with {@code headers} given as name, value, name, value, ... */
  public static HttpResponse<String> get(InetSocketAddress address, String pathAndQuery, String... headers)
      throws IOException, InterruptedException {
    return send(address, "GET", pathAndQuery, headers);
  }

  /** A request without a body with {@code headers} given as name, value, name, value, ... */
  public static HttpResponse<String> send(InetSocketAddress address, String method, String pathAndQuery,
      String... headers) throws IOException, InterruptedException {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://" + authority(address) + pathAndQuery))
        .timeout(REQUEST_TIMEOUT)
        .method(method, HttpRequest.BodyPublishers.noBody());
    if (headers.length > 0) {
      request.headers(headers);
    }
    return CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  private static String authority(InetSocketAddress address) {
    String host = address.getAddress().getHostAddress();
    return (address.getAddress() instanceof Inet6Address ? "[" + host + "]" : host) + ":" + address.getPort();
  }

  /** The samples of a text-format body: series (name and labels as written) → value. */
  public static Map<String, Double> samples(String body) {
    Map<String, Double> samples = new LinkedHashMap<>();
    for (String line : body.split("\n")) {
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      int space = line.lastIndexOf(' ');
      samples.put(line.substring(0, space), Double.parseDouble(line.substring(space + 1)));
    }
    return samples;
  }
}
