package dev.exporterbuilder.runtime.cli;

import dev.exporterbuilder.runtime.generated.CollectorDefinition;
import dev.exporterbuilder.runtime.generated.ExporterDefinition;
import dev.exporterbuilder.runtime.generated.FlagDefinition;
import dev.exporterbuilder.runtime.process.BuildInfo;
import dev.exporterbuilder.runtime.process.FailureLog;
import dev.exporterbuilder.runtime.process.Log;
import dev.exporterbuilder.runtime.process.Secrets;
import dev.exporterbuilder.runtime.process.StartupFailure;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import picocli.CommandLine;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * The exporter command line, named and defaulted as node_exporter and exporter-toolkit do, parsed
 * with picocli's programmatic API (no annotations on the author's classes):
 * {@code --web.listen-address} (repeatable), {@code --web.telemetry-path}, {@code --web.config.file},
 * {@code --web.max-requests},
 * {@code --web.disable-exporter-metrics}, {@code --[no-]collector.<name>},
 * {@code --collector.disable-defaults}, every {@code @Flag}, {@code --log.level}, {@code --log.format},
 * {@code --profiling}, {@code --print-artifact}, {@code --version} and {@code -h}/{@code --help}.
 *
 * <p>An {@code @Flag} takes its value from, first match first: the command line; for a secret flag,
 * the file named by {@code --<name>.file}; its environment variable (an empty variable counts as
 * unset, as in kingpin); otherwise its field keeps its initial value. The values of secret flags are
 * handed to {@link Secrets} as soon as they are known.
 */
public final class Options {

  private static final int HELP_COLUMN = 33;

  private final boolean helpRequested;
  private final boolean versionRequested;
  /** The operator file {@code --print-artifact} names; null when not given. */
  private final String printArtifact;
  private final List<ListenAddress> listenAddresses;
  private final String telemetryPath;
  private final Path webConfigFile;
  private final Path configFile;
  private final int maxRequests;
  private final boolean disableExporterMetrics;
  private final boolean profiling;
  private final List<CollectorDefinition> enabledCollectors;
  private final Log.Level logLevel;
  private final Log.Format logFormat;
  private final Map<FlagDefinition<?>, Object> givenFlags;
  /** The {@code --<name>.file} of each secret flag that was given one; read by {@link #applyFlags()}. */
  private final Map<FlagDefinition<?>, Path> flagFiles;

  private Options(CommandLineSpec spec, ParseResult result, Map<String, String> environment) throws StartupFailure {
    helpRequested = result.isUsageHelpRequested();
    versionRequested = result.isVersionHelpRequested();
    printArtifact = valueOr(result, spec.printArtifact, null);
    listenAddresses = result.hasMatchedOption(spec.listenAddress)
        ? List.copyOf(spec.listenAddress.<List<ListenAddress>>getValue())
        : List.of(ListenAddress.parse(":" + spec.definition.defaultPort()));
    telemetryPath = valueOr(result, spec.telemetryPath, "/metrics");
    webConfigFile = valueOr(result, spec.webConfigFile, null);
    configFile = spec.configFile == null ? null : valueOr(result, spec.configFile, null);
    maxRequests = valueOr(result, spec.maxRequests, 40);
    disableExporterMetrics = valueOr(result, spec.disableExporterMetrics, false);
    profiling = valueOr(result, spec.profiling, false);
    logLevel = valueOr(result, spec.logLevel, Log.Level.INFO);
    logFormat = valueOr(result, spec.logFormat, Log.Format.LOGFMT);
    boolean disableDefaults = valueOr(result, spec.disableDefaults, false);
    List<CollectorDefinition> enabled = new ArrayList<>();
    spec.collectors.forEach((collector, option) -> {
      boolean on = result.hasMatchedOption(option) ? option.<Boolean>getValue() : !disableDefaults && collector.enabledByDefault();
      if (on) {
        enabled.add(collector);
      }
    });
    enabledCollectors = List.copyOf(enabled);
    Map<FlagDefinition<?>, Object> given = new LinkedHashMap<>();
    Map<FlagDefinition<?>, Path> files = new LinkedHashMap<>();
    for (Map.Entry<FlagDefinition<?>, OptionSpec> entry : spec.flags.entrySet()) {
      FlagDefinition<?> flag = entry.getKey();
      OptionSpec option = entry.getValue();
      OptionSpec file = spec.files.get(flag);
      boolean fileGiven = file != null && result.hasMatchedOption(file);
      String variable = flag.env().isEmpty() ? null : environment.get(flag.env());
      if (result.hasMatchedOption(option)) {
        if (fileGiven) {
          throw StartupFailure.usage("--" + flag.name() + " and --" + flag.name() + ".file are both given; give one");
        }
        given.put(flag, flag.type() == List.class ? List.copyOf(option.<List<?>>getValue()) : option.getValue());
      } else if (fileGiven) {
        files.put(flag, file.getValue());
      } else if (variable != null && !variable.isEmpty()) {
        given.put(flag, EnvironmentValue.convert(flag, variable));
      }
      if (flag.isSecret()) {
        Secrets.add((String) given.get(flag));
        Secrets.add((String) flag.defaultValue());
        Secrets.add(variable); // also when the command line or a file overrides it: the process still holds it
      }
    }
    givenFlags = given;
    flagFiles = files;
  }

