package dev.exporterbuilder.processor.codegen;

import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.Modifier;
import javax.lang.model.type.ArrayType;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.type.WildcardType;

/**
 * Whether generated code in the source's package can write a type down: no private class in it,
 * no type variable, nothing anonymous. A {@code var} can hold a value of any type; a parameter
 * only of a type that can be named.
 */
final class Nameable {

  private Nameable() {}

  static boolean from(TypeMirror type) {
    if (type.getKind().isPrimitive()) {
      return true;
    }
    if (type instanceof ArrayType array) {
      return from(array.getComponentType());
    }
    if (type instanceof WildcardType wildcard) {
      return (wildcard.getExtendsBound() == null || from(wildcard.getExtendsBound()))
          && (wildcard.getSuperBound() == null || from(wildcard.getSuperBound()));
    }
    if (type.getKind() != TypeKind.DECLARED) {
      return false;
    }
    DeclaredType declared = (DeclaredType) type;
    for (Element element = declared.asElement(); element != null && element.getKind() != ElementKind.PACKAGE;
        element = element.getEnclosingElement()) {
      if (element.getModifiers().contains(Modifier.PRIVATE) || element.getSimpleName().isEmpty()
          || !(element.getKind().isClass() || element.getKind().isInterface())) {
        return false;
      }
    }
    return declared.getTypeArguments().stream().allMatch(Nameable::from);
  }
}
