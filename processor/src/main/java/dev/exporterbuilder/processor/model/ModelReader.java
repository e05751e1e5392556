package dev.exporterbuilder.processor.model;

import dev.exporterbuilder.annotations.contract.Namespaces;
import dev.exporterbuilder.processor.gem.CollectorGem;
import dev.exporterbuilder.processor.gem.ConstLabelGem;
import dev.exporterbuilder.processor.gem.ExporterGem;
import dev.exporterbuilder.processor.gem.FlagGem;
import dev.exporterbuilder.processor.gem.Gem;
import dev.exporterbuilder.processor.gem.ReadingGem;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.ExecutableType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

/**
 * Reads annotated elements into models. It records what the author wrote, including what is wrong
 * (an unsupported type becomes {@link ValueKind#UNSUPPORTED}); it reports nothing itself: judging is
 * the validators' work, and only what they pass becomes a descriptor for the writers.
 */
public final class ModelReader {

  private final Types types;
  private final TypeClassifier classifier;
  private final MetricReader metricReader;

  public ModelReader(Elements elements, Types types) {
    this.types = types;
    this.classifier = new TypeClassifier(elements, types);
    this.metricReader = new MetricReader(types, classifier);
  }

  /** Reads an {@code @Exporter} class. */
  public ExporterModel readExporter(TypeElement type) {
    ExporterGem annotation = ExporterGem.of(type).orElseThrow();
    String name = annotation.name().value();
    String namespace = annotation.namespace().value();
    List<ExporterModel.ListedCollector> listed = new ArrayList<>();
    for (AnnotationValue value : annotation.collectors().value()) {
      Object listedType = value.getValue();
      if (listedType instanceof DeclaredType declared) {
        listed.add(new ExporterModel.ListedCollector((TypeElement) declared.asElement(), value));
      }
    }
    Optional<CollectorModel> own = Optional.empty();
    if (!metricMembers(type).isEmpty()) {
      // the exporter's own flags are exporter options (--<name>), not collector options
      own = Optional.of(readCollector(type, Namespaces.defaultFor(name), false)
          .withTiming(annotation.cache().value(), annotation.timeout().value()));
    }
    return new ExporterModel(
        type,
        annotation,
        name,
        annotation.help().value(),
        annotation.port().value(),
        namespace.isEmpty() ? Namespaces.defaultFor(name) : namespace,
        !namespace.isEmpty(),
        listed,
        own,
        readFlags(type),
        readConstLabels(type));
  }

  /**
   * Reads a collector class.
   *
   * @param defaultName the collector name when {@code @Collector(name)} is absent or empty
   * @param withFlags whether the class's {@code @Flag} fields are this collector's options and its
   *     {@code @ConstLabel} members its labels; false for an exporter class, whose flags and labels
   *     are the exporter's
   */
  public CollectorModel readCollector(TypeElement type, String defaultName, boolean withFlags) {
    Optional<CollectorGem> annotation = CollectorGem.of(type);
    String name = annotation.map(a -> a.name().value()).orElse("");
    List<MetricModel> metrics = new ArrayList<>();
    for (Element member : metricMembers(type)) {
      metrics.add(metricReader.read(member));
    }
    return new CollectorModel(
        type,
        annotation,
        name.isEmpty() ? defaultName : name,
        !name.isEmpty(),
        annotation.map(a -> a.subsystem().value()).orElse(""),
        annotation.map(a -> a.enabledByDefault().value()).orElse(true),
        annotation.map(a -> a.cache().value()).orElse(""),
        annotation.map(a -> a.timeout().value()).orElse(""),
        metrics,
        withFlags ? readFlags(type) : List.of(),
        readReading(type, metrics),
        withFlags ? readConstLabels(type) : List.of());
  }

  /** The class's {@code @Reading} methods, and the metric methods with one parameter, which receive it. */
  private ReadingModel readReading(TypeElement type, List<MetricModel> metrics) {
    List<ExecutableElement> methods = readingMethods(type);
    TypeMirror readingType = null;
    if (!methods.isEmpty() && types.asMemberOf((DeclaredType) type.asType(), methods.get(0))
        instanceof ExecutableType executable) {
      readingType = executable.getReturnType();
    }
    List<ReadingModel.Receiver> receivers = new ArrayList<>();
    for (MetricModel metric : metrics) {
      if (metric.member() instanceof ExecutableElement method && method.getParameters().size() == 1) {
        boolean fits = readingType != null && readingType.getKind() != TypeKind.VOID
            && types.isAssignable(readingType, method.getParameters().get(0).asType());
        receivers.add(new ReadingModel.Receiver(method, fits));
      }
    }
    return new ReadingModel(methods, readingType, List.copyOf(receivers));
  }

