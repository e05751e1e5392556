package dev.exporterbuilder.runtime.scrape;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** How {@code X-Prometheus-Scrape-Timeout-Seconds} becomes the deadline of a scrape. */
class MetricsEndpointTest {

  @Test
  void anInvalidOrMissingTimeoutHeaderMeansNoDeadline() {
    assertEquals(CollectorRunner.NO_DEADLINE, MetricsEndpoint.deadline(null));
    assertEquals(CollectorRunner.NO_DEADLINE, MetricsEndpoint.deadline("-1"));
    assertEquals(CollectorRunner.NO_DEADLINE, MetricsEndpoint.deadline("NaN"));
    assertEquals(CollectorRunner.NO_DEADLINE, MetricsEndpoint.deadline("soon"));
  }

  @Test
  void aTimeoutUnderHalfASecondStillLeavesATenthOfIt() {
    long tenth = MetricsEndpoint.deadline("0.2") - System.nanoTime();
    assertTrue(tenth > 0 && tenth <= 20_000_000L, "a timeout under 0.5s still leaves a tenth of it: " + tenth);
  }
}
