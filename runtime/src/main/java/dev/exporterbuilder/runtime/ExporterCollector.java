package dev.exporterbuilder.runtime;

import dev.exporterbuilder.runtime.process.RunFailures;
import io.prometheus.metrics.model.registry.MultiCollector;
import io.prometheus.metrics.model.snapshots.MetricSnapshots;

/**
 * What every generated {@code <SimpleName>Collector} implements: a client_java {@link MultiCollector}
 * whose members fail one by one. A member that throws or yields an invalid value costs only its own
 * samples; it is reported to the {@link MemberErrors} given to {@link #collect(MemberErrors)}.
 *
 * <p>Registered by hand in any {@code PrometheusRegistry}, {@link #collect()} logs such failures
 * (one line per cause, rate limited) and never throws. Served by a generated {@code Main}, the exporter runtime calls
 * {@link #collect(MemberErrors)} and turns failures into {@code <ns>_scrape_collector_success 0}.
 *
 * <p>A {@link VirtualMachineError} (out of memory, stack overflow) is not a member's failure: it
 * propagates out of both methods, and a served collector is then failed as a whole.
 */
public interface ExporterCollector extends MultiCollector {

  /** Collects every member; failures go to {@code errors}, never out of this method (a {@link VirtualMachineError} aside). */
  MetricSnapshots collect(MemberErrors errors);

  /**
   * Whether some families are named from data at scrape time ({@code {key}} members), so that
   * {@link #getMetricFamilyDescriptors()} cannot list every family this collector emits.
   */
  default boolean namesFamiliesFromData() {
    return false;
  }

  /** Collects with failures logged as the runtime logs them: one WARN line per cause, naming the members it cost. */
  @Override
  default MetricSnapshots collect() {
    RunFailures failures = new RunFailures(getClass().getName());
    try {
      return collect(failures);
    } finally {
      failures.log();
    }
  }
}
