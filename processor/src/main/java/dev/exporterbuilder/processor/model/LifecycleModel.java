package dev.exporterbuilder.processor.model;

import dev.exporterbuilder.annotations.Init;
import dev.exporterbuilder.processor.gem.Gem;
import java.util.List;
import java.util.Optional;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

/**
 * What the generated {@code Main} does with an exporter or collector class around serving: call its
 * {@code @Init} method once the flags are set, and close it at shutdown if it is {@link AutoCloseable}.
 *
 * @param type the class
 * @param inits its {@code @Init} methods in declaration order: validation lets one through
 * @param closeable whether the class is {@link AutoCloseable}
 */
public record LifecycleModel(TypeElement type, List<ExecutableElement> inits, boolean closeable) {

  /** Reads the {@code @Init} methods of {@code type} and whether it is {@link AutoCloseable}. */
  public static LifecycleModel read(TypeElement type, Elements elements, Types types) {
    TypeElement autoCloseable = elements.getTypeElement(AutoCloseable.class.getCanonicalName());
    boolean closeable = types.isAssignable(types.erasure(type.asType()), types.erasure(autoCloseable.asType()));
    return new LifecycleModel(type, initMethods(type), closeable);
  }

  /** The methods of {@code type} annotated {@code @Init}, in declaration order. */
  public static List<ExecutableElement> initMethods(TypeElement type) {
    return type.getEnclosedElements().stream()
        .filter(member -> member.getKind() == ElementKind.METHOD && isInit(member))
        .map(ExecutableElement.class::cast)
        .toList();
  }

  public static boolean isInit(Element element) {
    return Gem.mirror(element, Init.class).isPresent();
  }

  /** The {@code @Init} method, once validation has made sure there is at most one. */
  public Optional<ExecutableElement> init() {
    return inits.stream().findFirst();
  }

  /** Whether the Main must create an instance for this: to call an instance {@code @Init} or to close it. */
  public boolean needsInstance() {
    return closeable || inits.stream().anyMatch(method -> !method.getModifiers().contains(Modifier.STATIC));
  }
}
