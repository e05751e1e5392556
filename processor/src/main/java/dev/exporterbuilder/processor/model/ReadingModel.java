package dev.exporterbuilder.processor.model;

import java.util.List;
import java.util.Optional;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.type.TypeMirror;

/**
 * The {@code @Reading} of a collector class, as the author wrote it, and the metric methods that
 * take a parameter to receive it.
 *
 * @param methods the {@code @Reading} methods the class has: its own in declaration order, then
 *     those it inherits; more than one is an error
 * @param type what the first one returns, as seen from the collector class; null without one
 * @param receivers the metric methods that declare exactly one parameter, in declaration order
 */
public record ReadingModel(List<ExecutableElement> methods, TypeMirror type, List<Receiver> receivers) {

  /** The reading the generated collector calls: the first one, if any. */
  public Optional<ExecutableElement> method() {
    return methods.stream().findFirst();
  }

  public boolean isStatic() {
    return method().map(method -> method.getModifiers().contains(Modifier.STATIC)).orElse(true);
  }

  /**
   * A metric method with one parameter.
   *
   * @param member the method
   * @param fits whether the reading's type can be passed to its parameter; false without a reading
   */
  public record Receiver(ExecutableElement member, boolean fits) {

    public TypeMirror parameterType() {
      return member.getParameters().get(0).asType();
    }
  }
}
