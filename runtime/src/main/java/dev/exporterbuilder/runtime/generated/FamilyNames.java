package dev.exporterbuilder.runtime.generated;

import io.prometheus.metrics.model.registry.MetricType;
import io.prometheus.metrics.model.snapshots.MetricFamilyDescriptor;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The names one collection of a collector has taken: those of its fixed families, then those of
 * the families it named from data so far. A generated collector with {@code {key}} members makes one
 * per {@code collect}, so that a key whose family would share a name with another family of the
 * collector costs only that key's sample rather than the scrape.
 *
 * <p>A name is taken with every series name the exposition derives from it, as client_java's
 * registry counts them: a counter {@code x} takes {@code x}, {@code x_total} and {@code x_created},
 * so a gauge {@code x_total} clashes with it.
 */
public final class FamilyNames {

  private final Set<String> taken = new HashSet<>();

  /** Takes the names of the collector's fixed families. */
  public FamilyNames(List<MetricFamilyDescriptor> fixed) {
    for (MetricFamilyDescriptor family : fixed) {
      taken.addAll(claimed(family.getType(), family.getPrometheusName()));
    }
  }

  /** Takes the names of a family {@code name} of {@code type}; false, taking nothing, if one is taken already. */
  boolean take(MetricType type, String name) {
    List<String> names = claimed(type, name);
    for (String claimed : names) {
      if (taken.contains(claimed)) {
        return false;
      }
    }
    taken.addAll(names);
    return true;
  }

  private static List<String> claimed(MetricType type, String name) {
    return switch (type) {
      case COUNTER -> List.of(name, name + "_total", name + "_created");
      case INFO -> List.of(name, name + "_info");
      case HISTOGRAM -> List.of(name, name + "_bucket", name + "_count", name + "_sum", name + "_created");
      case SUMMARY -> List.of(name, name + "_count", name + "_sum", name + "_created");
      case GAUGE, STATESET, UNKNOWN -> List.of(name);
    };
  }
}
