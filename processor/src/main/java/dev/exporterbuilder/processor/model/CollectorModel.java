package dev.exporterbuilder.processor.model;

import dev.exporterbuilder.processor.gem.CollectorGem;
import java.util.List;
import java.util.Optional;
import javax.lang.model.element.TypeElement;

/**
 * A class whose metric members form one collector: a {@code @Collector} class, or an
 * {@code @Exporter} class that declares metrics itself.
 *
 * @param type the annotated class
 * @param annotation its {@code @Collector}, empty for an exporter class that is a collector by its members
 * @param name the collector name used in {@code --collector.<name>}
 * @param nameWritten whether the author wrote {@code name}
 * @param subsystem the second metric prefix, empty for none
 * @param enabledByDefault whether it runs unless disabled
 * @param cache the {@code cache} duration as written, empty for none
 * @param timeout the {@code timeout} duration as written, empty for none
 * @param metrics the metric members in declaration order
 * @param flags the {@code @Flag} fields in declaration order
 * @param reading its {@code @Reading}, if any, and the members that receive it
 * @param constLabels its {@code @ConstLabel} members in declaration order; for an exporter class,
 *     none: those are the exporter's ({@link ExporterModel#constLabels()})
 */
public record CollectorModel(
    TypeElement type,
    Optional<CollectorGem> annotation,
    String name,
    boolean nameWritten,
    String subsystem,
    boolean enabledByDefault,
    String cache,
    String timeout,
    List<MetricModel> metrics,
    List<FlagModel> flags,
    ReadingModel reading,
    List<ConstLabelModel> constLabels) {

  /**
   * Whether every member, flag and the reading are static: the generated collector then reads the class itself
   * and nothing creates an instance (utility classes with a private constructor work).
   */
  public boolean staticOnly() {
    return metrics.stream().allMatch(MetricModel::isStatic) && flags.stream().allMatch(FlagModel::isStatic)
        && reading.isStatic();
  }

  /**
   * Whether the Main creates the class: the generated collector reads an instance, or a constant
   * label is an instance member.
   */
  public boolean needsInstance() {
    return !staticOnly() || constLabels.stream().anyMatch(label -> !label.isStatic());
  }

  /** This collector run with the exporter's {@code cache} and {@code timeout}, where they are written. */
  CollectorModel withTiming(String exporterCache, String exporterTimeout) {
    return new CollectorModel(type, annotation, name, nameWritten, subsystem, enabledByDefault,
        exporterCache.isEmpty() ? cache : exporterCache, exporterTimeout.isEmpty() ? timeout : exporterTimeout,
        metrics, flags, reading, constLabels);
  }

  /** The option name of one of this collector's flags: {@code collector.<name>.<flag>}. */
  public String optionName(FlagModel flag) {
    return "collector." + name + "." + flag.name();
  }
}
