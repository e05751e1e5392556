package dev.exporterbuilder.example;

import dev.exporterbuilder.annotations.Gauge;
import dev.exporterbuilder.annotations.Probe;
import dev.exporterbuilder.annotations.Reading;
import java.io.IOException;
import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;
import java.nio.channels.SocketChannel;
import java.util.Locale;

/**
 * blackbox_exporter's TCP prober, its connect check: resolves the target's host, connects to its
 * port and closes the connection. Served at {@code /probe?target=host:port&module=tcp_connect}, with
 * the modules of {@code --config.file} (see {@code probes.yml}).
 *
 * <p>The connection is made through a {@link SocketChannel}, whose blocking connect an interrupt
 * ends: a probe that overruns its timeout is interrupted, so its thread does not hang on a target
 * that never answers. The reading keeps no state between requests, which run concurrently.
 */
@Probe(name = "tcp", help = "Connects to host:port over TCP.", module = TcpModule.class)
public class TcpProbe {

  /** What one connect measured. */
  record Connection(InetAddress address, double lookupSeconds, double connectSeconds) {}

  @Reading
  Connection connect(InetSocketAddress target, TcpModule module) throws IOException {
    long start = System.nanoTime();
    InetAddress address = resolve(target.getHostString(), module);
    long resolved = System.nanoTime();
    try (SocketChannel channel = SocketChannel.open()) {
      channel.connect(new InetSocketAddress(address, target.getPort()));
    }
    return new Connection(address, (resolved - start) / 1e9, (System.nanoTime() - resolved) / 1e9);
  }

  @Gauge(name = "dns_lookup_time", unit = "seconds", help = "Returns the time taken for probe dns lookup in seconds")
  double lookupSeconds(Connection connection) {
    return connection.lookupSeconds();
  }

  @Gauge(name = "tcp_connect_duration", unit = "seconds", help = "Time taken to establish the TCP connection.")
  double connectSeconds(Connection connection) {
    return connection.connectSeconds();
  }

  @Gauge(name = "ip_protocol", help = "Specifies whether probe ip protocol is IP4 or IP6")
  int ipProtocol(Connection connection) {
    return connection.address() instanceof Inet6Address ? 6 : 4;
  }

  /** An address of the preferred protocol; another one only with {@code ip_protocol_fallback}. */
  private static InetAddress resolve(String host, TcpModule module) throws UnknownHostException {
    InetAddress[] addresses = InetAddress.getAllByName(host);
    for (InetAddress address : addresses) {
      boolean ip4 = address instanceof Inet4Address;
      if (ip4 == (module.preferredIpProtocol() == TcpModule.IpProtocol.IP4)) {
        return address;
      }
    }
    if (module.ipProtocolFallback()) {
      return addresses[0];
    }
    throw new UnknownHostException(host + " has no " + module.preferredIpProtocol().name().toLowerCase(Locale.ROOT)
        + " address, and ip_protocol_fallback is off");
  }
}
