package dev.exporterbuilder.processor.gem;

import javax.lang.model.element.AnnotationValue;

/**
 * One attribute of an annotation as read: its value, and where the author wrote it.
 *
 * @param name the attribute's name, as some messages quote it ({@code cache = "5x"})
 * @param value the value written, else the default; when there is none that compiles (a required
 *     attribute missing, a value javac could not resolve) the type's empty value: {@code ""},
 *     {@code 0}, {@code false}, an empty list
 * @param written the value as written, or null where the attribute takes its default: diagnostics
 *     point at it, and javac falls back to the annotation when it is null
 * @param absent whether the attribute has no usable value: required but not written, or written with
 *     a value that does not compile; javac has reported it already, so checks of the value are moot
 */
public record Attribute<T>(String name, T value, AnnotationValue written, boolean absent) {

  /** Whether the author wrote the attribute. */
  public boolean isWritten() {
    return written != null;
  }
}
