package dev.exporterbuilder.processor.descriptor;

import javax.lang.model.element.TypeElement;

/**
 * A valid {@code @ConstLabel} member, as the Main writer passes it to the runtime.
 *
 * @param name the label name
 * @param owner the class that declares the member
 * @param memberName the field's or method's simple name
 * @param method true for a method, false for a field
 * @param isStatic whether the member is static
 */
public record ConstLabelDescriptor(String name, TypeElement owner, String memberName, boolean method,
    boolean isStatic) {

  /** The member as logs name it: {@code Databases.server()} or {@code Databases.host}. */
  public String displayName() {
    return owner.getSimpleName() + "." + memberName + (method ? "()" : "");
  }
}
