package dev.exporterbuilder.runtime.http;

import java.time.LocalDateTime;
import java.time.ZoneOffset;

/**
 * The {@code Date} header's value, RFC 9110's IMF-fixdate ({@code Sun, 06 Nov 1994 08:49:37 GMT}),
 * written from fixed English names: a {@code DateTimeFormatter} pattern with day and month names
 * reads the JDK's locale data on the first response, about 90 classes and ~30 ms of the first scrape.
 */
final class HttpDate {

  private static final String[] DAYS = {"Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"};
  private static final String[] MONTHS = {"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};

  private HttpDate() {}

  /** {@code epochMillis} as an IMF-fixdate, in UTC (which HTTP calls GMT), whole seconds. */
  static String format(long epochMillis) {
    LocalDateTime time = LocalDateTime.ofEpochSecond(Math.floorDiv(epochMillis, 1000L), 0, ZoneOffset.UTC);
    StringBuilder out = new StringBuilder(29);
    out.append(DAYS[time.getDayOfWeek().ordinal()]).append(", ");
    twoDigits(out, time.getDayOfMonth()).append(' ');
    out.append(MONTHS[time.getMonthValue() - 1]).append(' ');
    out.append(time.getYear()).append(' ');
    twoDigits(out, time.getHour()).append(':');
    twoDigits(out, time.getMinute()).append(':');
    twoDigits(out, time.getSecond());
    return out.append(" GMT").toString();
  }

  private static StringBuilder twoDigits(StringBuilder out, int value) {
    return out.append((char) ('0' + value / 10)).append((char) ('0' + value % 10));
  }
}