  /**
   * The {@code @Reading} methods of a class: its own in declaration order, then those of each
   * superclass in turn. A method that overrides a reading is that reading (the generated code calls
   * the override); private methods of superclasses are not inherited.
   */
  private static List<ExecutableElement> readingMethods(TypeElement type) {
    Map<String, ExecutableElement> mostDerived = new LinkedHashMap<>();
    Map<String, Boolean> annotated = new LinkedHashMap<>();
    for (TypeElement current = type; current != null; current = superclass(current)) {
      for (ExecutableElement method : ElementFilter.methodsIn(current.getEnclosedElements())) {
        if (current != type && method.getModifiers().contains(Modifier.PRIVATE)) {
          continue;
        }
        String key = method.getSimpleName() + "/" + method.getParameters().size();
        mostDerived.putIfAbsent(key, method);
        annotated.merge(key, ReadingGem.of(method).isPresent(), Boolean::logicalOr);
      }
    }
    List<ExecutableElement> readings = new ArrayList<>();
    mostDerived.forEach((key, method) -> {
      if (annotated.get(key)) {
        readings.add(method);
      }
    });
    return List.copyOf(readings);
  }

  private static TypeElement superclass(TypeElement type) {
    TypeMirror superclass = type.getSuperclass();
    return superclass.getKind() == TypeKind.DECLARED ? (TypeElement) ((DeclaredType) superclass).asElement() : null;
  }

  /** The default collector name of a {@code @Collector} class: its simple name in snake_case. */
  public static String defaultCollectorName(TypeElement type) {
    return Naming.snakeCase(type.getSimpleName().toString());
  }

  /** The fields and methods of {@code type} that carry a metric annotation, in declaration order. */
  public static List<Element> metricMembers(TypeElement type) {
    List<Element> members = new ArrayList<>();
    for (Element member : type.getEnclosedElements()) {
      if (metricAnnotations(member).size() > 0) {
        members.add(member);
      }
    }
    return members;
  }

  /** The metric annotations on one element, in {@link MetricKind} order. */
  public static List<MetricKind> metricAnnotations(Element element) {
    List<MetricKind> kinds = new ArrayList<>();
    for (MetricKind kind : MetricKind.values()) {
      if (Gem.mirror(element, kind.annotation()).isPresent()) {
        kinds.add(kind);
      }
    }
    return kinds;
  }

  /** The {@code @ConstLabel} fields and methods of {@code type}, in declaration order. */
  private List<ConstLabelModel> readConstLabels(TypeElement type) {
    List<ConstLabelModel> labels = new ArrayList<>();
    for (Element member : type.getEnclosedElements()) {
      Optional<ConstLabelGem> annotation = ConstLabelGem.of(member);
      if (annotation.isEmpty()) {
        continue;
      }
      boolean method = member.getKind() == ElementKind.METHOD;
      TypeMirror valueType = method ? ((ExecutableElement) member).getReturnType() : member.asType();
      labels.add(new ConstLabelModel(member, annotation.get(), annotation.get().value().value(), valueType, method,
          member.getModifiers().contains(Modifier.STATIC)));
    }
    return List.copyOf(labels);
  }

  private List<FlagModel> readFlags(TypeElement type) {
    List<FlagModel> flags = new ArrayList<>();
    for (Element member : type.getEnclosedElements()) {
      Optional<FlagGem> annotation = FlagGem.of(member);
      if (annotation.isEmpty() || member.getKind() != ElementKind.FIELD) {
        continue;
      }
      VariableElement field = (VariableElement) member;
      String name = annotation.get().name().value();
      flags.add(new FlagModel(
          field,
          annotation.get(),
          name.isEmpty() ? Naming.kebabCase(field.getSimpleName().toString()) : name,
          !name.isEmpty(),
          annotation.get().help().value(),
          classifier.flagType(field.asType()),
          field.getModifiers().contains(Modifier.STATIC)));
    }
    return flags;
  }
}
