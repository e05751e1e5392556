package dev.exporterbuilder.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.exporterbuilder.testsupport.ExporterProcess;
import dev.exporterbuilder.testsupport.Http;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import jdk.jfr.ValueDescriptor;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedObject;
import jdk.jfr.consumer.RecordingFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A generated exporter in a JVM of its own, given a secret connection string by the environment,
 * by {@code --data-source-name.file} and by {@code --data-source-name}: the value reaches the field
 * (the exporter exposes its length), and no page, log line or flight recording holds it.
 */
class SecretFlagsTest {

  private static final String ENV = "SECRET_IT_DATA_SOURCE_NAME";
  private static final String LOCAL = "--web.listen-address=127.0.0.1:0";

  private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

  @Test
  void aSecretFromTheEnvironment(@TempDir Path directory) throws Exception {
    String secret = "postgresql://it:env-pa55-7731@127.0.0.1:5432/db";
    try (ExporterProcess process = ExporterProcess.start(Map.of(ENV, secret), SecretExporterMain.class, LOCAL,
        "--profiling")) {
      checkEverywhere(process, secret, directory);
      assertTrue(process.stderr().stream().anyMatch(line -> line.contains(" level=warn ")
          && line.contains("err=\"IOException: connection refused: <secret>\"")), process.describe());
    }
  }

  @Test
  void aSecretFromAFileWithoutItsLineBreakBeatsTheEnvironment(@TempDir Path directory) throws Exception {
    String secret = "postgresql://it:file-pa55-4410@127.0.0.1:5432/db";
    Path file = Files.writeString(directory.resolve("dsn"), secret + "\n");
    try (ExporterProcess process = ExporterProcess.start(Map.of(ENV, "postgresql://other"), SecretExporterMain.class,
        LOCAL, "--profiling", "--data-source-name.file=" + file)) {
      checkEverywhere(process, secret, directory);
      assertTrue(process.stderr().stream().anyMatch(line -> line.contains(" level=warn ")
          && line.contains("err=\"IOException: connection refused: <secret>\"")), process.describe());
    }
  }

  @Test
  void aSecretOnTheCommandLine(@TempDir Path directory) throws Exception {
    String secret = "postgresql://it:cli-pa55-9902@127.0.0.1:5432/db";
    try (ExporterProcess process = ExporterProcess.start(Map.of(ENV, "postgresql://other"), SecretExporterMain.class,
        LOCAL, "--profiling", "--data-source-name=" + secret)) {
      checkEverywhere(process, secret, directory);
    }
  }

  @Test
  void theEnvironmentGivesAPlainFlagAndHelpNamesTheVariables() throws Exception {
    try (ExporterProcess process = ExporterProcess.start(Map.of("SECRET_IT_USER", "exporter", ENV, "help-secret-1234"),
        SecretExporterMain.class, LOCAL)) {
      Map<String, Double> samples = Http.samples(Http.scrape(process.awaitListening()));
      assertEquals(8.0, samples.get("secret_it_user_length"), samples.toString());
      assertEquals(16.0, samples.get("secret_it_data_source_name_length"), samples.toString());
    }
    try (ExporterProcess process = ExporterProcess.start(Map.of(ENV, "help-secret-1234"), SecretExporterMain.class,
        "--help")) {
      assertEquals(0, process.awaitExit(), process.describe());
      String help = String.join("\n", process.stdout());
      assertTrue(help.contains("Connection string, with the password. ($SECRET_IT_DATA_SOURCE_NAME)"), help);
      assertTrue(help.contains("--data-source-name.file=FILE"), help);
      assertTrue(help.contains("Database user. (default: postgres) ($SECRET_IT_USER)"), help);
      assertFalse(help.contains("help-secret-1234"), help);
    }
  }

  @Test
  void aStartupFailureDoesNotShowTheSecretInEitherLogFormat() throws Exception {
    String secret = "postgresql://it:init-pa55-5120@127.0.0.1:5432/db";
    try (ExporterProcess process = ExporterProcess.start(Map.of(ENV, secret), SecretExporterMain.class, LOCAL,
        "--fail-init")) {
      assertEquals(1, process.awaitExit(), process.describe());
      String stderr = String.join("\n", process.stderr());
      assertTrue(stderr.contains("level=error msg=\"Cannot initialise\"")
          && stderr.contains("err=\"IOException: cannot open <secret>\""), stderr);
      assertFalse(stderr.contains(secret), stderr);
    }
    try (ExporterProcess process = ExporterProcess.start(Map.of(ENV, secret), SecretExporterMain.class, LOCAL,
        "--fail-init", "--log.format=json")) {
      assertEquals(1, process.awaitExit(), process.describe());
      String stderr = String.join("\n", process.stderr());
      assertTrue(stderr.contains("\"msg\":\"Cannot initialise\"")
          && stderr.contains("\"err\":\"IOException: cannot open <secret>\""), stderr);
      assertFalse(stderr.contains(secret), stderr);
    }
  }

