package dev.exporterbuilder.processor.model;

import dev.exporterbuilder.annotations.Reading;
import dev.exporterbuilder.processor.gem.ExporterGem;
import dev.exporterbuilder.processor.gem.Gem;
import dev.exporterbuilder.processor.gem.ProbeGem;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.RecordComponentElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

/** Reads {@code @Probe} classes, and the probes an {@code @Exporter} lists, into models; reports nothing. */
public final class ProbeReader {

  private final TypeClassifier classifier;
  private final MetricReader metricReader;

  public ProbeReader(Elements elements, Types types) {
    this.classifier = new TypeClassifier(elements, types);
    this.metricReader = new MetricReader(types, classifier);
  }

  /**
   * A class named in {@code @Exporter(probes = ...)}.
   *
   * @param type the class
   * @param value the annotation value that names it, for diagnostics
   */
  public record ListedProbe(TypeElement type, AnnotationValue value) {}

  /** The classes {@code exporter} lists in {@code probes}, those that do not compile left out. */
  public static List<ListedProbe> listed(TypeElement exporter) {
    List<ListedProbe> listed = new ArrayList<>();
    ExporterGem.of(exporter).ifPresent(annotation -> {
      for (AnnotationValue value : annotation.probes().value()) {
        if (value.getValue() instanceof DeclaredType declared) {
          listed.add(new ListedProbe((TypeElement) declared.asElement(), value));
        }
      }
    });
    return listed;
  }

  /** Reads a {@code @Probe} class. */
  public ProbeModel read(TypeElement type) {
    ProbeGem annotation = ProbeGem.of(type).orElseThrow();
    List<ExecutableElement> readings = new ArrayList<>();
    for (Element member : type.getEnclosedElements()) {
      if (member.getKind() == ElementKind.METHOD && Gem.mirror(member, Reading.class).isPresent()) {
        readings.add((ExecutableElement) member);
      }
    }
    ProbeModel.TargetKind target = ProbeModel.TargetKind.UNSUPPORTED;
    if (!readings.isEmpty() && !readings.get(0).getParameters().isEmpty()) {
      target = ProbeModel.TargetKind.of(qualifiedName(readings.get(0).getParameters().get(0).asType()));
    }
    TypeMirror written = annotation.module().value();
    Optional<TypeMirror> module = written == null || written.getKind() == TypeKind.VOID
        ? Optional.empty() : Optional.of(written);
    List<ProbeModel.ModuleComponent> components = new ArrayList<>();
    if (module.isPresent() && TypeClassifier.isRecord(module.get())) {
      TypeElement record = (TypeElement) ((DeclaredType) module.get()).asElement();
      for (RecordComponentElement component : record.getRecordComponents()) {
        Element position = ElementFilter.fieldsIn(record.getEnclosedElements()).stream()
            .filter(field -> field.getSimpleName().equals(component.getSimpleName()))
            .findFirst().<Element>map(field -> field).orElse(record);
        components.add(new ProbeModel.ModuleComponent(component, Naming.snakeCase(component.getSimpleName().toString()),
            classifier.flagType(component.asType()), position));
      }
    }
    String name = annotation.name().value();
    List<MetricModel> metrics = new ArrayList<>();
    for (Element member : ModelReader.metricMembers(type)) {
      metrics.add(metricReader.read(member));
    }
    // the probe's reading takes the target, so it is the probe's own, not a collector's
    CollectorModel members = new CollectorModel(type, Optional.empty(), name, true, "", true, "", "", metrics, List.of(),
        new ReadingModel(List.of(), null, List.of()), List.of());
    return new ProbeModel(type, annotation, name, annotation.help().value(), List.copyOf(readings), target, module,
        List.copyOf(components), members);
  }

  private static String qualifiedName(TypeMirror type) {
    return type.getKind() == TypeKind.DECLARED
        ? ((TypeElement) ((DeclaredType) type).asElement()).getQualifiedName().toString()
        : "";
  }
}
