package dev.exporterbuilder.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.exporterbuilder.runtime.ExporterRuntime;
import dev.exporterbuilder.runtime.RunningExporter;
import dev.exporterbuilder.testsupport.ExporterProcess;
import dev.exporterbuilder.testsupport.Http;
import java.net.InetSocketAddress;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * {@code @Reading} served over HTTP: one reading per collector run, shared by the members that take
 * it; and the WARN lines of failed runs, one per collector and cause.
 */
class ReadingTest {

  private RunningExporter exporter;

  @AfterEach
  void stop() {
    if (exporter != null) {
      exporter.close();
    }
  }

  private InetSocketAddress start() throws Exception {
    exporter = ExporterRuntime.start(ReadingExporterMain.definition(), "--web.listen-address=127.0.0.1:0");
    return exporter.addresses().get(0);
  }

  private static Map<String, Double> scrape(InetSocketAddress address) throws Exception {
    HttpResponse<String> response = Http.get(address, "/metrics");
    assertEquals(200, response.statusCode(), response.body());
    return Http.samples(response.body());
  }

  @Test
  void eachScrapeReadsOnceAndEveryMemberReceivesThatReading() throws Exception {
    InetSocketAddress address = start();
    for (int scrape = 0; scrape < 5; scrape++) {
      int before = StatReading.READS.get();
      Map<String, Double> samples = scrape(address);

      assertEquals(before + 1, StatReading.READS.get(), "one reading per run, for three members that take it");
      assertEquals(before + 1, samples.get("reading_it_first_sequence"));
      assertEquals(before + 1, samples.get("reading_it_second_sequence"));
      assertEquals(before + 1, samples.get("reading_it_readings_total"));
      assertEquals(1.0, samples.get("reading_it_constant"));
      assertEquals(1.0, samples.get("reading_it_scrape_collector_success{collector=\"stat\"}"));
    }
  }

  @Test
  void aCachedCollectorReadsOncePerRefreshNotPerScrape() throws Exception {
    int before = CachedReading.READS.get();
    InetSocketAddress address = start();
    for (int scrape = 0; scrape < 4; scrape++) {
      Map<String, Double> samples = scrape(address);

      assertEquals(before + 1, samples.get("reading_it_cached_sequence"));
      assertEquals(before + 1, samples.get("reading_it_cached_sequence_again"));
      assertEquals(1.0, samples.get("reading_it_scrape_collector_success{collector=\"cached_stat\"}"));
    }
    assertEquals(before + 1, CachedReading.READS.get(), "four scrapes within the hour's cache, one reading");
  }

  @Test
  void aReadingThatThrowsOrReturnsNullCostsTheWholeCollectorAndNoMemberIsRead() throws Exception {
    int calls = BrokenReading.MEMBER_CALLS.get();
    Map<String, Double> samples = scrape(start());

    assertEquals(0.0, samples.get("reading_it_scrape_collector_success{collector=\"broken_reading\"}"));
    assertEquals(0.0, samples.get("reading_it_scrape_collector_success{collector=\"null_reading\"}"));
    for (String family : List.of("reading_it_read_length", "reading_it_unread", "reading_it_null_length")) {
      assertFalse(samples.containsKey(family), family + " should have no sample");
    }
    assertEquals(calls, BrokenReading.MEMBER_CALLS.get(), "no member is read after a failed reading");
    assertEquals(1.0, samples.get("reading_it_scrape_collector_success{collector=\"stat\"}"), "others go on");
  }

  @Test
  void eachCollectorRunLogsOneWarningPerCauseNotOnePerMember() throws Exception {
    try (ExporterProcess process = ExporterProcess.start(ReadingExporterMain.class,
        "--web.listen-address=127.0.0.1:0")) {
      InetSocketAddress address = process.awaitListening();
      for (int i = 0; i < 3; i++) {
        assertEquals(200, Http.get(address, "/metrics").statusCode());
      }
      process.terminate();
      process.awaitExit();
      List<String> stderr = process.stderr();

      List<String> broken = warnings(stderr, "broken_reading");
      assertEquals(1, broken.size(), "three failed runs of a collector with two members, one warning: " + stderr);
      assertTrue(broken.get(0).contains("members=1 failed=read() err=\"IOException: /nonexistent/stat not found\""),
          broken.get(0));
      List<String> nulls = warnings(stderr, "null_reading");
      assertEquals(1, nulls.size(), stderr.toString());
      assertTrue(nulls.get(0).contains("failed=read() err=\"NullPointerException: read() returned null\""),
          nulls.get(0));

      List<String> missing = warnings(stderr, "missing_files");
      assertEquals(2, missing.size(), "six failed members, two causes, three scrapes: two lines: " + stderr);
      assertTrue(missing.get(0).contains("members=5 failed=\"memTotal(), memFree(), memAvailable(), buffers(),"
          + " cached()\" err=\"NoSuchFileException: /nonexistent/meminfo\""), missing.get(0));
      assertTrue(missing.get(1).contains("members=1 failed=fileDescriptors()"
          + " err=\"NoSuchFileException: /nonexistent/file-nr\""), missing.get(1));
      assertTrue(stderr.stream().noneMatch(line -> line.startsWith("\tat ")), "no stack trace: " + stderr);
    }
  }

  private static List<String> warnings(List<String> log, String collector) {
    return log.stream().filter(line -> line.contains("level=warn") && line.contains("collector=" + collector)).toList();
  }
}
