package dev.exporterbuilder.runtime.generated;

import java.util.Objects;
import java.util.Optional;

/**
 * What the runtime does with one of the exporter's objects around serving: the {@code @Init} method
 * it calls once, after the flags are applied and before the server listens, and the object it
 * closes at shutdown if the class is {@link AutoCloseable}. Only the exporter's object, enabled
 * collectors' objects and probes' objects are initialised, and only initialised ones are closed.
 */
public final class Lifecycle {

  /** An {@code @Init} method: it may throw anything, which stops start-up. */
  @FunctionalInterface
  public interface Init {
    void run() throws Exception;
  }

  /** Nothing to initialise or close. */
  public static final Lifecycle NONE = new Lifecycle("", null, null, "");

  private final String initName;
  private final Init init;
  private final AutoCloseable closeable;
  private final String closeName;

  private Lifecycle(String initName, Init init, AutoCloseable closeable, String closeName) {
    this.initName = initName;
    this.init = init;
    this.closeable = closeable;
    this.closeName = closeName;
  }

  /**
   * Calls {@code init} before serving.
   *
   * @param method the method as logs name it, such as {@code "Queue.connect"}
   */
  public static Lifecycle init(String method, Init init) {
    return new Lifecycle(Objects.requireNonNull(method, "method"), Objects.requireNonNull(init, "init"), null, "");
  }

  /**
   * Closes {@code closeable} at shutdown.
   *
   * @param name the class as logs name it, such as {@code "Queue"}
   */
  public static Lifecycle closing(String name, AutoCloseable closeable) {
    return new Lifecycle("", null, Objects.requireNonNull(closeable, "closeable"), Objects.requireNonNull(name, "name"));
  }

  /** This lifecycle, also closing {@code closeable} at shutdown. */
  public Lifecycle andClose(String name, AutoCloseable closeable) {
    return new Lifecycle(initName, init, Objects.requireNonNull(closeable, "closeable"), Objects.requireNonNull(name, "name"));
  }

  /** The {@code @Init} method as logs name it, such as {@code "Queue.connect"}; empty without one. */
  public String initName() {
    return initName;
  }

  public Optional<Init> initMethod() {
    return Optional.ofNullable(init);
  }

  /** The class as logs name it; empty when nothing is closed. */
  public String closeName() {
    return closeName;
  }

  public Optional<AutoCloseable> closeable() {
    return Optional.ofNullable(closeable);
  }
}
