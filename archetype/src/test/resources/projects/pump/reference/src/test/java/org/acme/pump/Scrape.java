package org.acme.pump;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.OptionalDouble;

/** One GET of {@code /metrics}, as Prometheus does it, and the samples of its text. */
final class Scrape {

  private final String body;

  private Scrape(String body) {
    this.body = body;
  }

  static Scrape of(InetSocketAddress address) throws IOException, InterruptedException {
    HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + address.getPort() + "/metrics"))
        .timeout(Duration.ofSeconds(30))
        .build();
    HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
    assertEquals(200, response.statusCode(), response::body);
    return new Scrape(response.body());
  }

  /** The value of the sample {@code series} ({@code name} or {@code name{label="value"}}), if it is there. */
  OptionalDouble value(String series) {
    return body.lines()
        .filter(line -> line.startsWith(series + " "))
        .mapToDouble(line -> Double.parseDouble(line.substring(series.length() + 1).split(" ")[0]))
        .findFirst();
  }

  boolean hasHelp(String family) {
    return body.lines().anyMatch(line -> line.startsWith("# HELP " + family + " "));
  }

  @Override
  public String toString() {
    return body;
  }
}
