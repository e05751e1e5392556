package dev.exporterbuilder.processor;

import com.sun.source.tree.AnnotationTree;
import com.sun.source.tree.AssignmentTree;
import com.sun.source.tree.ExpressionTree;
import com.sun.source.tree.NewArrayTree;
import com.sun.source.util.Trees;
import dev.exporterbuilder.processor.gem.Attribute;
import dev.exporterbuilder.processor.gem.ExporterGem;
import dev.exporterbuilder.processor.gem.FlagGem;
import dev.exporterbuilder.processor.gem.LabelGem;
import dev.exporterbuilder.processor.model.ModelReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.annotation.processing.ProcessingEnvironment;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.RecordComponentElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.ArrayType;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.type.WildcardType;
import javax.lang.model.util.ElementFilter;

/**
 * Finds the types the processor would inspect for a class that javac could not resolve (yet): in
 * an early round they are {@link TypeKind#ERROR}, as a type that another annotation processor is
 * about to generate is. Judging such a class now would report false errors (its member's type "cannot
 * be a metric value"), so it waits for a later round, as AutoValue's and Dagger's processors do.
 *
 * <p>What is inspected is what {@link ModelReader} reads: the class's superclasses and interfaces,
 * each metric member's type (with its type arguments, array components and wildcard bounds) and
 * thrown types, the components of records and the members of {@code @Label} classes among those
 * types, {@code @Flag} field types, and the classes listed in {@code @Exporter(collectors)}.
 */
final class UnresolvedTypes {

  /**
   * A type that could not be resolved, and where it is used.
   *
   * @param element the class or member that uses it
   * @param annotation the annotation it is written in, or null
   * @param value the annotation value it is written in, or null
   * @param user how the element is named in the message: {@code temperature()}, {@code Pump}
   * @param type the type as written
   */
  record Unresolved(Element element, AnnotationMirror annotation, AnnotationValue value, String user, String type) {}

  private final Trees trees;

  UnresolvedTypes(ProcessingEnvironment environment) {
    this.trees = trees(environment);
  }

