package dev.exporterbuilder.runtime.cli;

import java.net.Inet6Address;
import java.net.InetSocketAddress;

/**
 * A {@code --web.listen-address} value, in Go's {@code host:port} syntax: {@code :9100} (every
 * interface), {@code 127.0.0.1:9100}, {@code localhost:9100}, {@code [::1]:9100}; port 0 asks the
 * system for a free port.
 *
 * @param text the value as given
 * @param host the host without brackets; empty for every interface
 * @param port 0 to 65535
 */
public record ListenAddress(String text, String host, int port) {

  private static final String SYNTAX = " (use :port, host:port or [ipv6]:port)";

  /**
   * Parses {@code text}; the host is not resolved here.
   *
   * @throws IllegalArgumentException with a one-line message
   */
  static ListenAddress parse(String text) {
    String host;
    String port;
    if (text.startsWith("[")) {
      int close = text.indexOf(']');
      if (close < 0) {
        throw invalid(text, "missing ']'");
      }
      host = text.substring(1, close);
      if (host.isEmpty() || !text.startsWith(":", close + 1)) {
        throw invalid(text, host.isEmpty() ? "empty host in brackets" : "missing port");
      }
      port = text.substring(close + 2);
    } else {
      int colon = text.lastIndexOf(':');
      if (colon < 0) {
        throw invalid(text, "missing port");
      }
      host = text.substring(0, colon);
      if (host.indexOf(':') >= 0) {
        throw invalid(text, "too many colons (write an IPv6 host in brackets)");
      }
      port = text.substring(colon + 1);
    }
    if (port.isEmpty() || port.length() > 5 || !port.chars().allMatch(c -> c >= '0' && c <= '9')) {
      throw invalid(text, "invalid port \"" + port + "\"");
    }
    int number = Integer.parseInt(port);
    if (number > 65535) {
      throw invalid(text, "port " + number + " is outside 0-65535");
    }
    return new ListenAddress(text, host, number);
  }

  /** The address to bind; a host that does not resolve is left unresolved and fails the bind. */
  public InetSocketAddress socketAddress() {
    return host.isEmpty() ? new InetSocketAddress(port) : new InetSocketAddress(host, port);
  }

  /** This address with the port actually bound, as logged: {@code 127.0.0.1:43817}, {@code [::]:9100}. */
  public String withPort(InetSocketAddress bound) {
    String shownHost;
    if (host.isEmpty()) {
      shownHost = bound.getAddress() instanceof Inet6Address ? "[::]" : "0.0.0.0";
    } else {
      shownHost = host.indexOf(':') >= 0 ? "[" + host + "]" : host;
    }
    return shownHost + ":" + bound.getPort();
  }

  @Override
  public String toString() {
    return text;
  }

  private static IllegalArgumentException invalid(String text, String why) {
    return new IllegalArgumentException("invalid listen address \"" + text + "\": " + why + SYNTAX);
  }
}
