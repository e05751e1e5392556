package dev.exporterbuilder.example;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Finds the binaries of the Debian package {@code prometheus}. Without them the test is skipped on a
 * developer's machine and fails on CI (environment variable {@code CI} set), where skipping would
 * hide that nothing was checked.
 */
final class PrometheusTools {

  private PrometheusTools() {}

  /** The path of {@code binary} ({@code prometheus} or {@code promtool}) on PATH or in /usr/bin. */
  static Path require(String binary) {
    Optional<Path> found = find(binary);
    String message = binary + " not found on PATH or in /usr/bin: install the Debian package `prometheus`"
        + " (sudo apt-get install -y prometheus)";
    if (found.isEmpty()) {
      if (System.getenv("CI") != null) {
        fail(message);
      }
      assumeTrue(false, message);
    }
    return found.get();
  }

  private static Optional<Path> find(String binary) {
    String path = System.getenv().getOrDefault("PATH", "");
    return Stream.concat(Stream.of(path.split(File.pathSeparator)), Stream.of("/usr/bin"))
        .filter(directory -> !directory.isEmpty())
        .map(directory -> Path.of(directory, binary))
        .filter(Files::isExecutable)
        .findFirst();
  }

  /** A loopback port that was free a moment ago. */
  static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      return socket.getLocalPort();
    }
  }
}
