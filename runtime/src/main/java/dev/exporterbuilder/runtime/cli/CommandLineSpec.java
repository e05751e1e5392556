package dev.exporterbuilder.runtime.cli;

import dev.exporterbuilder.annotations.contract.Artifacts;
import dev.exporterbuilder.annotations.contract.FlagValueType;
import dev.exporterbuilder.annotations.contract.GoDuration;
import dev.exporterbuilder.runtime.generated.CollectorDefinition;
import dev.exporterbuilder.runtime.generated.ExporterDefinition;
import dev.exporterbuilder.runtime.generated.FlagDefinition;
import dev.exporterbuilder.runtime.generated.ProbeDefinition;
import dev.exporterbuilder.runtime.process.Log;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import picocli.CommandLine;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.TypeConversionException;

/**
 * The picocli model of the exporter command line and, beside it, the help lines in display order:
 * which options exist, how their values are converted and checked, and how {@code --help} shows
 * them. {@link Options} holds what one command line gave.
 */
final class CommandLineSpec {

  final ExporterDefinition definition;
  final CommandSpec command = CommandSpec.create();
  final List<String[]> help = new ArrayList<>();
  final OptionSpec listenAddress;
  final OptionSpec telemetryPath;
  final OptionSpec webConfigFile;
  /** {@code --config.file}: only when a probe has modules; null otherwise. */
  final OptionSpec configFile;
  final OptionSpec maxRequests;
  final OptionSpec disableExporterMetrics;
  final OptionSpec disableDefaults;
  final OptionSpec profiling;
  final OptionSpec logLevel;
  final OptionSpec logFormat;
  final OptionSpec printArtifact;
  final Map<CollectorDefinition, OptionSpec> collectors = new LinkedHashMap<>();
  final Map<FlagDefinition<?>, OptionSpec> flags = new LinkedHashMap<>();
  /** The {@code --<name>.file} option of each secret flag. */
  final Map<FlagDefinition<?>, OptionSpec> files = new LinkedHashMap<>();

