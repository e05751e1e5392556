package dev.exporterbuilder.processor.descriptor;

import dev.exporterbuilder.processor.model.LifecycleModel;
import java.util.Optional;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;

/**
 * A valid lifecycle of an exporter or collector class, as the Main writer emits it.
 *
 * @param init the {@code @Init} method, if any
 * @param closeable whether the class is {@link AutoCloseable}, so that shutdown closes it
 */
public record ObjectLifecycle(Optional<ExecutableElement> init, boolean closeable) {

  /** Nothing to initialise or close. */
  public static final ObjectLifecycle NONE = new ObjectLifecycle(Optional.empty(), false);

  public static ObjectLifecycle of(LifecycleModel model) {
    if (model.inits().size() > 1) {
      throw new IllegalStateException("validation let two @Init methods of " + model.type() + " through");
    }
    return new ObjectLifecycle(model.init(), model.closeable());
  }

  /** Whether the Main must create an instance: to call an instance {@code @Init} or to close it. */
  public boolean needsInstance() {
    return closeable || init.map(method -> !method.getModifiers().contains(Modifier.STATIC)).orElse(false);
  }

  public boolean isEmpty() {
    return init.isEmpty() && !closeable;
  }
}
