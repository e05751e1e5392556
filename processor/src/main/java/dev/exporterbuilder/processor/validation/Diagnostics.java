package dev.exporterbuilder.processor.validation;

import javax.annotation.processing.Messager;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.tools.Diagnostic;

/**
 * Reports catalog messages on the element, annotation and attribute value they concern, and counts
 * errors so that callers can skip writing code for anything that has one.
 */
public final class Diagnostics {

  private final Messager messager;
  private int errors;

  public Diagnostics(Messager messager) {
    this.messager = messager;
  }

  /** Reports on an element. */
  public void report(Message message, Element element, Object... arguments) {
    report(message, element, null, null, arguments);
  }

  /** Reports on an annotation of an element. */
  public void report(Message message, Element element, AnnotationMirror annotation, Object... arguments) {
    report(message, element, annotation, null, arguments);
  }

  /**
   * Reports on one attribute value of an annotation; javac points at the value when it is written
   * and at the annotation when the attribute takes its default.
   */
  public void report(
      Message message, Element element, AnnotationMirror annotation, AnnotationValue value, Object... arguments) {
    if (message.kind() == Diagnostic.Kind.ERROR) {
      errors++;
    }
    messager.printMessage(message.kind(), message.format(arguments), element, annotation, value);
  }

  /** Errors reported so far; compare before and after validating a unit to know whether it is clean. */
  public int errorCount() {
    return errors;
  }
}