  CommandLineSpec(ExporterDefinition definition) {
    this.definition = definition;
    command.name(definition.name());
    command.parser()
        .expandAtFiles(false)
        .overwrittenOptionsAllowed(true)
        .caseInsensitiveEnumValuesAllowed(true)
        .toggleBooleanFlags(false);
    command.negatableOptionTransformer(new DashNoTransformer());

    add(OptionSpec.builder("-h", "--help").usageHelp(true), "  -h, --help", "Show this help and exit.");
    add(OptionSpec.builder("--version").versionHelp(true), "      --version", "Show the version and exit.");
    printArtifact = add(
        OptionSpec.builder("--print-artifact").type(String.class).arity("1").paramLabel("<file>")
            .converters(convert(CommandLineSpec::artifact)),
        "      --print-artifact=FILE",
        "Print an operator file generated for this exporter and exit. One of: "
            + String.join(", ", Artifacts.FILES) + ".");
    listenAddress = add(
        OptionSpec.builder("--web.listen-address").type(List.class).auxiliaryTypes(ListenAddress.class).arity("1")
            .paramLabel("<address>").converters(convert(ListenAddress::parse)),
        "      --web.listen-address=ADDRESS ...",
        "Addresses on which to expose metrics and web interface. Repeatable for multiple addresses. "
            + "(default: :" + definition.defaultPort() + ")");
    telemetryPath = add(
        OptionSpec.builder("--web.telemetry-path").type(String.class).arity("1").paramLabel("<path>")
            .converters(convert(CommandLineSpec::telemetryPath)),
        "      --web.telemetry-path=PATH", "Path under which to expose metrics. (default: /metrics)");
    webConfigFile = add(
        OptionSpec.builder("--web.config.file").type(Path.class).arity("1").paramLabel("<file>"),
        "      --web.config.file=FILE",
        "Path to an exporter-toolkit web configuration file: TLS, basic auth (bcrypt) and headers. "
            + "(default: none, plain HTTP)");
    configFile = definition.probes().stream().anyMatch(ProbeDefinition::hasModules)
        ? add(OptionSpec.builder("--config.file").type(Path.class).arity("1").paramLabel("<file>"),
            "      --config.file=FILE",
            "Path to the probe modules file (modules: <name>: {prober, timeout, <prober>: ...}). (default: none)")
        : null;
    maxRequests = add(
        OptionSpec.builder("--web.max-requests").type(Integer.class).arity("1").paramLabel("<n>")
            .converters(convert(CommandLineSpec::maxRequests)),
        "      --web.max-requests=N",
        "Maximum number of parallel scrape requests; more get 503 at once. Use 0 to disable. (default: 40)");
    disableExporterMetrics = add(
        booleanOption("--web.disable-exporter-metrics"),
        "      --[no-]web.disable-exporter-metrics",
        "Exclude metrics about the exporter itself (jvm_*, process_*, promhttp_*). (default: false)");
    disableDefaults = add(
        booleanOption("--collector.disable-defaults"),
        "      --[no-]collector.disable-defaults",
        "Set all collectors to disabled by default; enable some with --collector.<name>. (default: false)");
    for (CollectorDefinition collector : definition.collectors()) {
      collectors.put(collector, add(
          booleanOption("--collector." + collector.name()),
          "      --[no-]collector." + collector.name(),
          "Enable the " + collector.name() + " collector. (default: " + (collector.enabledByDefault() ? "enabled" : "disabled") + ")"));
    }
    for (FlagDefinition<?> flag : definition.flags()) {
      flags.put(flag, addFlag(flag));
      if (flag.isSecret()) {
        files.put(flag, add(
            OptionSpec.builder("--" + flag.name() + ".file").type(Path.class).arity("1").paramLabel("<file>"),
            "      --" + flag.name() + ".file=FILE",
            "Read the value of --" + flag.name() + " from FILE, without one trailing line break."));
      }
    }
    logLevel = add(
        OptionSpec.builder("--log.level").type(Log.Level.class).arity("1").paramLabel("<level>")
            .converters(convert(text -> choice(Log.Level.class, "log level", text))),
        "      --log.level=LEVEL",
        "Only log messages with the given severity or above. One of: debug, info, warn, error. (default: info)");
    logFormat = add(
        OptionSpec.builder("--log.format").type(Log.Format.class).arity("1").paramLabel("<format>")
            .converters(convert(text -> choice(Log.Format.class, "log format", text))),
        "      --log.format=FORMAT", "Output format of log messages. One of: logfmt, json. (default: logfmt)");
    profiling = add(
        booleanOption("--profiling"),
        "      --[no-]profiling",
        "Serve /debug/threads (a thread dump) and /debug/jfr?seconds=N (a Java Flight Recorder recording). "
            + "(default: false)");
  }

  /**
   * An {@code @Flag}'s option and its help line, kingpin's: the default in parentheses, then the
   * environment variable, as in {@code (default: x) ($DATA_SOURCE_NAME)}; a secret's default is
   * never shown.
   */
  private OptionSpec addFlag(FlagDefinition<?> flag) {
    String name = "--" + flag.name();
    Class<?> type = flag.type();
    Object defaultValue = flag.isSecret() ? null : flag.defaultValue();
    String help = flag.help();
    String env = flag.env().isEmpty() ? "" : " ($" + flag.env() + ")";
    if (type == Boolean.class) {
      return add(booleanOption(name), "      --[no-]" + flag.name(), help + shownDefault(defaultValue) + env);
    }
    OptionSpec.Builder option = OptionSpec.builder(name).arity("1").paramLabel("<" + placeholder(type).toLowerCase(Locale.ROOT) + ">");
    String left = "      " + name + "=" + placeholder(type);
    if (type == List.class) {
      option.type(List.class).auxiliaryTypes(String.class);
      left += " ...";
      List<?> values = (List<?>) defaultValue;
      help += " Repeatable." + (values == null || values.isEmpty() ? "" : shownDefault(values.stream().map(String::valueOf).collect(Collectors.joining(", "))));
    } else if (type == Duration.class) {
      option.type(Duration.class).converters(convert(GoDuration::parse));
      help += defaultValue == null ? "" : shownDefault(GoDuration.format((Duration) defaultValue));
    } else if (type.isEnum()) {
      option.type(type);
      help += " One of: " + Arrays.stream(type.getEnumConstants()).map(String::valueOf).collect(Collectors.joining(", "))
          + " (case-insensitive)." + shownDefault(defaultValue);
    } else {
      option.type(type);
      help += shownDefault(defaultValue);
    }
    return add(option, left, help + env);
  }

