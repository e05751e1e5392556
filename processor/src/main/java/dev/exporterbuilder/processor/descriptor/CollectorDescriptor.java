package dev.exporterbuilder.processor.descriptor;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;

/**
 * A valid collector class, as the writers emit it.
 *
 * @param type the annotated class
 * @param name the collector name used in {@code --collector.<name>}
 * @param subsystem the second metric prefix, empty for none
 * @param enabledByDefault whether it runs unless disabled
 * @param cache how long collected values are served again, if they are
 * @param timeout how long one collection may take, if bounded
 * @param metrics the metric members in declaration order
 * @param flags the {@code @Flag} fields in declaration order
 * @param reading the {@code @Reading} method, called once at the start of each run, if any
 * @param constLabels its {@code @ConstLabel} members, read by the Main
 */
public record CollectorDescriptor(
    TypeElement type,
    String name,
    String subsystem,
    boolean enabledByDefault,
    Optional<Interval> cache,
    Optional<Interval> timeout,
    List<MetricDescriptor> metrics,
    List<FlagDescriptor> flags,
    Optional<ExecutableElement> reading,
    List<ConstLabelDescriptor> constLabels) {

  /**
   * Whether every member, flag and the reading are static: the generated collector then reads the class itself
   * and nothing creates an instance (utility classes with a private constructor work).
   */
  public boolean staticOnly() {
    return metrics.stream().allMatch(MetricDescriptor::isStatic) && flags.stream().allMatch(FlagDescriptor::isStatic)
        && reading.map(method -> method.getModifiers().contains(Modifier.STATIC)).orElse(true);
  }

  /** Whether the Main creates the class: the generated collector reads an instance, or a constant label is an instance member. */
  public boolean needsInstance() {
    return !staticOnly() || constLabels.stream().anyMatch(label -> !label.isStatic());
  }

  /**
   * A duration attribute.
   *
   * @param written as the author wrote it, such as {@code 30s}, for help texts
   * @param duration its value, positive
   */
  public record Interval(String written, Duration duration) {
    public Interval {
      if (duration.isZero() || duration.isNegative()) {
        throw new IllegalArgumentException("interval " + written + " is not positive");
      }
    }
  }
}
