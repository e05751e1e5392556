package dev.exporterbuilder.runtime.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.exporterbuilder.runtime.GaugeCollector;
import dev.exporterbuilder.runtime.generated.CollectorDefinition;
import dev.exporterbuilder.runtime.generated.ExporterDefinition;
import dev.exporterbuilder.runtime.generated.FlagDefinition;
import dev.exporterbuilder.runtime.process.BuildInfo;
import dev.exporterbuilder.runtime.process.Log;
import dev.exporterbuilder.runtime.process.StartupFailure;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class OptionsTest {

  enum Unit { CELSIUS, FAHRENHEIT }

  /** What each flag's target received; a flag not given must not appear. */
  private final Map<String, Object> applied = new ConcurrentHashMap<>();

  private final ExporterDefinition definition = ExporterDefinition.builder("cpu-temp", 9105, OptionsTest.class)
      .help("Reads CPU temperatures.")
      .flag(FlagDefinition.of("path.sysfs", "sysfs mountpoint.", Path.class, Path.of("/sys"), v -> applied.put("path.sysfs", v)))
      .flag(FlagDefinition.of("label", "A label.", String.class, "cpu", v -> applied.put("label", v)))
      .flag(FlagDefinition.of("count", "A count.", Integer.class, 3, v -> applied.put("count", v)))
      .flag(FlagDefinition.of("big", "A long.", Long.class, 10L, v -> applied.put("big", v)))
      .flag(FlagDefinition.of("ratio", "A ratio.", Double.class, 0.5, v -> applied.put("ratio", v)))
      .flag(FlagDefinition.of("verbose", "Be verbose.", Boolean.class, false, v -> applied.put("verbose", v)))
      .flag(FlagDefinition.of("cache", "Use the cache.", Boolean.class, true, v -> applied.put("cache", v)))
      .flag(FlagDefinition.of("collector.thermal.interval", "How often.", Duration.class, Duration.ofSeconds(90),
          v -> applied.put("interval", v)))
      .flag(FlagDefinition.of("collector.thermal.unit", "Unit.", Unit.class, Unit.CELSIUS, v -> applied.put("unit", v)))
      .flag(FlagDefinition.stringList("collector.thermal.zone", "Zones to read.", List.of("zone0"), v -> applied.put("zone", v)))
      .collector(CollectorDefinition.of("thermal", true, new GaugeCollector("t_a", 1, null)))
      .collector(CollectorDefinition.of("fan", true, new GaugeCollector("t_b", 1, null)))
      .collector(CollectorDefinition.of("spare", false, new GaugeCollector("t_c", 1, null)))
      .build();

  private Options parse(String... args) throws StartupFailure {
    Options options = Options.parse(definition, Map.of(), args);
    options.applyFlags();
    return options;
  }

  private static List<String> names(List<CollectorDefinition> collectors) {
    return collectors.stream().map(CollectorDefinition::name).collect(Collectors.toList());
  }

  @Test
  void defaultsAreNodeExporters() throws Exception {
    Options options = parse();
    assertEquals(List.of(ListenAddress.parse(":9105")), options.listenAddresses());
    assertEquals("/metrics", options.telemetryPath());
    assertEquals(40, options.maxRequests());
    assertFalse(options.disableExporterMetrics());
    assertEquals(Log.Level.INFO, options.logLevel());
    assertEquals(Log.Format.LOGFMT, options.logFormat());
    assertEquals(List.of("thermal", "fan"), names(options.enabledCollectors()));
    assertFalse(options.helpRequested());
    assertFalse(options.versionRequested());
  }

  @Test
  void flagsNotGivenAreNotApplied() throws Exception {
    parse();
    assertEquals(Map.of(), applied);
  }

  @Test
  void typedFlagsAreConvertedAndApplied() throws Exception {
    parse("--path.sysfs=/host/sys", "--label", "gpu", "--count=7", "--big", "12345678901", "--ratio=0.25",
        "--verbose", "--no-cache", "--collector.thermal.interval=1m30s", "--collector.thermal.unit=fahrenheit",
        "--collector.thermal.zone=a", "--collector.thermal.zone", "b");
    assertEquals(Path.of("/host/sys"), applied.get("path.sysfs"));
    assertEquals("gpu", applied.get("label"));
    assertEquals(7, applied.get("count"));
    assertEquals(12345678901L, applied.get("big"));
    assertEquals(0.25, applied.get("ratio"));
    assertEquals(true, applied.get("verbose"));
    assertEquals(false, applied.get("cache"));
    assertEquals(Duration.ofSeconds(90), applied.get("interval"));
    assertEquals(Unit.FAHRENHEIT, applied.get("unit"));
    assertEquals(List.of("a", "b"), applied.get("zone"));
    assertEquals(10, applied.size());
  }

  @Test
  void onlyTheFlagsGivenAreApplied() throws Exception {
    parse("--count", "0");
    assertEquals(Map.of("count", 0), applied);
  }

  @Test
  void booleanFlagsTakeAnExplicitValueToo() throws Exception {
    parse("--cache=false", "--verbose=true");
    assertEquals(Map.of("cache", false, "verbose", true), applied);
  }

  @Test
  void listenAddressIsRepeatable() throws Exception {
    Options options = parse("--web.listen-address=127.0.0.1:9200", "--web.listen-address", "[::1]:0");
    assertEquals(List.of(ListenAddress.parse("127.0.0.1:9200"), ListenAddress.parse("[::1]:0")), options.listenAddresses());
  }

  @Test
  void standardFlagsInBothSyntaxes() throws Exception {
    Options options = parse("--web.telemetry-path", "/custom", "--web.max-requests=0", "--web.disable-exporter-metrics",
        "--log.level=DEBUG", "--log.format", "json");
    assertEquals("/custom", options.telemetryPath());
    assertEquals(0, options.maxRequests());
    assertTrue(options.disableExporterMetrics());
    assertEquals(Log.Level.DEBUG, options.logLevel());
    assertEquals(Log.Format.JSON, options.logFormat());
  }

  @ParameterizedTest(name = "{0} → {1}")
  @CsvSource(delimiter = '|', value = {
      "--no-collector.thermal | fan",
      "--collector.spare | thermal,fan,spare",
      "--no-collector.thermal --no-collector.fan | ''",
      "--no-collector.thermal --collector.thermal | thermal,fan",
      "--collector.thermal=false | fan",
      "--collector.disable-defaults | ''",
      "--collector.disable-defaults --collector.spare | spare",
      "--collector.disable-defaults --collector.fan --collector.spare | fan,spare",
      "--collector.disable-defaults --no-collector.fan | ''",
      "--collector.disable-defaults --no-collector.disable-defaults | thermal,fan",
  })
  void collectorFlags(String args, String enabled) throws Exception {
    Options options = parse(args.split(" "));
    List<String> expected = enabled.isEmpty() ? List.of() : List.of(enabled.split(","));
    assertEquals(expected, names(options.enabledCollectors()));
  }

  @Test
  void helpAndVersionAreRecognised() throws Exception {
    assertTrue(parse("-h").helpRequested());
    assertTrue(parse("--help").helpRequested());
    assertTrue(parse("--version").versionRequested());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "--nope | Unknown option: '--nope'",
      "extra | Unmatched argument at index 0: 'extra'",
      "--web.listen-address=9100 | invalid listen address \"9100\": missing port (use :port, host:port or [ipv6]:port)",
      "--web.listen-address=host:99999 | invalid listen address \"host:99999\": port 99999 is outside 0-65535",
      "--web.listen-address | Missing required parameter for option '--web.listen-address'",
      "--web.telemetry-path= | Invalid value for option '--web.telemetry-path': must not be empty",
      "--web.telemetry-path=metrics | Invalid value for option '--web.telemetry-path': \"metrics\" must start with \"/\"",
      "--web.telemetry-path | Missing required parameter for option '--web.telemetry-path'",
      "--web.max-requests=-1 | Invalid value for option '--web.max-requests': -1 is negative (use 0 for no limit)",
      "--web.max-requests=many | Invalid value for option '--web.max-requests': 'many' is not an int",
      "--log.level=trace | Invalid value for option '--log.level': unknown log level \"trace\" (use debug, info, warn, error)",
      "--log.format=xml | Invalid value for option '--log.format': unknown log format \"xml\" (use logfmt, json)",
      "--collector.thermal.interval=1x | invalid duration \"1x\": unknown unit \"x\" (use ns, us, ms, s, m, h)",
      "--collector.thermal.interval=-5s | invalid duration \"-5s\": negative durations are not allowed",
      "--collector.thermal.unit=kelvin | Invalid value for option '--collector.thermal.unit'",
      "--count=abc | Invalid value for option '--count': 'abc' is not an int",
      "--big=1.5 | Invalid value for option '--big'",
      "--ratio=half | Invalid value for option '--ratio'",
      "--verbose=maybe | Invalid value for option '--verbose'",
      "--collector.thermal=maybe | Invalid value for option '--collector.thermal'",
      "--collector.nope | Unknown option: '--collector.nope'",
      "--label | Missing required parameter for option '--label'",
  })
  void badFlagsAreUsageErrorsWithOneLineMessages(String arg, String message) {
    StartupFailure e = assertThrows(StartupFailure.class, () -> parse(arg));
    assertEquals(StartupFailure.Kind.USAGE, e.kind());
    assertTrue(e.getMessage().contains(message), e.getMessage());
    assertFalse(e.getMessage().contains("\n") || e.getMessage().contains("\r"), e.getMessage());
  }

  @Test
  void aBadFlagAppliesNothing() {
    assertThrows(StartupFailure.class, () -> parse("--count=5", "--ratio=x"));
    assertEquals(Map.of(), applied);
  }

  @Test
  void enumErrorsListTheChoices() {
    StartupFailure e = assertThrows(StartupFailure.class, () -> parse("--collector.thermal.unit=kelvin"));
    assertTrue(e.getMessage().contains("CELSIUS") && e.getMessage().contains("FAHRENHEIT"), e.getMessage());
  }

  @Test
  void aFieldRejectingItsValueIsAUsageError() {
    ExporterDefinition strict = ExporterDefinition.builder("strict", 9100, OptionsTest.class)
        .flag(FlagDefinition.of("size", "A size.", Integer.class, 1, v -> {
          if (v > 10) {
            throw new IllegalArgumentException("at most 10");
          }
        }))
        .build();
    StartupFailure e = assertThrows(StartupFailure.class, () -> Options.parse(strict, Map.of(), "--size=11").applyFlags());
    assertEquals(StartupFailure.Kind.USAGE, e.kind());
    assertEquals("invalid value for option '--size': IllegalArgumentException: at most 10", e.getMessage());
  }

  @Test
  void usageListsEveryFlagWithItsDefault() {
    String usage = Options.usage(definition);
    List<String> lines = usage.lines().collect(Collectors.toList());
    assertEquals("usage: cpu-temp [<flags>]", lines.get(0));
    assertEquals("Reads CPU temperatures.", lines.get(2));
    List<String> expected = new ArrayList<>(List.of(
        "-h, --help", "--version",
        "--web.listen-address=ADDRESS ...", "(default: :9105)",
        "--web.telemetry-path=PATH", "(default: /metrics)",
        "--web.max-requests=N", "(default: 40)",
        "--[no-]web.disable-exporter-metrics",
        "--[no-]collector.disable-defaults",
        "--[no-]collector.thermal", "Enable the thermal collector. (default: enabled)",
        "--[no-]collector.fan",
        "--[no-]collector.spare", "Enable the spare collector. (default: disabled)",
        "--path.sysfs=PATH", "sysfs mountpoint. (default: /sys)",
        "--label=STRING", "A label. (default: cpu)",
        "--count=INT", "A count. (default: 3)",
        "--ratio=FLOAT", "A ratio. (default: 0.5)",
        "--[no-]verbose", "Be verbose. (default: false)",
        "--[no-]cache", "Use the cache. (default: true)",
        "--collector.thermal.interval=DURATION", "How often. (default: 1m30s)",
        "--collector.thermal.unit=UNIT", "One of: CELSIUS, FAHRENHEIT (case-insensitive). (default: CELSIUS)",
        "--collector.thermal.zone=STRING ...", "Zones to read. Repeatable. (default: zone0)",
        "--log.level=LEVEL", "(default: info)",
        "--log.format=FORMAT", "(default: logfmt)"));
    for (String text : expected) {
      assertTrue(usage.contains(text), "usage lacks " + text + ":\n" + usage);
    }
  }

  @Test
  void versionLooksLikeGos() {
    String[] lines = Options.version(definition, new BuildInfo("1.2.3", "abc123")).split("\n");
    assertEquals(3, lines.length);
    assertEquals("cpu-temp, version 1.2.3 (revision: abc123)", lines[0]);
    assertEquals("  java: " + System.getProperty("java.version") + " (" + System.getProperty("java.vendor") + ")", lines[1]);
    assertTrue(lines[2].matches("  platform: [a-z0-9 ]+/\\S+"), lines[2]);
  }

  @Test
  void noDefaultIsShownForAFlagWithoutOne() {
    ExporterDefinition bare = ExporterDefinition.builder("bare", 9100, OptionsTest.class)
        .flag(FlagDefinition.of("token", "A token.", String.class, null, v -> { }))
        .build();
    assertTrue(Options.usage(bare).contains("A token.\n"), Options.usage(bare));
    assertNull(bare.flags().get(0).defaultValue());
  }

  @Test
  void printArtifactTakesTheNameOfAnOperatorFile() throws StartupFailure {
    assertEquals(null, parse().printArtifact());
    assertEquals("alerts.yml", parse("--print-artifact=alerts.yml").printArtifact());
    assertEquals("METRICS.md", parse("--print-artifact", "METRICS.md").printArtifact());
    StartupFailure e = assertThrows(StartupFailure.class, () -> parse("--print-artifact=rules.yml"));
    for (String file : List.of("metrics.json", "METRICS.md", "alerts.yml", "dashboard.json", "scrape.yml",
        "kubernetes.yaml")) {
      assertTrue(e.getMessage().contains(file), e.getMessage());
    }
    assertTrue(Options.usage(definition).contains("--print-artifact=FILE"), Options.usage(definition));
  }
}
