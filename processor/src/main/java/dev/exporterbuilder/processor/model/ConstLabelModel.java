package dev.exporterbuilder.processor.model;

import dev.exporterbuilder.processor.gem.ConstLabelGem;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.TypeMirror;

/**
 * A {@code @ConstLabel} field or method as the author wrote it.
 *
 * @param member the field or method
 * @param annotation its {@code @ConstLabel}, read: diagnostics point at its value
 * @param name the label name
 * @param type the field's type or the method's return type
 * @param method true for a method, false for a field
 * @param isStatic whether the member is static
 */
public record ConstLabelModel(Element member, ConstLabelGem annotation, String name, TypeMirror type, boolean method,
    boolean isStatic) {

  /** The class that declares the member. */
  public TypeElement owner() {
    return (TypeElement) member.getEnclosingElement();
  }

  /** The member as an author recognises it: {@code Databases.server()} or {@code Databases.host}. */
  public String displayName() {
    return displayName(member);
  }

  /** {@link #displayName()} of any {@code @ConstLabel} member, also of one outside a collector. */
  public static String displayName(Element member) {
    return member.getEnclosingElement().getSimpleName() + "." + member.getSimpleName()
        + (member.getKind() == ElementKind.METHOD ? "()" : "");
  }
}
