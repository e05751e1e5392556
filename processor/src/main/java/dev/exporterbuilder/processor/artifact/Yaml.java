package dev.exporterbuilder.processor.artifact;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/** YAML scalars written by hand: plain where that cannot be misread, quoted otherwise. */
final class Yaml {

  /** Words YAML 1.1 or 1.2 readers take for booleans or null. */
  private static final Set<String> RESERVED = Set.of("true", "false", "yes", "no", "on", "off", "y", "n", "null", "~");
  private static final Pattern PLAIN = Pattern.compile("[A-Za-z_/][A-Za-z0-9_./-]*");

  private Yaml() {}

  /**
   * {@code text} as a scalar: plain for a name or path, single-quoted where it has no quote or
   * control character, otherwise double-quoted with JSON's escapes (which YAML's double quotes read).
   */
  static String string(String text) {
    if (PLAIN.matcher(text).matches() && !RESERVED.contains(text.toLowerCase(Locale.ROOT))) {
      return text;
    }
    boolean singleQuotable = text.chars().allMatch(c -> c >= 0x20 && c != 0x7f && c != '\'' && c < 0x80
        || c > 0x9f && c != '\u2028' && c != '\u2029' && c != '\ufeff' && !Character.isSurrogate((char) c));
    return singleQuotable ? "'" + text + "'" : Json.quote(text);
  }

  /** A string that must stay a string even where it looks like a number: always quoted. */
  static String quoted(String text) {
    String plain = string(text);
    return plain.equals(text) ? "'" + text + "'" : plain;
  }
}
