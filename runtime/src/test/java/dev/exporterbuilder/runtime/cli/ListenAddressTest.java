package dev.exporterbuilder.runtime.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ListenAddressTest {

  @ParameterizedTest(name = "\"{0}\" is host \"{1}\" port {2}")
  @CsvSource({
      ":9100, '', 9100",
      "127.0.0.1:9100, 127.0.0.1, 9100",
      "127.0.0.1:0, 127.0.0.1, 0",
      "0.0.0.0:65535, 0.0.0.0, 65535",
      "localhost:8080, localhost, 8080",
      "[::1]:9100, ::1, 9100",
      "[::]:0, ::, 0",
      "[fe80::1%lo]:9100, fe80::1%lo, 9100",
  })
  void parsesHostAndPort(String text, String host, int port) {
    ListenAddress address = ListenAddress.parse(text);
    assertEquals(host, address.host());
    assertEquals(port, address.port());
    assertEquals(text, address.text());
  }

  @ParameterizedTest(name = "\"{0}\" fails with: {1}")
  @CsvSource(delimiter = '|', value = {
      "9100 | missing port",
      "'' | missing port",
      ": | invalid port \"\"",
      "127.0.0.1: | invalid port \"\"",
      "::1:9100 | too many colons",
      "[::1]9100 | missing port",
      "[::1 | missing ']'",
      "[]:9100 | empty host in brackets",
      "host:65536 | port 65536 is outside 0-65535",
      "host:123456 | invalid port \"123456\"",
      "host:http | invalid port \"http\"",
      "host:-1 | invalid port \"-1\"",
      "host: 80 | invalid port \" 80\"",
  })
  void rejectsBadSyntax(String text, String why) {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ListenAddress.parse(text));
    assertTrue(e.getMessage().startsWith("invalid listen address \"" + text + "\": " + why), e.getMessage());
    assertTrue(e.getMessage().endsWith("(use :port, host:port or [ipv6]:port)"), e.getMessage());
  }

  @Test
  void emptyHostBindsEveryInterface() {
    assertTrue(ListenAddress.parse(":9100").socketAddress().getAddress().isAnyLocalAddress());
  }

  @Test
  void unknownHostStaysUnresolved() {
    assertTrue(ListenAddress.parse("no-such-host.invalid:9100").socketAddress().isUnresolved());
  }

  @Test
  void logsTheHostAsGivenWithTheBoundPort() throws Exception {
    InetSocketAddress v4 = new InetSocketAddress(InetAddress.getByName("127.0.0.1"), 43817);
    InetSocketAddress v6 = new InetSocketAddress(InetAddress.getByName("::1"), 43817);
    InetSocketAddress v6Any = new InetSocketAddress(InetAddress.getByName("::"), 9100);
    InetSocketAddress v4Any = new InetSocketAddress(InetAddress.getByName("0.0.0.0"), 9100);
    assertEquals("127.0.0.1:43817", ListenAddress.parse("127.0.0.1:0").withPort(v4));
    assertEquals("localhost:43817", ListenAddress.parse("localhost:0").withPort(v4));
    assertEquals("[::1]:43817", ListenAddress.parse("[::1]:0").withPort(v6));
    assertEquals("[::]:9100", ListenAddress.parse(":9100").withPort(v6Any));
    assertEquals("0.0.0.0:9100", ListenAddress.parse(":9100").withPort(v4Any));
  }
}
