package dev.exporterbuilder.runtime.cli;

import dev.exporterbuilder.annotations.contract.GoDuration;
import dev.exporterbuilder.runtime.generated.FlagDefinition;
import dev.exporterbuilder.runtime.process.StartupFailure;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * An {@code @Flag}'s value read from its environment variable, converted as the command line
 * converts the option's text. A repeatable option takes one value per line, as kingpin splits a
 * variable for a cumulative flag.
 */
final class EnvironmentValue {

  private EnvironmentValue() {}

  /** @throws StartupFailure a usage failure naming the variable and the option */
  static Object convert(FlagDefinition<?> flag, String text) throws StartupFailure {
    try {
      return convert(flag.type(), text);
    } catch (IllegalArgumentException e) {
      throw StartupFailure.usage("invalid value for environment variable " + flag.env() + " (option '--" + flag.name()
          + "'): " + e.getMessage());
    }
  }

  private static Object convert(Class<?> type, String text) {
    if (type == String.class) {
      return text;
    }
    if (type == List.class) {
      return Arrays.stream(text.split("\\r?\\n")).filter(line -> !line.isEmpty()).toList();
    }
    if (type == Integer.class) {
      return number(text, "an int", Integer::valueOf);
    }
    if (type == Long.class) {
      return number(text, "a long", Long::valueOf);
    }
    if (type == Double.class) {
      return number(text, "a double", Double::valueOf);
    }
    if (type == Boolean.class) {
      if (text.equalsIgnoreCase("true") || text.equalsIgnoreCase("false")) {
        return Boolean.valueOf(text);
      }
      throw new IllegalArgumentException("'" + text + "' is not a boolean (use true or false)");
    }
    if (type == Duration.class) {
      return GoDuration.parse(text);
    }
    if (type == Path.class) {
      return Path.of(text);
    }
    if (type.isEnum()) {
      for (Object constant : type.getEnumConstants()) {
        // as picocli matches the option's text: the constant's name or the toString that --help lists
        if (((Enum<?>) constant).name().equalsIgnoreCase(text) || constant.toString().equalsIgnoreCase(text)) {
          return constant;
        }
      }
      throw new IllegalArgumentException("'" + text + "' is not one of "
          + Arrays.stream(type.getEnumConstants()).map(String::valueOf).collect(Collectors.joining(", ")));
    }
    throw new IllegalArgumentException("unsupported type " + type.getName());
  }

  private static Object number(String text, String what, Function<String, Object> parser) {
    try {
      return parser.apply(text.strip());
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("'" + text + "' is not " + what);
    }
  }
}
