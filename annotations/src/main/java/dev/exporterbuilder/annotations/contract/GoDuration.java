package dev.exporterbuilder.annotations.contract;

import java.math.BigDecimal;
import java.time.Duration;

/**
 * Durations written the way Go's {@code time.ParseDuration} reads them and {@code Duration.String()}
 * writes them: {@code "15s"}, {@code "1m30s"}, {@code "1.5h"}, {@code "300ms"}.
 *
 * <p>Used for {@code Duration} flags on the command line and, by the annotation processor, to check
 * {@code cache} and {@code timeout} attributes at compile time, so both accept exactly the same text.
 */
public final class GoDuration {

  private static final String UNITS = "ns, us, ms, s, m, h";
  private static final BigDecimal MAX_NANOS = BigDecimal.valueOf(Long.MAX_VALUE);

  private GoDuration() {}

  /**
   * Parses a Go duration: an optional {@code +}, then one or more decimal numbers each followed by
   * a unit ({@code ns}, {@code us} or {@code µs}, {@code ms}, {@code s}, {@code m}, {@code h}), or
   * a bare {@code "0"}. Fractions of a nanosecond are dropped, as Go does.
   *
   * <p>Unlike Go, negative durations are rejected: no setting of an exporter means a negative time.
   *
   * @throws IllegalArgumentException with a one-line message naming the text and what is wrong
   */
  public static Duration parse(String text) {
    if (text == null || text.isEmpty()) {
      throw invalid("", "empty (write a number and a unit, such as \"15s\")");
    }
    String rest = text;
    if (rest.charAt(0) == '-') {
      throw invalid(text, "negative durations are not allowed");
    }
    if (rest.charAt(0) == '+') {
      rest = rest.substring(1);
    }
    if (rest.equals("0")) {
      return Duration.ZERO;
    }
    if (rest.isEmpty()) {
      throw invalid(text, "expected a number");
    }
    BigDecimal nanos = BigDecimal.ZERO;
    int i = 0;
    while (i < rest.length()) {
      int numberStart = i;
      while (i < rest.length() && (isDigit(rest.charAt(i)) || rest.charAt(i) == '.')) {
        i++;
      }
      String number = rest.substring(numberStart, i);
      if (!isDecimal(number)) {
        throw invalid(text, number.isEmpty() ? "expected a number before \"" + rest.substring(i) + "\"" : "bad number \"" + number + "\"");
      }
      int unitStart = i;
      while (i < rest.length() && !isDigit(rest.charAt(i)) && rest.charAt(i) != '.') {
        i++;
      }
      String unit = rest.substring(unitStart, i);
      if (unit.isEmpty()) {
        throw invalid(text, "missing unit after \"" + number + "\" (use " + UNITS + ")");
      }
      long unitNanos = unitNanos(unit);
      if (unitNanos == 0) {
        throw invalid(text, "unknown unit \"" + unit + "\" (use " + UNITS + ")");
      }
      nanos = nanos.add(new BigDecimal(number.endsWith(".") ? number + "0" : number).multiply(BigDecimal.valueOf(unitNanos)));
      if (nanos.compareTo(MAX_NANOS) > 0) {
        throw invalid(text, "too large (at most about 292 years)");
      }
    }
    return Duration.ofNanos(nanos.longValue());
  }

  /**
   * Formats like Go's {@code Duration.String()}: {@code "0s"}, {@code "500ms"}, {@code "1.5µs"},
   * {@code "15s"}, {@code "1m30s"}, {@code "1h0m0s"}.
   */
  public static String format(Duration duration) {
    if (duration.isZero()) {
      return "0s";
    }
    String sign = duration.isNegative() ? "-" : "";
    Duration d = duration.abs();
    long seconds = d.getSeconds();
    int nanos = d.getNano();
    if (seconds == 0) {
      if (nanos < 1_000) {
        return sign + nanos + "ns";
      }
      if (nanos < 1_000_000) {
        return sign + decimal(nanos / 1_000, nanos % 1_000, 3) + "µs";
      }
      return sign + decimal(nanos / 1_000_000, nanos % 1_000_000, 6) + "ms";
    }
    StringBuilder out = new StringBuilder(sign);
    long hours = seconds / 3600;
    long minutes = seconds % 3600 / 60;
    if (hours > 0) {
      out.append(hours).append('h');
    }
    if (hours > 0 || minutes > 0) {
      out.append(minutes).append('m');
    }
    return out.append(decimal(seconds % 60, nanos, 9)).append('s').toString();
  }

  private static String decimal(long whole, long fraction, int digits) {
    if (fraction == 0) {
      return Long.toString(whole);
    }
    String padded = String.format("%0" + digits + "d", fraction);
    int end = padded.length();
    while (padded.charAt(end - 1) == '0') {
      end--;
    }
    return whole + "." + padded.substring(0, end);
  }

  private static long unitNanos(String unit) {
    switch (unit) {
      case "ns":
        return 1L;
      case "us":
      case "µs": // U+00B5 MICRO SIGN
      case "μs": // U+03BC GREEK SMALL LETTER MU
        return 1_000L;
      case "ms":
        return 1_000_000L;
      case "s":
        return 1_000_000_000L;
      case "m":
        return 60_000_000_000L;
      case "h":
        return 3_600_000_000_000L;
      default:
        return 0;
    }
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  /** Digits with at most one dot and at least one digit: "1", "1.5", ".5", "1.". */
  private static boolean isDecimal(String number) {
    int dot = number.indexOf('.');
    return number.chars().anyMatch(c -> isDigit((char) c)) && (dot < 0 || number.indexOf('.', dot + 1) < 0);
  }

  private static IllegalArgumentException invalid(String text, String why) {
    return new IllegalArgumentException("invalid duration \"" + text + "\": " + why);
  }
}
