package dev.exporterbuilder.processor.model;

import dev.exporterbuilder.processor.gem.ExporterGem;
import java.util.List;
import java.util.Optional;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.TypeElement;

/**
 * An {@code @Exporter} class and everything its {@code Main} serves.
 *
 * @param type the annotated class
 * @param annotation its {@code @Exporter}
 * @param name the exporter name, such as {@code cpu-temp}
 * @param help the one-line description
 * @param port the default listen port
 * @param namespace the metric prefix (the name with {@code -} turned into {@code _} unless written)
 * @param namespaceWritten whether the author wrote {@code namespace}
 * @param collectorTypes the classes listed in {@code collectors}, each with the annotation value naming it
 * @param ownCollector the exporter class itself when it declares metrics
 * @param flags the exporter's own {@code @Flag} fields, exposed as {@code --<name>}
 * @param constLabels the exporter class's {@code @ConstLabel} members: labels of every collector's samples
 */
public record ExporterModel(
    TypeElement type,
    ExporterGem annotation,
    String name,
    String help,
    int port,
    String namespace,
    boolean namespaceWritten,
    List<ListedCollector> collectorTypes,
    Optional<CollectorModel> ownCollector,
    List<FlagModel> flags,
    List<ConstLabelModel> constLabels) {

  /**
   * Whether the Main creates the exporter class: it serves instance members, has instance flags or
   * instance constant labels.
   */
  public boolean needsInstance() {
    return ownCollector.map(collector -> !collector.staticOnly()).orElse(false)
        || flags.stream().anyMatch(flag -> !flag.isStatic())
        || constLabels.stream().anyMatch(label -> !label.isStatic());
  }

  /**
   * A class named in {@code @Exporter(collectors = ...)}.
   *
   * @param type the class
   * @param value the annotation value that names it, for diagnostics
   */
  public record ListedCollector(TypeElement type, AnnotationValue value) {}
}
