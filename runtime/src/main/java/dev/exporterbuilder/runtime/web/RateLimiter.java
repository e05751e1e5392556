package dev.exporterbuilder.runtime.web;

/**
 * exporter-toolkit's {@code rate_limit}, which is Go's {@code rate.Limiter}: a bucket of
 * {@code burst} tokens, full at the start and refilled by one every {@code interval}; a request
 * takes one or is refused. A burst of 0 refuses every request, as in Go.
 */
final class RateLimiter {

  private final long intervalNanos;
  private final int burst;
  private double tokens;
  private long updated;

  RateLimiter(WebConfig.RateLimit limit) {
    this.intervalNanos = limit.intervalNanos();
    this.burst = limit.burst();
    this.tokens = burst;
    this.updated = System.nanoTime();
  }

  /** Takes a token if there is one. */
  synchronized boolean allow() {
    long now = System.nanoTime();
    tokens = Math.min(burst, tokens + (double) (now - updated) / intervalNanos);
    updated = now;
    if (tokens < 1) {
      return false;
    }
    tokens--;
    return true;
  }
}
