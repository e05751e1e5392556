package dev.exporterbuilder.example.postgres;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.exporterbuilder.testsupport.ExporterProcess;
import dev.exporterbuilder.testsupport.Http;
import dev.exporterbuilder.testsupport.PostgresServer;
import java.net.InetSocketAddress;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The example when PostgreSQL is down or hangs, on one private cluster: stopped, every scrape still
 * answers 200 at once with {@code pg_up 0}, and the first scrape after a restart connects again;
 * frozen (SIGSTOP, so that connections are accepted by the kernel but never answered), a scrape
 * answers within Prometheus's scrape timeout, and once thawed the exporter recovers by itself.
 */
class PostgresOutageIT {

  /** The scrape timeout Prometheus announces in {@code X-Prometheus-Scrape-Timeout-Seconds}. */
  private static final int SCRAPE_TIMEOUT_SECONDS = 4;
  /** The bound of every collector of the example ({@code timeout = "5s"}). */
  private static final long COLLECTOR_TIMEOUT_MILLIS = 5_000;
  /** How long the exporter may take to recover once PostgreSQL answers again: generous, for shared machines. */
  private static final long RECOVERY_MILLIS = 60_000;

  private static PostgresServer postgres;

  @BeforeAll
  static void startPostgres() throws Exception {
    postgres = PostgresServer.start();
  }

  @AfterAll
  static void stopPostgres() {
    if (postgres != null) {
      postgres.close();
    }
  }

  @Test
  void stoppedIsDownAtOnceAndRestartedIsUpAtTheNextScrape() throws Exception {
    try (ExporterProcess example = start()) {
      InetSocketAddress address = example.awaitListening();
      assertEquals(1.0, up(Http.scrape(address)), example::describe);

      postgres.stop();
      try {
        for (int scrape = 0; scrape < 3; scrape++) {
          long started = System.nanoTime();
          HttpResponse<String> response = Http.get(address, "/metrics");
          long millis = (System.nanoTime() - started) / 1_000_000;
          assertEquals(200, response.statusCode(), response.body());
          assertEquals(0.0, up(response.body()), response.body());
          assertTrue(millis < COLLECTOR_TIMEOUT_MILLIS, "a scrape with PostgreSQL stopped took " + millis + " ms");
        }
      } finally {
        postgres.restart();
      }

      String metrics = Http.scrape(address);
      assertEquals(1.0, up(metrics), metrics);
      assertEquals(Map.of(), failedCollectors(metrics), metrics);
    }
  }

  @Test
  void frozenAnswersWithinTheScrapeTimeoutAndThawedRecovers() throws Exception {
    try (ExporterProcess example = start()) {
      InetSocketAddress address = example.awaitListening();
      assertEquals(1.0, up(Http.scrape(address)), example::describe);

      postgres.freeze();
      try {
        for (int scrape = 0; scrape < 2; scrape++) {
          long started = System.nanoTime();
          HttpResponse<String> response = Http.get(address, "/metrics", "X-Prometheus-Scrape-Timeout-Seconds",
              Integer.toString(SCRAPE_TIMEOUT_SECONDS));
          long millis = (System.nanoTime() - started) / 1_000_000;
          assertEquals(200, response.statusCode(), response.body());
          assertTrue(millis < SCRAPE_TIMEOUT_SECONDS * 1000L,
              "a scrape with PostgreSQL frozen took " + millis + " ms, past the scrape timeout");
          assertTrue(!failedCollectors(response.body()).isEmpty(), response.body());
        }
      } finally {
        postgres.thaw();
      }

      long deadline = System.nanoTime() + RECOVERY_MILLIS * 1_000_000;
      String metrics = Http.scrape(address);
      while (!(up(metrics) == 1.0 && failedCollectors(metrics).isEmpty())) {
        if (System.nanoTime() > deadline) {
          fail("not recovered " + RECOVERY_MILLIS + " ms after PostgreSQL was thawed:\n" + metrics + example.describe()
              + "\nserver log:\n" + postgres.log());
        }
        Thread.sleep(500);
        metrics = Http.scrape(address);
      }
    }
  }

  private static ExporterProcess start() throws Exception {
    assertTrue(Files.isRegularFile(PostgresParityIT.JAR), PostgresParityIT.JAR + " is missing: run mvn package");
    return ExporterProcess.startJar(PostgresParityIT.JAR, Map.of("DATA_SOURCE_NAME", postgres.dataSourceName()),
        "--web.listen-address=127.0.0.1:0", "--web.disable-exporter-metrics");
  }

  /** The value of {@code pg_up}; NaN when the scrape has none. */
  private static double up(String metrics) {
    return Http.samples(metrics).getOrDefault("pg_up", Double.NaN);
  }

  /** The collectors whose {@code pg_scrape_collector_success} is not 1, with their value. */
  private static SortedMap<String, Double> failedCollectors(String metrics) {
    SortedMap<String, Double> failed = new TreeMap<>();
    Http.samples(metrics).forEach((series, value) -> {
      if (series.startsWith("pg_scrape_collector_success{") && value != 1.0) {
        failed.put(series, value);
      }
    });
    return failed;
  }
}
