package dev.exporterbuilder.runtime.generated;

import dev.exporterbuilder.annotations.contract.GoDuration;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The settings of one module of {@code --config.file} for its prober, as YAML gave them, read one
 * record component at a time by a generated {@link ModuleReader}. Each method takes the component's
 * snake_case key and throws {@link IllegalArgumentException} with a message that starts with that
 * key when the value is missing or not of the component's type. A {@code boolean} or a
 * {@code List<String>} may be left out (false, empty); any other value must be given.
 */
public final class ModuleValues {

  private final Map<String, Object> values;
  private final Set<String> read = new LinkedHashSet<>();

  /** @param values the settings, by key; a key YAML gave no value is present with null */
  public ModuleValues(Map<String, Object> values) {
    this.values = values;
  }

  /** The keys given that no component read: the config file's mistakes. */
  public List<String> unread() {
    List<String> unread = new ArrayList<>(values.keySet());
    unread.removeAll(read);
    return unread;
  }

  public String string(String key) {
    Object value = required(key);
    if (value instanceof Map<?, ?> || value instanceof List<?>) {
      throw invalid(key, "is not a string");
    }
    return String.valueOf(value);
  }

  public int intValue(String key) {
    long value = longValue(key);
    if (value < Integer.MIN_VALUE || value > Integer.MAX_VALUE) {
      throw invalid(key, value + " is out of range for an int");
    }
    return (int) value;
  }

  public long longValue(String key) {
    Object value = required(key);
    if (value instanceof Integer || value instanceof Long) {
      return ((Number) value).longValue();
    }
    throw invalid(key, "\"" + value + "\" is not an integer");
  }

  public double doubleValue(String key) {
    Object value = required(key);
    if (value instanceof Number number) {
      return number.doubleValue();
    }
    throw invalid(key, "\"" + value + "\" is not a number");
  }

  /** Left out: false. */
  public boolean bool(String key) {
    read.add(key);
    Object value = values.get(key);
    if (value == null) {
      return false;
    }
    if (value instanceof Boolean bool) {
      return bool;
    }
    throw invalid(key, "\"" + value + "\" is not true or false");
  }

  /** In Go's syntax, such as {@code 5s} or {@code 1m30s}. */
  public Duration duration(String key) {
    String text = string(key);
    try {
      return GoDuration.parse(text);
    } catch (IllegalArgumentException e) {
      throw invalid(key, "\"" + text + "\" is not a duration such as 5s or 1m30s: " + e.getMessage());
    }
  }

  public Path path(String key) {
    String text = string(key);
    try {
      return Path.of(text);
    } catch (InvalidPathException e) {
      throw invalid(key, "\"" + text + "\" is not a path: " + e.getMessage());
    }
  }

  /** One of the constants' names, case-insensitively. */
  public <E extends Enum<E>> E enumValue(String key, Class<E> type) {
    String text = string(key);
    for (E constant : type.getEnumConstants()) {
      if (constant.name().equalsIgnoreCase(text)) {
        return constant;
      }
    }
    throw invalid(key, "\"" + text + "\" is not one of " + Arrays.stream(type.getEnumConstants())
        .map(constant -> constant.name().toLowerCase(Locale.ROOT)).collect(Collectors.joining(", ")));
  }

  /** A YAML list of strings; left out: empty. */
  public List<String> stringList(String key) {
    read.add(key);
    Object value = values.get(key);
    if (value == null) {
      return List.of();
    }
    if (!(value instanceof List<?> list)) {
      throw invalid(key, "is not a list; write [a, b]");
    }
    List<String> strings = new ArrayList<>(list.size());
    for (Object element : list) {
      if (element == null || element instanceof Map<?, ?> || element instanceof List<?>) {
        throw invalid(key, "has an element that is not a string");
      }
      strings.add(String.valueOf(element));
    }
    return List.copyOf(strings);
  }

  private Object required(String key) {
    read.add(key);
    Object value = values.get(key);
    if (value == null) {
      throw invalid(key, "is missing");
    }
    return value;
  }

  private static IllegalArgumentException invalid(String key, String reason) {
    return new IllegalArgumentException(key + ": " + reason);
  }
}
