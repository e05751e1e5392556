package dev.exporterbuilder.runtime.generated;

import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.function.Function;

/**
 * The type a probe takes its target as, with the parser that turns the {@code target} parameter of
 * a {@code /probe} request into it. A parser throws {@link IllegalArgumentException} with a one-line
 * reason, which the request is answered with (400); the probe is then never called.
 *
 * @param <T> the target's type, the first parameter of the probe's {@code @Reading} method
 */
public final class ProbeTarget<T> {

  /** The text as given. */
  public static final ProbeTarget<String> STRING = new ProbeTarget<>("String", "example.org", text -> text);

  /** An absolute URI with a host, such as {@code https://example.org/health}. */
  public static final ProbeTarget<URI> URI = new ProbeTarget<>("URI", "https://example.org/", ProbeTarget::uri);

  /** {@code host:port} or {@code [ipv6]:port}, port 1-65535, unresolved: the probe resolves it. */
  public static final ProbeTarget<InetSocketAddress> SOCKET_ADDRESS =
      new ProbeTarget<>("InetSocketAddress", "example.org:443", ProbeTarget::socketAddress);

  private final String typeName;
  private final String example;
  private final Function<String, T> parser;

  private ProbeTarget(String typeName, String example, Function<String, T> parser) {
    this.typeName = typeName;
    this.example = example;
    this.parser = parser;
  }

  /** A target of this type, for the landing page's example link. */
  public String example() {
    return example;
  }

  /** The simple name of the target's type, for the landing page. */
  public String typeName() {
    return typeName;
  }

  /**
   * The target {@code text} stands for.
   *
   * @throws IllegalArgumentException with the reason, if {@code text} is not a target of this type
   */
  public T parse(String text) {
    return parser.apply(text);
  }

  private static URI uri(String text) {
    URI uri;
    try {
      uri = new URI(text);
    } catch (URISyntaxException e) {
      throw new IllegalArgumentException("target is not a URI: " + e.getMessage());
    }
    if (!uri.isAbsolute()) {
      throw new IllegalArgumentException("target \"" + text + "\" is not an absolute URI; write a scheme such as https://");
    }
    if (uri.isOpaque() || uri.getHost() == null) {
      throw new IllegalArgumentException("target \"" + text + "\" has no host; write a URI such as https://example.org/");
    }
    return uri;
  }

  private static InetSocketAddress socketAddress(String text) {
    String host;
    String port;
    if (text.startsWith("[")) {
      int close = text.indexOf(']');
      if (close < 0 || close + 1 >= text.length() || text.charAt(close + 1) != ':') {
        throw new IllegalArgumentException("target \"" + text + "\" is not [address]:port");
      }
      host = text.substring(1, close);
      port = text.substring(close + 2);
      if (!isIpv6Literal(host)) {
        throw new IllegalArgumentException("target \"" + text + "\": \"" + host
            + "\" is not an IPv6 address; write host:port without brackets");
      }
    } else {
      int colon = text.lastIndexOf(':');
      if (colon < 0 || text.indexOf(':') != colon) {
        throw new IllegalArgumentException("target \"" + text + "\" is not host:port (an IPv6 address needs brackets: [::1]:9100)");
      }
      host = text.substring(0, colon);
      port = text.substring(colon + 1);
    }
    if (host.isEmpty() || host.chars().anyMatch(c -> c == '/' || c == '@' || c == ' ' || c == '?' || c == '#')) {
      throw new IllegalArgumentException("target \"" + text + "\" has no valid host");
    }
    int number;
    try {
      number = port.length() <= 5 && port.chars().allMatch(Character::isDigit) ? Integer.parseInt(port) : -1;
    } catch (NumberFormatException e) {
      number = -1;
    }
    if (number < 1 || number > 65535) {
      throw new IllegalArgumentException("target \"" + text + "\" has port \"" + port + "\"; write a port 1-65535");
    }
    return InetSocketAddress.createUnresolved(host, number);
  }

  /** Whether {@code host} is written as an IPv6 address (hex digits, colons, an IPv4 tail, a zone). */
  private static boolean isIpv6Literal(String host) {
    int zone = host.indexOf('%');
    String address = zone < 0 ? host : host.substring(0, zone);
    return address.indexOf(':') >= 0
        && address.chars().allMatch(c -> Character.digit(c, 16) >= 0 || c == ':' || c == '.');
  }
}
