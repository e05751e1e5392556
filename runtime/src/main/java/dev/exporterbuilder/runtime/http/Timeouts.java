package dev.exporterbuilder.runtime.http;

import dev.exporterbuilder.annotations.contract.GoDuration;
import java.time.Duration;

/**
 * The three timeouts of the HTTP server, from their system properties or the defaults.
 *
 * @param header how long a client has to send a complete request head, from connecting or from its first byte
 * @param idle how long an idle keep-alive connection is kept
 * @param write how long a response may wait for its client to take any more of it
 */
public record Timeouts(Duration header, Duration idle, Duration write) {

  /** Go duration; how long a client has to send a complete request head, from connecting or from its first byte. */
  public static final String HEADER_TIMEOUT_PROPERTY = "exporterbuilder.http.headerTimeout";
  /** Go duration; how long an idle keep-alive connection is kept. */
  public static final String IDLE_TIMEOUT_PROPERTY = "exporterbuilder.http.idleTimeout";
  /** Go duration; how long a response may wait for its client to take any more of it. */
  public static final String WRITE_TIMEOUT_PROPERTY = "exporterbuilder.http.writeTimeout";
  static final Duration HEADER_TIMEOUT = Duration.ofSeconds(5);
  /** Longer than the usual scrape intervals, so that Prometheus keeps reusing its connection. */
  static final Duration IDLE_TIMEOUT = Duration.ofMinutes(2);
  /**
   * Prometheus's default scrape timeout: a scraper that took nothing for that long has given up.
   * Progress is counted per 16 KiB the socket takes, so a client on a slow link is not cut off.
   */
  static final Duration WRITE_TIMEOUT = Duration.ofSeconds(10);

  /** @throws IllegalArgumentException naming the property whose value is not a positive Go duration */
  public static Timeouts fromProperties() {
    return new Timeouts(property(HEADER_TIMEOUT_PROPERTY, HEADER_TIMEOUT), property(IDLE_TIMEOUT_PROPERTY, IDLE_TIMEOUT),
        property(WRITE_TIMEOUT_PROPERTY, WRITE_TIMEOUT));
  }

  private static Duration property(String name, Duration fallback) {
    String value = System.getProperty(name);
    if (value == null) {
      return fallback;
    }
    Duration duration;
    try {
      duration = GoDuration.parse(value);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("-D" + name + ": " + e.getMessage());
    }
    if (duration.isNegative() || duration.isZero()) {
      throw new IllegalArgumentException("-D" + name + ": must be positive, not " + value);
    }
    return duration;
  }
}
