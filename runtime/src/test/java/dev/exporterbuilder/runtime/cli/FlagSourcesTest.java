package dev.exporterbuilder.runtime.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.exporterbuilder.runtime.generated.ExporterDefinition;
import dev.exporterbuilder.runtime.generated.FlagDefinition;
import dev.exporterbuilder.runtime.process.Secrets;
import dev.exporterbuilder.runtime.process.StartupFailure;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Where an {@code @Flag} takes its value from: command line, {@code --<name>.file}, environment, initial value. */
class FlagSourcesTest {

  enum Mode { FAST, SAFE }

  /** An enum whose {@code toString} is what {@code --help} lists. */
  enum Tier {
    GOLD, SILVER;

    @Override
    public String toString() {
      return name().toLowerCase(java.util.Locale.ROOT) + "-tier";
    }
  }

  private final Map<String, Object> applied = new ConcurrentHashMap<>();

  private final ExporterDefinition definition = ExporterDefinition.builder("db-exporter", 9187, FlagSourcesTest.class)
      .flag(FlagDefinition.of("data-source-name", "The DSN.", String.class, "dsn-in-code-default",
          v -> applied.put("dsn", v)).env("DATA_SOURCE_NAME").secret())
      .flag(FlagDefinition.of("db.user", "The user.", String.class, "postgres", v -> applied.put("user", v)).env("DB_USER"))
      .flag(FlagDefinition.of("size", "A size.", Integer.class, 3, v -> applied.put("size", v)).env("SIZE"))
      .flag(FlagDefinition.of("ratio", "A ratio.", Double.class, 0.5, v -> applied.put("ratio", v)).env("RATIO"))
      .flag(FlagDefinition.of("fast", "Be fast.", Boolean.class, false, v -> applied.put("fast", v)).env("FAST"))
      .flag(FlagDefinition.of("wait", "A wait.", Duration.class, Duration.ofSeconds(1), v -> applied.put("wait", v)).env("WAIT"))
      .flag(FlagDefinition.of("mode", "A mode.", Mode.class, Mode.SAFE, v -> applied.put("mode", v)).env("MODE"))
      .flag(FlagDefinition.of("tier", "A tier.", Tier.class, Tier.SILVER, v -> applied.put("tier", v)).env("TIER"))
      .flag(FlagDefinition.stringList("query", "Queries.", List.of(), v -> applied.put("query", v)).env("QUERIES"))
      .flag(FlagDefinition.of("token", "A token.", String.class, null, v -> applied.put("token", v)).secret())
      .build();

  private Map<String, Object> apply(Map<String, String> environment, String... args) throws StartupFailure {
    Options.parse(definition, environment, args).applyFlags();
    return applied;
  }

  @Test
  void theEnvironmentGivesWhatTheCommandLineDoesNot() throws Exception {
    apply(Map.of("DB_USER", "exporter", "SIZE", "12", "RATIO", "0.25", "FAST", "TRUE", "WAIT", "1m30s",
        "MODE", "fast", "QUERIES", "one\ntwo\r\n\nthree"), "--size=7");
    assertEquals(Map.of("user", "exporter", "size", 7, "ratio", 0.25, "fast", true, "wait", Duration.ofSeconds(90),
        "mode", Mode.FAST, "query", List.of("one", "two", "three")), applied);
  }

  @Test
  void anEmptyVariableCountsAsUnsetAndOthersAreNotRead() throws Exception {
    apply(Map.of("DB_USER", "", "db.user", "x", "PATH", "/bin"));
    assertEquals(Map.of(), applied, "the fields keep their initial values");
  }

  @Test
  void aVariableThatDoesNotConvertIsAUsageErrorNamingIt() {
    StartupFailure e = assertThrows(StartupFailure.class, () -> apply(Map.of("SIZE", "abc")));
    assertEquals(StartupFailure.Kind.USAGE, e.kind());
    assertEquals("invalid value for environment variable SIZE (option '--size'): 'abc' is not an int", e.getMessage());
    assertEquals("invalid value for environment variable FAST (option '--fast'): 'yes' is not a boolean (use true or false)",
        assertThrows(StartupFailure.class, () -> apply(Map.of("FAST", "yes"))).getMessage());
    assertEquals("invalid value for environment variable MODE (option '--mode'): 'slow' is not one of FAST, SAFE",
        assertThrows(StartupFailure.class, () -> apply(Map.of("MODE", "slow"))).getMessage());
  }

