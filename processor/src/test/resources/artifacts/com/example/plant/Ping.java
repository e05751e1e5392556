package com.example.plant;

import dev.exporterbuilder.annotations.Gauge;
import dev.exporterbuilder.annotations.Probe;
import dev.exporterbuilder.annotations.Reading;
import java.net.URI;

@Probe(name = "http", help = "Fetches the target over HTTP.")
public class Ping {

  record Response(int status, double seconds) {}

  @Reading
  Response fetch(URI target) {
    return new Response(200, 0.1);
  }

  @Gauge(name = "http_status_code", help = "The response's status code.")
  int status(Response response) {
    return response.status();
  }

  @Gauge(name = "http_duration", unit = "seconds", help = "Time to the last byte.")
  double seconds(Response response) {
    return response.seconds();
  }
}
