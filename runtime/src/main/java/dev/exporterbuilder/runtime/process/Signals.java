package dev.exporterbuilder.runtime.process;

import java.lang.reflect.Constructor;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;

/**
 * Handles SIGTERM, so that an exporter stopped by systemd or Kubernetes can finish its scrapes and
 * exit 0 instead of the JVM's 143.
 *
 * <p>The JDK's only signal API is {@code sun.misc.Signal} in module {@code jdk.unsupported}, which
 * every JDK from 9 to 25 exports. It is used reflectively, so that the runtime compiles without
 * internal-API warnings and still starts (with the JVM's default handling) where it is missing.
 */
public final class Signals {

  private Signals() {}

  /**
   * Runs {@code handler} on a thread of the JVM's when SIGTERM arrives, instead of the JVM's
   * default of running the shutdown hooks and exiting 143.
   *
   * @return whether the handler was installed
   */
  public static boolean onTerm(Runnable handler) {
    try {
      Class<?> signalClass = Class.forName("sun.misc.Signal");
      Class<?> handlerClass = Class.forName("sun.misc.SignalHandler");
      Constructor<?> signal = signalClass.getConstructor(String.class);
      Method handle = signalClass.getMethod("handle", signalClass, handlerClass);
      Object proxy = Proxy.newProxyInstance(Signals.class.getClassLoader(), new Class<?>[] {handlerClass},
          (self, method, arguments) -> switch (method.getName()) {
            case "handle" -> {
              handler.run();
              yield null;
            }
            case "hashCode" -> System.identityHashCode(self);
            case "equals" -> self == arguments[0];
            case "toString" -> "exporter SIGTERM handler";
            default -> null;
          });
      handle.invoke(null, signal.newInstance("TERM"), proxy);
      return true;
    } catch (ReflectiveOperationException | RuntimeException | LinkageError e) {
      Log.debug("Cannot handle SIGTERM; the JVM's default applies (exit 143)", "err", FailureLog.describe(e));
      return false;
    }
  }
}
