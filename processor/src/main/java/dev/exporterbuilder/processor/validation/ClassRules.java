package dev.exporterbuilder.processor.validation;

import java.util.Locale;
import java.util.Optional;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.NestingKind;
import javax.lang.model.element.PackageElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.ElementFilter;

/** Shape checks for the classes that generated code refers to and constructs. */
final class ClassRules {

  private ClassRules() {}

  /** Why generated code cannot use {@code type}, if it cannot: "Scale is an inner (non-static) class". */
  static Optional<String> whyNotUsable(TypeElement type) {
    if (isUsableClass(type)) {
      return Optional.empty();
    }
    String name = type.getSimpleName().toString();
    if (type.getKind() != ElementKind.CLASS) {
      return Optional.of(name + " is " + (type.getKind() == ElementKind.INTERFACE ? "an interface" : "a "
          + type.getKind().name().toLowerCase(Locale.ROOT)));
    }
    if (type.getModifiers().contains(Modifier.ABSTRACT)) {
      return Optional.of(name + " is abstract");
    }
    if (!type.getTypeParameters().isEmpty()) {
      return Optional.of(name + " is generic");
    }
    for (Element e = type; e instanceof TypeElement t; e = e.getEnclosingElement()) {
      if (t.getModifiers().contains(Modifier.PRIVATE)) {
        return Optional.of(t.getSimpleName() + " is private");
      }
      if (t.getNestingKind() == NestingKind.MEMBER && !t.getModifiers().contains(Modifier.STATIC)) {
        return Optional.of(t.getSimpleName() + " is an inner class; make it static");
      }
    }
    return Optional.of(name + " is a local class");
  }

  /** A class that generated code in its package can name: a non-abstract, non-private, top-level or static nested class. */
  static boolean isUsableClass(TypeElement type) {
    if (type.getKind() != ElementKind.CLASS || type.getModifiers().contains(Modifier.ABSTRACT)
        || !type.getTypeParameters().isEmpty()) {
      return false;
    }
    for (Element e = type; e instanceof TypeElement t; e = e.getEnclosingElement()) {
      if (t.getModifiers().contains(Modifier.PRIVATE)) {
        return false;
      }
      if (t.getNestingKind() == NestingKind.MEMBER && !t.getModifiers().contains(Modifier.STATIC)) {
        return false;
      }
      if (t.getNestingKind() == NestingKind.LOCAL || t.getNestingKind() == NestingKind.ANONYMOUS) {
        return false;
      }
    }
    return true;
  }

  /** Whether code in {@code fromPackage} can call a no-argument constructor of {@code type}. */
  static boolean hasNoArgConstructorFrom(TypeElement type, PackageElement fromPackage) {
    boolean samePackage = packageOf(type).equals(fromPackage);
    if (!samePackage && !isPublicAllTheWay(type)) {
      return false;
    }
    for (ExecutableElement constructor : ElementFilter.constructorsIn(type.getEnclosedElements())) {
      if (!constructor.getParameters().isEmpty()) {
        continue;
      }
      if (samePackage ? !constructor.getModifiers().contains(Modifier.PRIVATE)
          : constructor.getModifiers().contains(Modifier.PUBLIC)) {
        return true;
      }
    }
    return false;
  }

  /** "package-private or public" in the same package, "public" elsewhere: for messages. */
  static String requiredAccess(TypeElement type, PackageElement fromPackage) {
    return packageOf(type).equals(fromPackage) ? "non-private" : "public";
  }

  static PackageElement packageOf(Element element) {
    Element e = element;
    while (!(e instanceof PackageElement)) {
      e = e.getEnclosingElement();
    }
    return (PackageElement) e;
  }

  /** Whether code in {@code fromPackage} can name {@code type}: public all the way, or non-private in its package. */
  static boolean isAccessibleFrom(TypeElement type, PackageElement fromPackage) {
    if (!packageOf(type).equals(fromPackage)) {
      return isPublicAllTheWay(type);
    }
    for (Element e = type; e instanceof TypeElement t; e = e.getEnclosingElement()) {
      if (t.getModifiers().contains(Modifier.PRIVATE)) {
        return false;
      }
    }
    return true;
  }

  static boolean isPublicAllTheWay(TypeElement type) {
    for (Element e = type; e instanceof TypeElement t; e = e.getEnclosingElement()) {
      if (!t.getModifiers().contains(Modifier.PUBLIC)) {
        return false;
      }
    }
    return true;
  }
}
