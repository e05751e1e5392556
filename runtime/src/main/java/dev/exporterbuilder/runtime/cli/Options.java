package dev.exporterbuilder.runtime.cli;

import dev.exporterbuilder.runtime.generated.CollectorDefinition;
import dev.exporterbuilder.runtime.generated.ExporterDefinition;
import dev.exporterbuilder.runtime.generated.FlagDefinition;
import dev.exporterbuilder.runtime.process.BuildInfo;
import dev.exporterbuilder.runtime.process.FailureLog;
import dev.exporterbuilder.runtime.process.Log;
import dev.exporterbuilder.runtime.process.StartupFailure;
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

/**
 * The exporter command line, named and defaulted as node_exporter and exporter-toolkit do, parsed
 * with picocli's programmatic API (no annotations on the author's classes):
 * {@code --web.listen-address} (repeatable), {@code --web.telemetry-path}, {@code --web.config.file},
 * {@code --web.max-requests},
 * {@code --web.disable-exporter-metrics}, {@code --[no-]collector.<name>},
 * {@code --collector.disable-defaults}, every {@code @Flag}, {@code --log.level}, {@code --log.format},
 * {@code --profiling}, {@code --version} and {@code -h}/{@code --help}.
 */
public final class Options {

  private static final int HELP_COLUMN = 33;

  private final boolean helpRequested;
  private final boolean versionRequested;
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

  private Options(CommandLineSpec spec, ParseResult result) {
    helpRequested = result.isUsageHelpRequested();
    versionRequested = result.isVersionHelpRequested();
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
    spec.flags.forEach((flag, option) -> {
      if (result.hasMatchedOption(option)) {
        given.put(flag, flag.type() == List.class ? List.copyOf(option.<List<?>>getValue()) : option.getValue());
      }
    });
    givenFlags = given;
  }

  /**
   * Parses {@code args} against the standard flags and the definition's collectors and flags.
   *
   * @throws StartupFailure a usage failure with a one-line message for any bad flag
   */
  public static Options parse(ExporterDefinition definition, String... args) throws StartupFailure {
    CommandLineSpec spec = new CommandLineSpec(definition);
    try {
      return new Options(spec, new CommandLine(spec.command).parseArgs(args));
    } catch (ParameterException e) {
      throw StartupFailure.usage(e.getMessage());
    }
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
   * Hands every {@code @Flag} given on the command line to its field; flags not given are left
   * alone so that their fields keep their initializers.
   *
   * @throws StartupFailure a usage failure if a field rejects its value
   */
  public void applyFlags() throws StartupFailure {
    for (Map.Entry<FlagDefinition<?>, Object> given : givenFlags.entrySet()) {
      try {
        given.getKey().applyParsed(given.getValue());
      } catch (RuntimeException e) {
        throw StartupFailure.usage("invalid value for option '--" + given.getKey().name() + "': " + FailureLog.describe(e));
      }
    }
  }

  private static <T> T valueOr(ParseResult result, OptionSpec option, T fallback) {
    return result.hasMatchedOption(option) ? option.getValue() : fallback;
  }
}
