package dev.exporterbuilder.processor.artifact;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiConsumer;

/**
 * JSON written by hand, two spaces per level, keys in insertion order, so that the same catalog
 * gives byte-identical files. Values are {@link Obj}, {@link List}, {@link String}, {@link Number},
 * {@link Boolean}, an {@link Optional} of one of these (empty is {@code null}), or {@code null}.
 */
final class Json {

  private Json() {}

  /** A JSON object whose keys keep the order they were put in. */
  static final class Obj {
    private final Map<String, Object> members = new LinkedHashMap<>();

    Obj put(String key, Object value) {
      members.put(key, value);
      return this;
    }

    void forEach(BiConsumer<String, Object> action) {
      members.forEach(action);
    }
  }

  static Obj obj() {
    return new Obj();
  }

  static List<Object> array(Object... values) {
    List<Object> list = new ArrayList<>();
    Collections.addAll(list, values);
    return list;
  }

  /** {@code value} as a JSON document, ending with a line break. */
  static String write(Object value) {
    StringBuilder out = new StringBuilder();
    write(out, value, 0);
    return out.append('\n').toString();
  }

  private static void write(StringBuilder out, Object value, int depth) {
    if (value instanceof Optional<?> optional) {
      write(out, optional.orElse(null), depth);
    } else if (value == null) {
      out.append("null");
    } else if (value instanceof String text) {
      quote(out, text);
    } else if (value instanceof Boolean bool) {
      out.append(bool);
    } else if (value instanceof Number number) {
      out.append(number(number));
    } else if (value instanceof Obj obj) {
      if (obj.members.isEmpty()) {
        out.append("{}");
        return;
      }
      out.append('{');
      String separator = "\n";
      for (Map.Entry<String, Object> member : obj.members.entrySet()) {
        out.append(separator);
        indent(out, depth + 1);
        quote(out, member.getKey()).append(": ");
        write(out, member.getValue(), depth + 1);
        separator = ",\n";
      }
      out.append('\n');
      indent(out, depth);
      out.append('}');
    } else if (value instanceof List<?> list) {
      if (list.isEmpty()) {
        out.append("[]");
      } else if (list.stream().allMatch(element -> element instanceof String || element instanceof Number)) {
        // a list of names or numbers stays on one line
        out.append('[');
        for (int i = 0; i < list.size(); i++) {
          out.append(i == 0 ? "" : ", ");
          write(out, list.get(i), depth);
        }
        out.append(']');
      } else {
        out.append('[');
        String separator = "\n";
        for (Object element : list) {
          out.append(separator);
          indent(out, depth + 1);
          write(out, element, depth + 1);
          separator = ",\n";
        }
        out.append('\n');
        indent(out, depth);
        out.append(']');
      }
    } else {
      throw new IllegalArgumentException("not a JSON value: " + value.getClass());
    }
  }

  /** Integral numbers without a fraction ({@code 90}, not {@code 90.0}); others in their shortest exact form. */
  static String number(Number number) {
    if (number instanceof Double || number instanceof Float) {
      double value = number.doubleValue();
      if (Double.isNaN(value) || Double.isInfinite(value)) {
        throw new IllegalArgumentException("JSON has no " + value);
      }
      return new BigDecimal(Double.toString(value)).stripTrailingZeros().toPlainString();
    }
    return number.toString();
  }

  /** {@code text} as a JSON string: quotes, backslashes and control characters escaped. */
  static String quote(String text) {
    return quote(new StringBuilder(text.length() + 2), text).toString();
  }

  /** Appends {@code text} as a JSON string to {@code out}, which it returns. */
  private static StringBuilder quote(StringBuilder out, String text) {
    out.append('"');
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '\t' -> out.append("\\t");
        case '\b' -> out.append("\\b");
        case '\f' -> out.append("\\f");
        default -> {
          // control characters, and those YAML's double-quoted strings do not take literally either
          if (c < 0x20 || (c >= 0x7f && c <= 0x9f) || c == '\u2028' || c == '\u2029' || c == '\ufeff'
              || Character.isSurrogate(c) && !validSurrogate(text, i)) {
            out.append(String.format("\\u%04x", (int) c));
          } else {
            out.append(c);
          }
        }
      }
    }
    return out.append('"');
  }

  private static boolean validSurrogate(String text, int i) {
    char c = text.charAt(i);
    return Character.isHighSurrogate(c) ? i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))
        : i > 0 && Character.isHighSurrogate(text.charAt(i - 1));
  }

  private static void indent(StringBuilder out, int depth) {
    for (int i = 0; i < depth; i++) {
      out.append("  ");
    }
  }
}