  /**
   * javac's source trees, to name a class literal that did not resolve; null under another compiler,
   * or where the environment is wrapped (as Gradle's incremental processing wraps it).
   */
  private static Trees trees(ProcessingEnvironment environment) {
    try {
      return Trees.instance(environment);
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  /** The first type of an {@code @Exporter} or {@code @Collector} class that is not resolved, if any. */
  Optional<Unresolved> find(TypeElement type) {
    String className = type.getSimpleName().toString();
    List<TypeMirror> supertypes = new ArrayList<>(type.getInterfaces());
    supertypes.add(0, type.getSuperclass());
    for (TypeMirror supertype : supertypes) {
      String missing = unresolved(supertype);
      if (missing != null) {
        return Optional.of(new Unresolved(type, null, null, className, missing));
      }
    }
    Optional<ExporterGem> exporter = ExporterGem.of(type);
    if (exporter.isPresent()) {
      Optional<Unresolved> listed = listedCollectors(type, exporter.get());
      if (listed.isPresent()) {
        return listed;
      }
    }
    for (Element member : ModelReader.metricMembers(type)) {
      String missing = inMember(member);
      if (missing != null) {
        return Optional.of(new Unresolved(member, null, null, memberName(member), missing));
      }
    }
    for (Element field : ElementFilter.fieldsIn(type.getEnclosedElements())) {
      String missing = FlagGem.of(field).isPresent() ? unresolved(field.asType()) : null;
      if (missing != null) {
        return Optional.of(new Unresolved(field, null, null, field.getSimpleName().toString(), missing));
      }
    }
    return Optional.empty();
  }

  /**
   * A class literal in {@code @Exporter(collectors)} that javac could not resolve: its value is then
   * not a type but the string {@code "<error>"}.
   */
  private Optional<Unresolved> listedCollectors(TypeElement type, ExporterGem exporter) {
    Attribute<List<AnnotationValue>> collectors = exporter.collectors();
    if (collectors.isWritten() && collectors.written().getValue() instanceof List<?> values) {
      for (int i = 0; i < values.size(); i++) {
        AnnotationValue value = (AnnotationValue) values.get(i);
        if (!(value.getValue() instanceof TypeMirror listed) || unresolved(listed) != null) {
          return Optional.of(new Unresolved(type, exporter.mirror(), value, "@Exporter(" + collectors.name() + ")",
              written(type, exporter.mirror(), collectors.name(), i)));
        }
      }
    }
    return Optional.empty();
  }

  /**
   * {@code Missing} for the class literal {@code Missing.class} at {@code index} in
   * {@code @Exporter(collectors)}, as written in the source; "a class" without javac's trees.
   */
  private String written(Element exporter, AnnotationMirror annotation, String attribute, int index) {
    if (trees != null && trees.getTree(exporter, annotation) instanceof AnnotationTree tree) {
      for (ExpressionTree argument : tree.getArguments()) {
        if (argument instanceof AssignmentTree assignment && assignment.getVariable().toString().equals(attribute)) {
          List<? extends ExpressionTree> items = assignment.getExpression() instanceof NewArrayTree array
              ? array.getInitializers()
              : List.of(assignment.getExpression());
          if (index < items.size()) {
            return items.get(index).toString().replaceFirst("\\.class$", "");
          }
        }
      }
    }
    return "a class";
  }

  /** The first unresolved type a metric member's value, elements, labels or thrown exceptions use; null if none. */
  private static String inMember(Element member) {
    List<TypeMirror> types = new ArrayList<>();
    if (member instanceof ExecutableElement method) {
      types.add(method.getReturnType());
      types.addAll(method.getThrownTypes());
    } else {
      types.add(member.asType());
    }
    for (TypeMirror type : types) {
      String missing = unresolved(type);
      if (missing == null) {
        missing = inElementTypes(type);
      }
      if (missing != null) {
        return missing;
      }
    }
    return null;
  }

  /**
   * The first unresolved type among what the generated code reads from the elements of {@code type}:
   * the components of a record, the fields and methods of a {@code @Label} class and its superclasses,
   * for {@code type} itself and each of its type arguments and array components.
   */
  private static String inElementTypes(TypeMirror type) {
    if (type.getKind() == TypeKind.ARRAY) {
      return inElementTypes(((ArrayType) type).getComponentType());
    }
    if (type instanceof WildcardType wildcard) {
      return wildcard.getExtendsBound() == null ? null : inElementTypes(wildcard.getExtendsBound());
    }
    if (type.getKind() != TypeKind.DECLARED) {
      return null;
    }
    DeclaredType declared = (DeclaredType) type;
    for (TypeMirror argument : declared.getTypeArguments()) {
      String missing = inElementTypes(argument);
      if (missing != null) {
        return missing;
      }
    }
    TypeElement element = (TypeElement) declared.asElement();
    if (element.getKind() == ElementKind.RECORD) {
      for (RecordComponentElement component : element.getRecordComponents()) {
        String missing = unresolved(component.asType());
        if (missing != null) {
          return missing;
        }
      }
      return null;
    }
    return element.getKind() == ElementKind.CLASS ? inLabelledClass(element) : null;
  }

  /** Walks a class and its superclasses; their members count only if one of them has a {@code @Label}. */
  private static String inLabelledClass(TypeElement type) {
    List<Element> members = new ArrayList<>();
    boolean labelled = false;
    for (TypeElement current = type; current != null && !current.getQualifiedName().contentEquals("java.lang.Object"); ) {
      TypeMirror superclass = current.getSuperclass();
      String missing = unresolved(superclass);
      if (missing != null) {
        return missing;
      }
      for (Element member : current.getEnclosedElements()) {
        if (member.getKind() == ElementKind.FIELD || member.getKind() == ElementKind.METHOD) {
          members.add(member);
          labelled |= LabelGem.of(member).isPresent();
        }
      }
      current = superclass.getKind() == TypeKind.DECLARED ? (TypeElement) ((DeclaredType) superclass).asElement() : null;
    }
    if (!labelled) {
      return null;
    }
    for (Element member : members) {
      String missing = unresolved(member instanceof ExecutableElement method ? method.getReturnType() : member.asType());
      if (missing != null) {
        return missing;
      }
    }
    return null;
  }

  /** The first unresolved type in {@code type}, its type arguments, array components and wildcard bounds; null if none. */
  private static String unresolved(TypeMirror type) {
    switch (type.getKind()) {
      case ERROR:
        return type.toString();
      case ARRAY:
        return unresolved(((ArrayType) type).getComponentType());
      case WILDCARD:
        WildcardType wildcard = (WildcardType) type;
        TypeMirror bound = wildcard.getExtendsBound() != null ? wildcard.getExtendsBound() : wildcard.getSuperBound();
        return bound == null ? null : unresolved(bound);
      case DECLARED:
        for (TypeMirror argument : ((DeclaredType) type).getTypeArguments()) {
          String missing = unresolved(argument);
          if (missing != null) {
            return missing;
          }
        }
        return null;
      default:
        return null;
    }
  }

  /** {@code temperature()} for a method, {@code zones} for a field. */
  private static String memberName(Element member) {
    return member.getSimpleName() + (member.getKind() == ElementKind.METHOD ? "()" : "");
  }
}
