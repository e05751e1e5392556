package dev.exporterbuilder.processor;

import dev.exporterbuilder.annotations.Collector;
import dev.exporterbuilder.annotations.Exporter;
import dev.exporterbuilder.processor.gem.ExporterGem;
import dev.exporterbuilder.processor.validation.Diagnostics;
import dev.exporterbuilder.processor.validation.Message;
import java.lang.annotation.Annotation;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Elements;

/**
 * The {@code @Exporter} and {@code @Collector} classes set aside because they use a type not
 * resolved yet, which another processor may generate in this round. They are kept by qualified name
 * (elements of an earlier round are stale), read again in the next round, and reported when
 * processing ends with them still unresolved.
 */
final class DeferredTypes {

  private final Elements elements;
  private final UnresolvedTypes unresolvedTypes;
  private final Diagnostics diagnostics;
  private final Guard guard;
  private final Set<String> deferredExporters = new LinkedHashSet<>();
  private final Set<String> deferredCollectors = new LinkedHashSet<>();

  DeferredTypes(Elements elements, UnresolvedTypes unresolvedTypes, Diagnostics diagnostics, Guard guard) {
    this.elements = elements;
    this.unresolvedTypes = unresolvedTypes;
    this.diagnostics = diagnostics;
    this.guard = guard;
  }

  /** The exporter classes of this round, after those set aside in earlier rounds. */
  Set<TypeElement> exporters(RoundEnvironment round) {
    return withDeferred(round, Exporter.class, deferredExporters);
  }

  /** The collector classes of this round, after those set aside in earlier rounds. */
  Set<TypeElement> collectors(RoundEnvironment round) {
    return withDeferred(round, Collector.class, deferredCollectors);
  }

  /** The classes annotated {@code annotation} in this round, after those set aside in earlier rounds, read anew. */
  private Set<TypeElement> withDeferred(RoundEnvironment round, Class<? extends Annotation> annotation,
      Set<String> deferred) {
    Set<TypeElement> types = new LinkedHashSet<>();
    for (String name : deferred) {
      TypeElement type = elements.getTypeElement(name);
      if (type != null) {
        types.add(type);
      }
    }
    types.addAll(ElementFilter.typesIn(round.getElementsAnnotatedWith(annotation)));
    return types;
  }

  /**
   * Sets aside, until the next round, every class that uses a type not resolved yet, every exporter
   * that lists such a collector, and every collector such an exporter lists: a collector is written
   * with the namespace of the exporter that serves it, and a Main once all it serves is written.
   */
  void defer(Set<TypeElement> exporters, Set<TypeElement> collectors) {
    Set<TypeElement> waiting = new LinkedHashSet<>();
    for (Set<TypeElement> types : List.of(exporters, collectors)) {
      for (TypeElement type : types) {
        guard.run(type, () -> unresolvedTypes.find(type).ifPresent(missing -> waiting.add(type)));
      }
    }
    for (boolean grew = !waiting.isEmpty(); grew; ) {
      grew = false;
      for (TypeElement exporter : exporters) {
        List<TypeElement> listed = listedTypes(exporter);
        if (waiting.contains(exporter) || listed.stream().anyMatch(waiting::contains)) {
          grew |= waiting.add(exporter);
          for (TypeElement collector : listed) {
            grew |= collectors.contains(collector) && waiting.add(collector);
          }
        }
      }
    }
    deferredExporters.clear();
    deferredCollectors.clear();
    for (TypeElement type : waiting) {
      (exporters.contains(type) ? deferredExporters : deferredCollectors).add(type.getQualifiedName().toString());
    }
    exporters.removeAll(waiting);
    collectors.removeAll(waiting);
  }

  /** The resolved classes in an exporter's {@code collectors}, as written. */
  private static List<TypeElement> listedTypes(TypeElement exporter) {
    List<TypeElement> listed = new ArrayList<>();
    ExporterGem.of(exporter).ifPresent(annotation -> {
      for (AnnotationValue value : annotation.collectors().value()) {
        if (value.getValue() instanceof DeclaredType type && type.getKind() == TypeKind.DECLARED) {
          listed.add((TypeElement) type.asElement());
        }
      }
    });
    return listed;
  }

  /**
   * In the last round: each class still set aside is reported where it uses a type that never
   * appeared. Classes set aside only for an exporter or collector of theirs are not: that one is.
   */
  void reportUnresolved() {
    for (Set<String> names : List.of(deferredExporters, deferredCollectors)) {
      for (String name : names) {
        TypeElement type = elements.getTypeElement(name);
        if (type != null) {
          guard.run(type, () -> unresolvedTypes.find(type).ifPresent(missing -> diagnostics.report(Message.TYPE_NOT_FOUND,
              missing.element(), missing.annotation(), missing.value(), missing.user(), missing.type())));
        }
      }
    }
  }
}
