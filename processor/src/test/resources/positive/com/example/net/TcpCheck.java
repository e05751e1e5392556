package com.example.net;

import dev.exporterbuilder.annotations.Counter;
import dev.exporterbuilder.annotations.Gauge;
import dev.exporterbuilder.annotations.Probe;
import dev.exporterbuilder.annotations.Reading;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.util.Map;

@Probe(name = "tcp", help = "TCP connect check.", module = TcpModule.class)
public class TcpCheck {

  record Connection(double seconds, boolean tls, long sent, Map<String, Double> phases) {}

  @Reading
  Connection connect(InetSocketAddress target, TcpModule module) throws IOException {
    return new Connection(0.01, module.tls(), module.send().length(), Map.of("connect", 0.01));
  }

  @Gauge(name = "tcp_connect_duration", unit = "seconds", help = "Time to connect.")
  double connectSeconds(Connection connection) {
    return connection.seconds();
  }

  @Gauge(help = "Whether the connection used TLS.")
  boolean tls(Connection connection) {
    return connection.tls();
  }

  @Counter(help = "Bytes sent to the target.", unit = "bytes")
  long sent(Connection connection) {
    return connection.sent();
  }

  @Gauge(name = "tcp_phase_duration", unit = "seconds", labels = "phase", help = "Duration of each phase.")
  Map<String, Double> phases(Connection connection) {
    return connection.phases();
  }

  @Gauge(help = "Checks configured, the same for every target.")
  static int checks() {
    return 1;
  }
}
