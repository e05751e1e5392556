package dev.exporterbuilder.processor.descriptor;

import dev.exporterbuilder.processor.model.ProbeModel.ModuleComponent;
import dev.exporterbuilder.processor.model.ProbeModel.TargetKind;
import java.util.List;
import java.util.Optional;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.TypeMirror;

/**
 * A valid {@code @Probe} class, as the writers emit it.
 *
 * @param type the annotated class
 * @param name the prober's name
 * @param help the one-line description
 * @param reading the {@code @Reading} method, taking the target and, with a module, the module
 * @param target the target's type
 * @param module the module record, empty for none
 * @param moduleComponents the module record's components, each of a type the config file can give
 * @param members the metric members, as a collector named after the probe
 */
public record ProbeDescriptor(
    TypeElement type,
    String name,
    String help,
    ExecutableElement reading,
    TargetKind target,
    Optional<TypeMirror> module,
    List<ModuleComponent> moduleComponents,
    CollectorDescriptor members) {}
