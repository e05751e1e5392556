package dev.exporterbuilder.processor.model;

import dev.exporterbuilder.annotations.contract.FlagValueType;
import java.util.List;
import java.util.Optional;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.type.WildcardType;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

/**
 * What a member's type is to the reader: a value kind, a flag type, a map or an element container.
 * It classifies only; whether the author may use the type is the validators' judgement.
 */
final class TypeClassifier {

  private static final String CONST_HISTOGRAM = RuntimeTypes.CONST_HISTOGRAM.canonicalName();
  private static final String CONST_SUMMARY = RuntimeTypes.CONST_SUMMARY.canonicalName();

  private final Elements elements;
  private final Types types;

  TypeClassifier(Elements elements, Types types) {
    this.elements = elements;
    this.types = types;
  }

  /**
   * The type arguments with which {@code type} implements {@code supertype}, such as the key and
   * value types of {@code TreeMap<Zone, Long>} as a {@code java.util.Map}; empty when it does not, or
   * raw.
   */
  List<? extends TypeMirror> typeArguments(TypeMirror type, String supertype) {
    if (type.getKind() != TypeKind.DECLARED || !isSubtype(type, supertype)) {
      return List.of();
    }
    TypeMirror target = types.erasure(elements.getTypeElement(supertype).asType());
    for (TypeMirror candidate = type; candidate != null; candidate = supertypeTowards(candidate, supertype)) {
      if (types.isSameType(types.erasure(candidate), target)) {
        return ((DeclaredType) candidate).getTypeArguments();
      }
    }
    return List.of();
  }

  /** The direct supertype of {@code type} on the way to {@code supertype}, or null. */
  private TypeMirror supertypeTowards(TypeMirror type, String supertype) {
    for (TypeMirror candidate : types.directSupertypes(type)) {
      if (isSubtype(candidate, supertype)) {
        return candidate;
      }
    }
    return null;
  }


  /** {@code ? extends Number} → {@code Number}; other types as they are. */
  static TypeMirror upperBound(TypeMirror type) {
    if (type instanceof WildcardType wildcard) {
      return wildcard.getExtendsBound() != null ? wildcard.getExtendsBound() : type;
    }
    return type;
  }

  /** Classifies a metric member's type. */
  ValueKind valueKind(TypeMirror type) {
    switch (type.getKind()) {
      case DOUBLE, FLOAT, LONG, INT, SHORT, BYTE:
        return ValueKind.PRIMITIVE_NUMBER;
      case BOOLEAN:
        return ValueKind.PRIMITIVE_BOOLEAN;
      case DECLARED:
        break;
      default:
        return ValueKind.UNSUPPORTED;
    }
    if (isSubtype(type, "java.lang.Number")) {
      return ValueKind.NUMBER;
    }
    if (((DeclaredType) type).asElement().getKind() == ElementKind.ENUM) {
      return ValueKind.ENUM;
    }
    String name = qualifiedName(type);
    if (name.equals(CONST_HISTOGRAM)) {
      return ValueKind.HISTOGRAM_DATA;
    }
    if (name.equals(CONST_SUMMARY)) {
      return ValueKind.SUMMARY_DATA;
    }
    switch (name) {
      case "java.lang.Boolean":
        return ValueKind.BOOLEAN;
      case "java.util.concurrent.atomic.AtomicBoolean":
        return ValueKind.ATOMIC_BOOLEAN;
      case "java.util.OptionalDouble":
        return ValueKind.OPTIONAL_DOUBLE;
      case "java.util.OptionalLong":
        return ValueKind.OPTIONAL_LONG;
      case "java.util.OptionalInt":
        return ValueKind.OPTIONAL_INT;
      default:
        return ValueKind.UNSUPPORTED;
    }
  }

  /** Classifies a flag field's type; empty when a flag cannot have it. */
  Optional<FlagValueType> flagType(TypeMirror type) {
    if (type.getKind().isPrimitive()) {
      return FlagValueType.of(type.toString());
    }
    if (type.getKind() != TypeKind.DECLARED) {
      return Optional.empty();
    }
    DeclaredType declared = (DeclaredType) type;
    if (declared.asElement().getKind() == ElementKind.ENUM) {
      return Optional.of(FlagValueType.ENUM);
    }
    Optional<FlagValueType> flagType = FlagValueType.of(qualifiedName(type));
    if (flagType.equals(Optional.of(FlagValueType.STRING_LIST))) {
      List<? extends TypeMirror> arguments = declared.getTypeArguments();
      boolean strings = arguments.size() == 1 && qualifiedName(arguments.get(0)).equals("java.lang.String");
      return strings ? flagType : Optional.empty();
    }
    return flagType;
  }

  private boolean isSubtype(TypeMirror type, String className) {
    TypeElement element = elements.getTypeElement(className);
    return element != null && types.isAssignable(types.erasure(type), types.erasure(element.asType()));
  }

  private static String qualifiedName(TypeMirror type) {
    if (type.getKind() != TypeKind.DECLARED) {
      return "";
    }
    return ((TypeElement) ((DeclaredType) type).asElement()).getQualifiedName().toString();
  }


  /** A client_java metric class that a field may hold for direct instrumentation, or "". */
  static String instrumentType(TypeMirror type) {
    String name = qualifiedName(type);
    for (MetricKind kind : MetricKind.values()) {
      if (kind.instrumentedBy(name)) {
        return name;
      }
    }
    return "";
  }

  static boolean isRecord(TypeMirror type) {
    return type.getKind() == TypeKind.DECLARED && ((DeclaredType) type).asElement().getKind() == ElementKind.RECORD;
  }
}