  private OptionSpec add(OptionSpec.Builder option, String left, String text) {
    OptionSpec built = option.build();
    command.addOption(built);
    help.add(new String[] {left, text});
    return built;
  }

  /** A {@code --x} / {@code --no-x} pair; the value is whichever form came last. */
  private static OptionSpec.Builder booleanOption(String name) {
    return OptionSpec.builder(name).type(Boolean.class).negatable(true).fallbackValue("true");
  }

  private static String placeholder(Class<?> type) {
    return FlagValueType.of(type).orElseThrow().placeholder(type.getSimpleName());
  }

  private static String shownDefault(Object value) {
    if (value == null) {
      return "";
    }
    String text = String.valueOf(value);
    return " (default: " + (text.isEmpty() ? "\"\"" : text) + ")";
  }

  /** One of the operator files the processor writes for every exporter. */
  private static String artifact(String file) {
    if (!Artifacts.FILES.contains(file)) {
      throw new IllegalArgumentException("\"" + file + "\" is not an operator file; use one of "
          + String.join(", ", Artifacts.FILES));
    }
    return file;
  }

  private static String telemetryPath(String path) {
    if (path.isEmpty()) {
      throw new IllegalArgumentException("must not be empty");
    }
    if (!path.startsWith("/")) {
      throw new IllegalArgumentException("\"" + path + "\" must start with \"/\"");
    }
    return path;
  }

  private static Integer maxRequests(String text) {
    int value;
    try {
      value = Integer.parseInt(text);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("'" + text + "' is not an int");
    }
    if (value < 0) {
      throw new IllegalArgumentException(value + " is negative (use 0 for no limit)");
    }
    return value;
  }

  private static <E extends Enum<E>> E choice(Class<E> type, String what, String text) {
    for (E constant : type.getEnumConstants()) {
      if (constant.name().equalsIgnoreCase(text)) {
        return constant;
      }
    }
    String choices = Arrays.stream(type.getEnumConstants()).map(e -> e.name().toLowerCase(Locale.ROOT)).collect(Collectors.joining(", "));
    throw new IllegalArgumentException("unknown " + what + " \"" + text + "\" (use " + choices + ")");
  }

  /** Turns a parser that throws {@link IllegalArgumentException} into one picocli reports as a bad value. */
  private static <T> ITypeConverter<T> convert(java.util.function.Function<String, T> parser) {
    return text -> {
      try {
        return parser.apply(text);
      } catch (IllegalArgumentException e) {
        throw new TypeConversionException(e.getMessage());
      }
    };
  }

  /** {@code --collector.x} negates to {@code --no-collector.x}; picocli's default only handles plain words. */
  private static final class DashNoTransformer implements CommandLine.INegatableOptionTransformer {
    @Override
    public String makeNegative(String optionName, CommandSpec commandSpec) {
      return optionName.startsWith("--no-") ? "--" + optionName.substring(5) : "--no-" + optionName.substring(2);
    }

    @Override
    public String makeSynopsis(String optionName, CommandSpec commandSpec) {
      return "--[no-]" + optionName.substring(2);
    }
  }
}