  /**
   * Parses {@code args} against the standard flags and the definition's collectors and flags, and
   * takes the value of each {@code @Flag} not given from its environment variable.
   *
   * @param environment the process environment ({@link System#getenv()})
   * @throws StartupFailure a usage failure with a one-line message for any bad flag or variable
   */
  public static Options parse(ExporterDefinition definition, Map<String, String> environment, String... args)
      throws StartupFailure {
    CommandLineSpec spec = new CommandLineSpec(definition);
    try {
      return new Options(spec, new CommandLine(spec.command).parseArgs(args), environment);
    } catch (ParameterException e) {
      throw StartupFailure.usage(withoutUnknownValues(e));
    }
  }

  /**
   * picocli's message, with each unknown {@code --name=value} shown as {@code --name}, as kingpin
   * shows it: the value of a misspelt secret flag is the secret, and no secret is known yet.
   */
  private static String withoutUnknownValues(ParameterException e) {
    String message = e.getMessage();
    if (e instanceof UnmatchedArgumentException unmatched) {
      for (String arg : unmatched.getUnmatched()) {
        int equals = arg.indexOf('=');
        if (arg.startsWith("-") && equals > 0) {
          message = message.replace("'" + arg + "'", "'" + arg.substring(0, equals) + "'");
        }
      }
    }
    return message;
  }

  /** The {@code --help} text: usage line, the exporter's help, then every flag with its default. */
  public static String usage(ExporterDefinition definition) {
    StringBuilder out = new StringBuilder();
    out.append("usage: ").append(definition.name()).append(" [<flags>]\n\n");
    if (!definition.help().isEmpty()) {
      out.append(definition.help()).append("\n\n");
    }
    out.append("Flags:\n");
    for (String[] entry : new CommandLineSpec(definition).help) {
      String left = entry[0];
      out.append(left);
      if (left.length() < HELP_COLUMN - 1) {
        out.append(" ".repeat(HELP_COLUMN - left.length()));
      } else {
        out.append('\n').append(" ".repeat(HELP_COLUMN));
      }
      out.append(entry[1]).append('\n');
    }
    return out.toString();
  }

  /** {@code --version}: Go's {@code version.Print} layout. */
  public static String version(ExporterDefinition definition, BuildInfo build) {
    return definition.name() + ", version " + build.version() + " (revision: " + build.revision() + ")\n"
        + "  java: " + System.getProperty("java.version") + " (" + System.getProperty("java.vendor") + ")\n"
        + "  platform: " + System.getProperty("os.name").toLowerCase(Locale.ROOT) + "/" + System.getProperty("os.arch") + "\n";
  }

  public boolean helpRequested() {
    return helpRequested;
  }

  public boolean versionRequested() {
    return versionRequested;
  }

  /** The operator file to print instead of serving ({@code --print-artifact}); null when not asked for. */
  public String printArtifact() {
    return printArtifact;
  }

  public List<ListenAddress> listenAddresses() {
    return listenAddresses;
  }

  public String telemetryPath() {
    return telemetryPath;
  }

  /** 0 means unlimited. */
  public int maxRequests() {
    return maxRequests;
  }

  public boolean disableExporterMetrics() {
    return disableExporterMetrics;
  }

  public boolean profiling() {
    return profiling;
  }

  /** The {@code --web.config.file}; null when not given. */
  public Path webConfigFile() {
    return webConfigFile;
  }

  /** The {@code --config.file} of the probe modules; null when not given or when no probe has modules. */
  public Path configFile() {
    return configFile;
  }

  /** The enabled collectors, in definition order. */
  public List<CollectorDefinition> enabledCollectors() {
    return enabledCollectors;
  }

  public Log.Level logLevel() {
    return logLevel;
  }

  public Log.Format logFormat() {
    return logFormat;
  }

  /**
   * Reads the {@code --<name>.file} of secret flags, then hands every {@code @Flag} given on the
   * command line, in a file or in the environment to its field; flags not given are left alone so
   * that their fields keep their initializers.
   *
   * @throws StartupFailure a usage failure if a field rejects its value; a start-up failure, logged,
   *     if a file cannot be read
   */
  public void applyFlags() throws StartupFailure {
    for (Map.Entry<FlagDefinition<?>, Path> file : flagFiles.entrySet()) {
      String value = readSecret(file.getKey(), file.getValue());
      Secrets.add(value);
      givenFlags.put(file.getKey(), value);
    }
    for (Map.Entry<FlagDefinition<?>, Object> given : givenFlags.entrySet()) {
      try {
        given.getKey().applyParsed(given.getValue());
      } catch (RuntimeException e) {
        throw StartupFailure.usage("invalid value for option '--" + given.getKey().name() + "': " + FailureLog.describe(e));
      }
    }
  }

  /**
   * The file's content without one trailing line break: a secret file written with {@code echo} or an
   * editor ends with one, which is no part of the password.
   */
  private static String readSecret(FlagDefinition<?> flag, Path file) throws StartupFailure {
    String content;
    try {
      content = Files.readString(file);
    } catch (IOException e) {
      String option = "--" + flag.name() + ".file";
      Log.error("Cannot read flag file", "flag", option, "file", file, "err", FailureLog.describe(e));
      throw StartupFailure.startup("cannot read " + option + "=" + file + ": " + FailureLog.describe(e));
    }
    if (content.endsWith("\r\n")) {
      return content.substring(0, content.length() - 2);
    }
    return content.endsWith("\n") ? content.substring(0, content.length() - 1) : content;
  }

  private static <T> T valueOr(ParseResult result, OptionSpec option, T fallback) {
    return result.hasMatchedOption(option) ? option.getValue() : fallback;
  }
}
