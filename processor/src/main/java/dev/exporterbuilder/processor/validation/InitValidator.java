package dev.exporterbuilder.processor.validation;

import dev.exporterbuilder.processor.model.ExporterModel;
import dev.exporterbuilder.processor.model.LifecycleModel;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.PackageElement;
import javax.lang.model.element.TypeElement;

/**
 * Checks the {@code @Init} methods of exporter and collector classes: that the generated Main can
 * call the one method of a class without arguments. Each class is judged once, however many roles
 * it has (an exporter class is also its own collector).
 */
final class InitValidator {

  private final Diagnostics diagnostics;
  private final Map<TypeElement, Boolean> judged = new HashMap<>();

  InitValidator(Diagnostics diagnostics) {
    this.diagnostics = diagnostics;
  }

  /** Checks the class's own {@code @Init} methods; whether they are free of errors. */
  boolean validate(LifecycleModel lifecycle) {
    return judged.computeIfAbsent(lifecycle.type(), type -> {
      int before = diagnostics.errorCount();
      List<ExecutableElement> inits = lifecycle.inits();
      for (ExecutableElement init : inits) {
        if (init.getModifiers().contains(Modifier.PRIVATE)) {
          diagnostics.report(Message.INIT_PRIVATE, init, name(init));
        }
        if (!init.getParameters().isEmpty()) {
          diagnostics.report(Message.INIT_PARAMETERS, init, name(init));
        }
      }
      for (ExecutableElement second : inits.subList(Math.min(1, inits.size()), inits.size())) {
        diagnostics.report(Message.INIT_TWICE, second, type.getSimpleName(), name(inits.get(0)), name(second));
      }
      return diagnostics.errorCount() == before;
    });
  }

  /**
   * What the exporter's Main needs to call a class's {@code @Init} and close it: a method it can
   * reach from its package, and a constructor where only the lifecycle needs an instance.
   *
   * @param instanceNeeded whether the Main creates the class anyway (its members or flags need it),
   *     so that its constructor is checked elsewhere
   */
  void validateServed(ExporterModel exporter, LifecycleModel lifecycle, boolean instanceNeeded) {
    TypeElement type = lifecycle.type();
    PackageElement mainPackage = ClassRules.packageOf(exporter.type());
    String main = exporter.type().getSimpleName() + "Main";
    boolean otherPackage = !ClassRules.packageOf(type).equals(mainPackage);
    for (ExecutableElement init : lifecycle.inits()) {
      if (otherPackage && !init.getModifiers().contains(Modifier.PUBLIC)
          && !init.getModifiers().contains(Modifier.PRIVATE)) {
        diagnostics.report(Message.INIT_NOT_ACCESSIBLE, init, "@Init method " + name(init), type.getSimpleName(), main,
            mainPackage.getQualifiedName(), "make it public, since " + type.getSimpleName() + " is in another package");
      }
    }
    if (!instanceNeeded && lifecycle.needsInstance() && ClassRules.isUsableClass(type)
        && !ClassRules.hasNoArgConstructorFrom(type, mainPackage)) {
      String why = lifecycle.closeable() ? "to close it at shutdown, since it is AutoCloseable" : "to call its @Init method";
      diagnostics.report(Message.INIT_NOT_ACCESSIBLE, type, "the constructor", type.getSimpleName(), main,
          mainPackage.getQualifiedName(), "give it a " + ClassRules.requiredAccess(type, mainPackage)
              + " constructor without parameters: the Main creates one " + why);
    }
  }

  private static String name(ExecutableElement method) {
    return method.getSimpleName() + "()";
  }
}