  @Test
  void anUnreadableFileEndsWithOneLineAndStatus1(@TempDir Path directory) throws Exception {
    Path missing = directory.resolve("missing");
    try (ExporterProcess process = ExporterProcess.start(Map.of(), SecretExporterMain.class, LOCAL,
        "--data-source-name.file=" + missing)) {
      assertEquals(1, process.awaitExit(), process.describe());
      assertEquals(1, process.stderr().size(), process.describe());
      assertTrue(process.stderr().get(0).endsWith(" level=error msg=\"Cannot read flag file\" flag=--data-source-name.file"
          + " file=" + missing + " err=\"NoSuchFileException: " + missing + "\""), process.describe());
    }
  }

  @Test
  void aFlagAndItsFileTogetherAreAUsageError(@TempDir Path directory) throws Exception {
    Path file = Files.writeString(directory.resolve("dsn"), "postgresql://it:both-pa55@db/x");
    try (ExporterProcess process = ExporterProcess.start(Map.of(), SecretExporterMain.class, LOCAL,
        "--data-source-name.file=" + file, "--data-source-name=postgresql://it:both-pa55@db/x")) {
      assertEquals(2, process.awaitExit(), process.describe());
      assertEquals("secret-it: error: --data-source-name and --data-source-name.file are both given; give one",
          process.stderr().get(0));
    }
  }

  /**
   * The value reached the field; then every place a secret could leak: /metrics, the landing page,
   * an error body that echoes the request, the thread dump, a flight recording, and the log.
   */
  private void checkEverywhere(ExporterProcess process, String secret, Path directory) throws Exception {
    InetSocketAddress address = process.awaitListening();
    String metrics = Http.scrape(address);
    assertEquals((double) secret.length(), Http.samples(metrics).get("secret_it_data_source_name_length"), metrics);
    assertFalse(metrics.contains(secret), metrics);
    assertFalse(Http.get(address, "/").body().contains(secret));
    HttpResponse<String> echoed = Http.get(address,
        "/debug/jfr?seconds=" + URLEncoder.encode(secret, StandardCharsets.UTF_8));
    assertEquals(400, echoed.statusCode());
    assertEquals("seconds must be a whole number from 1 to 300, not \"<secret>\"\n", echoed.body());
    String threads = Http.get(address, "/debug/threads").body();
    assertTrue(threads.contains("\"main\""), threads);
    assertFalse(threads.contains(secret), threads);

    HttpResponse<byte[]> recording = http.send(HttpRequest.newBuilder(URI.create(
            "http://127.0.0.1:" + address.getPort() + "/debug/jfr?seconds=1")).timeout(Duration.ofSeconds(60)).build(),
        HttpResponse.BodyHandlers.ofByteArray());
    assertEquals(200, recording.statusCode());
    Path file = Files.write(directory.resolve("exporter.jfr"), recording.body());
    List<String> found = new ArrayList<>();
    int[] events = {0};
    for (RecordedEvent event : RecordingFile.readAllEvents(file)) {
      events[0]++;
      strings(event, text -> {
        if (text.contains(secret)) {
          found.add(event.getEventType().getName() + ": " + text.substring(0, Math.min(text.length(), 200)));
        }
      });
    }
    assertTrue(events[0] > 100, "a recording with events: " + events[0]);
    assertEquals(List.of(), found);

    process.terminate();
    assertEquals(0, process.awaitExit(), process.describe());
    String output = String.join("\n", process.stderr()) + String.join("\n", process.stdout());
    assertFalse(output.contains(secret), output);
  }

  /** Every string in an event's fields, nested objects and arrays included; each object once. */
  private static void strings(RecordedObject object, Consumer<String> sink) {
    strings(object, sink, java.util.Collections.newSetFromMap(new IdentityHashMap<>()));
  }

  private static void strings(Object value, Consumer<String> sink, Set<Object> seen) {
    if (value instanceof String text) {
      sink.accept(text);
    } else if (value instanceof RecordedObject object && seen.add(object)) {
      for (ValueDescriptor field : object.getFields()) {
        strings(object.getValue(field.getName()), sink, seen);
      }
    } else if (value instanceof Object[] array) {
      for (Object element : array) {
        strings(element, sink, seen);
      }
    } else if (value instanceof List<?> list) {
      for (Object element : list) {
        strings(element, sink, seen);
      }
    }
  }
}