  @Test
  void aSecretFileComesAfterTheCommandLineAndBeforeTheEnvironment(@TempDir Path directory) throws Exception {
    Path file = directory.resolve("dsn");
    Files.writeString(file, "postgresql://app:from-the-file@db/app\n\n");
    apply(Map.of("DATA_SOURCE_NAME", "postgresql://app:from-the-env@db/app"), "--data-source-name.file=" + file);
    assertEquals("postgresql://app:from-the-file@db/app\n", applied.get("dsn"), "one trailing line break removed");

    Files.writeString(file, "crlf-secret-value\r\n");
    apply(Map.of(), "--data-source-name.file", file.toString());
    assertEquals("crlf-secret-value", applied.get("dsn"));
    assertEquals("<secret>", Secrets.redact("crlf-secret-value"), "a value read from a file is redacted");

    apply(Map.of("DATA_SOURCE_NAME", "postgresql://app:from-the-env@db/app"));
    assertEquals("postgresql://app:from-the-env@db/app", applied.get("dsn"));
    assertEquals("<secret>", Secrets.redact("postgresql://app:from-the-env@db/app"));

    apply(Map.of("DATA_SOURCE_NAME", "postgresql://app:from-the-env@db/app"), "--data-source-name=cli-secret-value");
    assertEquals("cli-secret-value", applied.get("dsn"));
    assertEquals("<secret>", Secrets.redact("cli-secret-value"));
    assertEquals("<secret>", Secrets.redact("dsn-in-code-default"), "the initial value is redacted too");
  }

  @Test
  void aFlagAndItsFileTogetherAreAUsageError(@TempDir Path directory) throws Exception {
    Path file = Files.writeString(directory.resolve("token"), "t");
    StartupFailure e = assertThrows(StartupFailure.class, () -> apply(Map.of(), "--token.file=" + file, "--token=abcd1234"));
    assertEquals(StartupFailure.Kind.USAGE, e.kind());
    assertEquals("--token and --token.file are both given; give one", e.getMessage());
  }

  @Test
  void anUnreadableFileIsAStartupFailureNamingFlagAndFile(@TempDir Path directory) {
    Path missing = directory.resolve("missing");
    StartupFailure e = assertThrows(StartupFailure.class, () -> apply(Map.of(), "--token.file=" + missing));
    assertEquals(StartupFailure.Kind.STARTUP, e.kind());
    assertEquals("cannot read --token.file=" + missing + ": NoSuchFileException: " + missing, e.getMessage());
    assertFalse(applied.containsKey("token"));
  }

  @Test
  void onlyStringFlagsCanBeSecret() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> FlagDefinition.of("size", "A size.", Integer.class, 3, v -> { }).secret());
    assertEquals("flag --size: only a String flag can be secret, not java.lang.Integer", e.getMessage());
  }

  @Test
  void helpNamesTheVariableHidesSecretDefaultsAndListsTheFileForm() {
    String usage = Options.usage(definition);
    assertTrue(usage.contains("      --data-source-name=STRING  The DSN. ($DATA_SOURCE_NAME)\n"), usage);
    assertTrue(usage.contains("      --data-source-name.file=FILE\n"
        + "                                 Read the value of --data-source-name from FILE, without one trailing line"
        + " break.\n"), usage);
    assertTrue(usage.contains("      --db.user=STRING           The user. (default: postgres) ($DB_USER)\n"), usage);
    assertTrue(usage.contains("      --[no-]fast                Be fast. (default: false) ($FAST)\n"), usage);
    assertTrue(usage.contains("Queries. Repeatable. ($QUERIES)\n"), usage);
    assertTrue(usage.contains("      --token.file=FILE"), usage);
    assertFalse(usage.contains("dsn-in-code-default"), usage);
  }

  @Test
  void aMisspeltFlagIsNamedWithoutItsValue() {
    StartupFailure e = assertThrows(StartupFailure.class,
        () -> apply(Map.of(), "--data-source-nam=postgres://app:hunter22@db/app", "--size=3"));
    assertEquals(StartupFailure.Kind.USAGE, e.kind());
    assertEquals("Unknown option: '--data-source-nam'", e.getMessage(), "the value may be the secret, as kingpin knows");
  }

  @Test
  void anEnumIsReadFromTheEnvironmentAsFromTheCommandLine() throws Exception {
    assertTrue(Options.usage(definition).contains("One of: gold-tier, silver-tier (case-insensitive)."));
    assertEquals(Tier.GOLD, apply(Map.of(), "--tier=Gold-Tier").get("tier"));
    assertEquals(Tier.GOLD, apply(Map.of("TIER", "Gold-Tier")).get("tier"), "the value --help lists");
    assertEquals(Tier.SILVER, apply(Map.of("TIER", "silver")).get("tier"), "the constant's name");
  }

  @Test
  void aSecretVariableOverriddenByTheCommandLineIsRedactedToo() throws Exception {
    apply(Map.of("DATA_SOURCE_NAME", "postgres://app:overridden-in-env@db/app"), "--data-source-name=cli-value-used");
    assertEquals("cli-value-used", applied.get("dsn"));
    assertEquals("<secret>", Secrets.redact("postgres://app:overridden-in-env@db/app"));
  }
}
