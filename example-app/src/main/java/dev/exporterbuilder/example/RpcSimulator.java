package dev.exporterbuilder.example;

import dev.exporterbuilder.annotations.Collector;
import dev.exporterbuilder.annotations.Counter;
import dev.exporterbuilder.annotations.Flag;
import dev.exporterbuilder.annotations.Histogram;
import dev.exporterbuilder.annotations.Summary;
import io.prometheus.metrics.model.snapshots.Labels;
import java.util.SplittableRandom;

/**
 * A simulated RPC server, after the random-distribution example of the Prometheus client libraries:
 * request latencies drawn from a uniform, a normal and an exponential distribution, observed into a
 * summary and a histogram by service, each observation with a trace id as its exemplar (shown in
 * OpenMetrics output). It shows direct instrumentation: the generated collector builds
 * {@link #durations} and {@link #latency} from their annotations, and this class observes
 * into them.
 *
 * <p>No thread runs: each scrape first reads {@link #requests()}, which simulates the requests that
 * arrived since the previous scrape at {@code --collector.rpc.rate} per second (members are read in
 * declaration order, so the summary and histogram that follow include them). Off by default; enable
 * it with {@code --collector.rpc}.
 */
@Collector(name = "rpc", subsystem = "rpc", enabledByDefault = false)
public class RpcSimulator {

  /** At most this many requests are simulated per scrape, so a long pause does not stall one. */
  private static final int MAX_PER_SCRAPE = 10_000;

  @Flag(help = "Simulated requests per second.")
  double rate = 50;

  @Summary(help = "Simulated RPC latency by service.", unit = "seconds", labels = "service",
      quantiles = {0.5, 0.9, 0.99})
  io.prometheus.metrics.core.metrics.Summary durations;

  @Histogram(help = "Simulated RPC latency by service.", unit = "seconds", labels = "service",
      buckets = {0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1})
  io.prometheus.metrics.core.metrics.Histogram latency;

  private final SplittableRandom random = new SplittableRandom();
  private long total;
  private long lastNanos = System.nanoTime();
  private double carry;

  /** Simulates the requests since the previous call and returns how many there have been in all. */
  @Counter(help = "Simulated requests, advanced on every scrape.")
  synchronized long requests() {
    long now = System.nanoTime();
    carry += (now - lastNanos) / 1e9 * rate;
    lastNanos = now;
    int due = (int) Math.min(carry, MAX_PER_SCRAPE);
    carry -= due;
    for (int i = 0; i < due; i++) {
      serve("uniform", random.nextDouble() * 0.2);
      serve("normal", Math.max(0, 0.1 + random.nextGaussian() * 0.02));
      serve("exponential", -Math.log(1 - random.nextDouble()) * 0.05);
    }
    total += due;
    return total;
  }

  private void serve(String service, double seconds) {
    Labels trace = Labels.of("trace_id", Long.toHexString(random.nextLong()));
    durations.labelValues(service).observeWithExemplar(seconds, trace);
    latency.labelValues(service).observeWithExemplar(seconds, trace);
  }
}
