package ${package};

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.OptionalDouble;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Runs {@code target/${artifactId}.jar}, the one file to deploy, as an operator would, and scrapes it. */
class ${exporterClass}JarIT {

  private static final Path JAR = Path.of(System.getProperty("exporter.jar", "target/${artifactId}.jar"));
  /** The log line of each listener: {@code level=info msg="Listening on" address=127.0.0.1:43817}. */
  private static final Pattern LISTENING = Pattern.compile("msg=\"Listening on\" address=(\\S+):(\\d+)");

  @Test
  void theJarServesMetricsAndStopsOnSigterm() throws Exception {
    assertTrue(Files.isRegularFile(JAR), JAR + " is missing: run mvn verify");
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Process process = new ProcessBuilder(java, "-jar", JAR.toString(), "--web.listen-address=127.0.0.1:0").start();
    process.getOutputStream().close();
    List<String> log = new CopyOnWriteArrayList<>();
    LinkedBlockingQueue<String> lines = new LinkedBlockingQueue<>();
    Thread reader = new Thread(() -> {
      try (BufferedReader stderr = new BufferedReader(
          new InputStreamReader(process.getErrorStream(), StandardCharsets.UTF_8))) {
        for (String line = stderr.readLine(); line != null; line = stderr.readLine()) {
          log.add(line);
          lines.add(line);
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }, "exporter-stderr");
    reader.setDaemon(true);
    reader.start();
    try {
      InetSocketAddress address = awaitListening(process, lines);
      assertNotNull(address, () -> "no \"Listening on\" line within 60 s, or the exporter exited; the log:\n"
          + String.join("\n", log));

      Scrape metrics = Scrape.of(address);
      assertEquals(OptionalDouble.of(1), metrics.value("${namespace}_scrape_collector_success{collector=\"host\"}"),
          metrics::toString);
      assertTrue(metrics.hasHelp("${namespace}_processors"), metrics::toString);

      process.destroy(); // SIGTERM: the exporter lets scrapes in flight finish and exits 0
      assertTrue(process.waitFor(30, TimeUnit.SECONDS), "still running 30 s after SIGTERM");
      if (!System.getProperty("os.name").startsWith("Windows")) { // where destroy() is no SIGTERM
        assertEquals(0, process.exitValue(), () -> String.join("\n", log));
      }
    } finally {
      process.destroyForcibly();
    }
  }

  /** The address of the first "Listening on" line; null if none comes within 60 s or the exporter exits first. */
  private static InetSocketAddress awaitListening(Process process, LinkedBlockingQueue<String> lines)
      throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
    while (System.nanoTime() < deadline) {
      String line = lines.poll(100, TimeUnit.MILLISECONDS);
      if (line == null) {
        if (!process.isAlive()) {
          return null;
        }
        continue;
      }
      Matcher listening = LISTENING.matcher(line);
      if (listening.find()) {
        return new InetSocketAddress(listening.group(1), Integer.parseInt(listening.group(2)));
      }
    }
    return null;
  }
}
