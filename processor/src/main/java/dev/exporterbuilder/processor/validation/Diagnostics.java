package dev.exporterbuilder.processor.validation;

import dev.exporterbuilder.processor.gem.Attribute;
import dev.exporterbuilder.processor.gem.Gem;
import dev.exporterbuilder.processor.gem.SuppressWarningsGem;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.annotation.processing.Messager;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;
import javax.tools.Diagnostic;

/**
 * Reports catalog messages on the element, annotation and attribute value they concern, and counts
 * errors so that callers can skip writing code for anything that has one. A check that has a rule
 * name is skipped where the author switched it off: on the element or an enclosing one with
 * {@code @SuppressWarnings("exporter-builder:<rule>")}, or for the build with
 * {@code -Aexporterbuilder.disable=<rule>,...}.
 */
public final class Diagnostics {

  /** The prefix of this processor's {@code @SuppressWarnings} tokens. */
  public static final String SUPPRESSION_PREFIX = "exporter-builder:";

  private final Messager messager;
  private final Set<String> disabledRules;
  private final Set<Reported> reported = new HashSet<>();
  private int errors;

  /**
   * Where to report what is found in a collector read from a class file, which has no source
   * position: on the exporter's listing of it.
   */
  private final Map<TypeElement, Reported> apart = new HashMap<>();

  private record Reported(Element element, AnnotationMirror annotation, AnnotationValue value, String text) {}

  /**
   * @param disabledRules the rules switched off for the whole build
   */
  public Diagnostics(Messager messager, Set<String> disabledRules) {
    this.messager = messager;
    this.disabledRules = Set.copyOf(disabledRules);
  }

  /** Reports on the build as a whole, such as a bad processor option. */
  public void report(Message message, Object... arguments) {
    count(message);
    messager.printMessage(message.kind(), message.format(arguments));
  }

  /** Reports on an element. */
  public void report(Message message, Element element, Object... arguments) {
    report(message, element, (AnnotationMirror) null, (AnnotationValue) null, arguments);
  }

  /** Reports on an annotation of an element. */
  public void report(Message message, Element element, AnnotationMirror annotation, Object... arguments) {
    report(message, element, annotation, (AnnotationValue) null, arguments);
  }

  /** Reports on an annotation of an element; none when {@code annotation} is null. */
  public void report(Message message, Element element, Gem annotation, Object... arguments) {
    report(message, element, annotation == null ? null : annotation.mirror(), null, arguments);
  }

  /**
   * Reports on one attribute of an annotation: where it is written, else on the annotation; none
   * when {@code annotation} is null.
   */
  public void report(
      Message message, Element element, Gem annotation, Attribute<?> attribute, Object... arguments) {
    report(message, element, annotation == null ? null : annotation.mirror(),
        attribute == null ? null : attribute.written(), arguments);
  }

  /** Reports on one value within an attribute, such as one class of {@code @Exporter(collectors)}. */
  public void report(Message message, Element element, Gem annotation, AnnotationValue value, Object... arguments) {
    report(message, element, annotation == null ? null : annotation.mirror(), value, arguments);
  }

  /**
   * Reports on one attribute value of an annotation; javac points at the value when it is written
   * and at the annotation when the attribute takes its default.
   */
  public void report(
      Message message, Element element, AnnotationMirror annotation, AnnotationValue value, Object... arguments) {
    if (isSwitchedOff(message, element)) {
      return;
    }
    String text = message.format(arguments);
    for (Element e = element; e != null; e = e.getEnclosingElement()) {
      Reported listing = apart.get(e);
      if (listing != null) {
        text += " (in " + describe(element) + ", compiled apart from this exporter)";
        element = listing.element();
        annotation = listing.annotation();
        value = listing.value();
        break;
      }
    }
    // one record or type can be reached from several members; say each thing once per place
    if (!reported.add(new Reported(element, annotation, value, text))) {
      return;
    }
    count(message);
    messager.printMessage(message.kind(), text, element, annotation, value);
  }

  /**
   * From now on, reports on {@code collector} (compiled apart from the exporter, so read from its
   * class file) and its members go to {@code value} of the exporter's annotation, naming the element.
   */
  public void reportApartOn(TypeElement collector, Element exporter, AnnotationMirror annotation,
      AnnotationValue value) {
    apart.put(collector, new Reported(exporter, annotation, value, ""));
  }

  /** Ends what {@link #reportApartOn} began, once the exporter listing the collector is judged. */
  public void endReportApart(TypeElement collector) {
    apart.remove(collector);
  }

  /** Errors reported so far; compare before and after validating a unit to know whether it is clean. */
  public int errorCount() {
    return errors;
  }

  private void count(Message message) {
    if (message.kind() == Diagnostic.Kind.ERROR) {
      errors++;
    }
  }

  /** {@code lib.Queue} or {@code lib.Queue.depth}. */
  private static String describe(Element element) {
    return element instanceof TypeElement type
        ? type.getQualifiedName().toString()
        : describe(element.getEnclosingElement()) + "." + element.getSimpleName();
  }

  /**
   * Whether the author switched {@code message}'s rule off for {@code element}: on it or an enclosing
   * element, or for the build. Code is generated to match where a rule's check also binds at run time.
   */
  public boolean isSwitchedOff(Message message, Element element) {
    if (message.rule().isEmpty()) {
      return false;
    }
    String rule = message.rule().get();
    if (disabledRules.contains(rule)) {
      return true;
    }
    for (Element e = element; e != null; e = e.getEnclosingElement()) {
      Optional<SuppressWarningsGem> suppressed = SuppressWarningsGem.of(e);
      if (suppressed.isPresent() && suppressed.get().value().value().contains(SUPPRESSION_PREFIX + rule)) {
        return true;
      }
    }
    return false;
  }
}
