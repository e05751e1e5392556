package dev.exporterbuilder.runtime.process;

import java.io.PrintStream;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * The exporter's log: one line per event on stderr, in logfmt or JSON, as Go exporters write with
 * promslog. Values are escaped so that an event is always exactly one line, and the values of secret
 * flags are replaced by {@code <secret>} ({@link Secrets}) in the message and in every value.
 *
 * <pre>
 * time=2026-11-22T03:48:01.123Z level=info msg="Listening on" address=127.0.0.1:9100
 * {"time":"2026-11-22T03:48:01.123Z","level":"info","msg":"Listening on","address":"127.0.0.1:9100"}
 * </pre>
 */
public final class Log {

  public enum Level {
    DEBUG, INFO, WARN, ERROR;

    String label() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  public enum Format {
    LOGFMT, JSON;

    String label() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  private static final DateTimeFormatter TIME =
      DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'", Locale.ROOT).withZone(ZoneOffset.UTC);

  private static volatile Level threshold = Level.INFO;
  private static volatile Format format = Format.LOGFMT;

  private Log() {}

  public static void configure(Level level, Format lineFormat) {
    threshold = level;
    format = lineFormat;
  }

  static boolean enabled(Level level) {
    return level.compareTo(threshold) >= 0;
  }

  public static void debug(String msg, Object... keyValues) {
    log(Level.DEBUG, msg, keyValues);
  }

  public static void info(String msg, Object... keyValues) {
    log(Level.INFO, msg, keyValues);
  }

  public static void warn(String msg, Object... keyValues) {
    log(Level.WARN, msg, keyValues);
  }

  public static void error(String msg, Object... keyValues) {
    log(Level.ERROR, msg, keyValues);
  }

  /**
   * Writes one event if {@code level} passes the threshold.
   *
   * @param keyValues alternating keys (plain words) and values (any object; {@code toString()} is used)
   */
  static void log(Level level, String msg, Object... keyValues) {
    if (!enabled(level)) {
      return;
    }
    String line = line(format, Instant.now(), level, msg, keyValues);
    PrintStream err = System.err;
    // one print call per event: PrintStream serialises calls, so concurrent events never interleave
    err.print(line + '\n');
    err.flush();
  }

  /** The text of one event, without the line break. */
  static String line(Format lineFormat, Instant time, Level level, String msg, Object... keyValues) {
    if (keyValues.length % 2 != 0) {
      throw new IllegalArgumentException("keys and values must come in pairs");
    }
    StringBuilder out = new StringBuilder(128);
    if (lineFormat == Format.JSON) {
      out.append("{\"time\":\"").append(TIME.format(time)).append("\",\"level\":\"").append(level.label()).append("\",\"msg\":");
      appendQuoted(out, Secrets.redact(msg));
      for (int i = 0; i < keyValues.length; i += 2) {
        out.append(',');
        appendQuoted(out, String.valueOf(keyValues[i]));
        out.append(':');
        appendJsonValue(out, keyValues[i + 1]);
      }
      return out.append('}').toString();
    }
    out.append("time=").append(TIME.format(time)).append(" level=").append(level.label()).append(" msg=");
    appendLogfmtValue(out, Secrets.redact(msg));
    for (int i = 0; i < keyValues.length; i += 2) {
      out.append(' ').append(keyValues[i]).append('=');
      appendLogfmtValue(out, Secrets.redact(String.valueOf(keyValues[i + 1])));
    }
    return out.toString();
  }

  private static void appendLogfmtValue(StringBuilder out, String value) {
    if (needsQuotes(value)) {
      appendQuoted(out, value);
    } else {
      out.append(value);
    }
  }

  private static boolean needsQuotes(String value) {
    if (value.isEmpty()) {
      return true;
    }
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c <= ' ' || c == '=' || c == '"' || isLineBreaking(c)) {
        return true;
      }
    }
    return false;
  }

  private static void appendJsonValue(StringBuilder out, Object value) {
    if (value instanceof Integer || value instanceof Long || value instanceof Boolean) {
      out.append(value);
    } else {
      appendQuoted(out, Secrets.redact(String.valueOf(value)));
    }
  }

  /** A double-quoted string with the escapes logfmt and JSON share, so one event stays on one line. */
  private static void appendQuoted(StringBuilder out, String value) {
    out.append('"');
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      switch (c) {
        case '"':
          out.append("\\\"");
          break;
        case '\\':
          out.append("\\\\");
          break;
        case '\n':
          out.append("\\n");
          break;
        case '\r':
          out.append("\\r");
          break;
        case '\t':
          out.append("\\t");
          break;
        default:
          appendPrintable(out, c);
      }
    }
    out.append('"');
  }

  /** Control characters and Unicode line separators as a four-digit hex escape, everything else as is. */
  private static void appendPrintable(StringBuilder out, char c) {
    if (isLineBreaking(c)) {
      out.append(String.format("\\u%04x", (int) c));
    } else {
      out.append(c);
    }
  }

  private static boolean isLineBreaking(char c) {
    return Character.isISOControl(c) || c == '\u2028' || c == '\u2029';
  }
}
