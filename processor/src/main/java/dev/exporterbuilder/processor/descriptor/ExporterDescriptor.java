package dev.exporterbuilder.processor.descriptor;

import java.util.List;
import javax.lang.model.element.TypeElement;

/**
 * A valid exporter, as the Main writer emits it.
 *
 * @param type the annotated class
 * @param name the exporter name, such as {@code cpu-temp}
 * @param help the one-line description, empty for none
 * @param port the default listen port
 * @param namespace the metric prefix
 * @param needsInstance whether the Main creates the exporter class: it serves instance members or
 *     has instance flags
 * @param flags the exporter's own {@code @Flag} fields, exposed as {@code --<name>}
 * @param served what the Main serves: the exporter's own collector first (if it declares metrics),
 *     then the listed ones
 * @param constLabels the exporter class's {@code @ConstLabel} members, labels of every collector's samples
 */
public record ExporterDescriptor(
    TypeElement type,
    String name,
    String help,
    int port,
    String namespace,
    boolean needsInstance,
    List<FlagDescriptor> flags,
    List<CollectorDescriptor> served,
    List<ConstLabelDescriptor> constLabels) {}
