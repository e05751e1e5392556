package dev.exporterbuilder.runtime.generated;

import dev.exporterbuilder.runtime.MemberErrors;
import io.prometheus.metrics.model.snapshots.MetricSnapshots;

/**
 * What a generated {@code <SimpleName>Collector} of a {@code @Probe} class implements: one probe of
 * one target. It calls the class's {@code @Reading} method, then each metric member with the
 * reading. A reading that throws or returns null is reported to {@code errors} once and the probe
 * has no samples; a member that fails costs only its own samples. Nothing is thrown (a
 * {@link VirtualMachineError} aside).
 *
 * @param <T> the target's type
 * @param <M> the module's type; {@code Void} (always null) for a probe without modules
 */
@FunctionalInterface
public interface ProbeCollector<T, M> {

  MetricSnapshots probe(T target, M module, MemberErrors errors);
}
