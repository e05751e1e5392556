package dev.exporterbuilder.example;

/**
 * A module of the {@code tcp} probe, from {@code --config.file}, named as blackbox_exporter's
 * {@code tcp} module settings are:
 *
 * <pre>
 * modules:
 *   tcp_connect:
 *     prober: tcp
 *     timeout: 5s
 *     tcp:
 *       preferred_ip_protocol: ip4
 *       ip_protocol_fallback: true
 * </pre>
 *
 * @param preferredIpProtocol the address family to connect over
 * @param ipProtocolFallback whether another family will do when the host has none of the preferred one
 */
public record TcpModule(IpProtocol preferredIpProtocol, boolean ipProtocolFallback) {

  /** {@code ip4} or {@code ip6} in the file. */
  public enum IpProtocol { IP4, IP6 }
}
