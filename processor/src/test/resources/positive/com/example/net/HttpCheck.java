package com.example.net;

import dev.exporterbuilder.annotations.Gauge;
import dev.exporterbuilder.annotations.Probe;
import dev.exporterbuilder.annotations.Reading;
import java.net.URI;

@Probe(name = "http", help = "HTTP status check.")
public class HttpCheck {

  record Response(int status) {}

  @Reading
  static Response get(URI target) {
    return new Response(target.getScheme().equals("https") ? 200 : 301);
  }

  @Gauge(name = "http_status_code", help = "The response's status code.")
  static int status(Response response) {
    return response.status();
  }
}
