package dev.exporterbuilder.processor.model;

import com.sun.source.util.Trees;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.lang.reflect.Proxy;
import javax.annotation.processing.ProcessingEnvironment;

/**
 * javac's source trees, also behind a wrapped processing environment: Gradle's incremental
 * processing hands the processor a wrapper of javac's environment (keeping it in a field), for
 * which {@link Trees#instance(ProcessingEnvironment)} throws. Without the trees, what the processor
 * reads from source (flag defaults in {@code metrics.json}, unresolved class names, initialisers)
 * would differ between Maven and Gradle builds of the same sources.
 */
public final class JavacTrees {

  /** How many wrappers deep the environment is looked for. */
  private static final int MAX_WRAPPERS = 4;

  private JavacTrees() {}

  /** The trees of {@code environment} or of the javac environment it wraps; null under another compiler. */
  public static Trees of(ProcessingEnvironment environment) {
    ProcessingEnvironment current = environment;
    for (int depth = 0; current != null && depth <= MAX_WRAPPERS; depth++) {
      try {
        return Trees.instance(current);
      } catch (IllegalArgumentException e) {
        current = wrapped(current);
      }
    }
    return null;
  }

  /**
   * The environment {@code wrapper} passes its calls on to: an instance field of that type in the
   * wrapper (Gradle's {@code IncrementalProcessingEnvironment}) or, for a {@link Proxy}, in its
   * invocation handler; null when there is none or it cannot be read.
   */
  private static ProcessingEnvironment wrapped(ProcessingEnvironment wrapper) {
    Object holder = Proxy.isProxyClass(wrapper.getClass()) ? Proxy.getInvocationHandler(wrapper) : wrapper;
    for (Class<?> type = holder.getClass(); type != null && type != Object.class; type = type.getSuperclass()) {
      for (Field field : type.getDeclaredFields()) {
        if (Modifier.isStatic(field.getModifiers()) || !ProcessingEnvironment.class.isAssignableFrom(field.getType())) {
          continue;
        }
        try {
          field.setAccessible(true);
          if (field.get(holder) instanceof ProcessingEnvironment inner && inner != wrapper) {
            return inner;
          }
        } catch (IllegalAccessException | RuntimeException e) {
          return null; // a module that does not open the wrapper's package
        }
      }
    }
    return null;
  }
}
