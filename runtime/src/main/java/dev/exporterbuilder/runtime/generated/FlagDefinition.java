package dev.exporterbuilder.runtime.generated;

import dev.exporterbuilder.annotations.contract.FlagValueType;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * A command-line option declared with {@code @Flag}: its full name without dashes (such as
 * {@code "path.sysfs"} or {@code "collector.thermal.zone-glob"}), its help, its value type, the
 * default shown in {@code --help}, and where the parsed value goes; optionally the environment
 * variable that gives the value when the option is not on the command line ({@link #env(String)}),
 * and whether the value is a secret ({@link #secret()}).
 *
 * @param <T> the value type: {@code String}, {@code Integer}, {@code Long}, {@code Double},
 *     {@code Boolean}, {@code Duration} (Go syntax), {@code Path}, an enum, or {@code List<String>}
 */
public final class FlagDefinition<T> {

  private final String name;
  private final String help;
  private final Class<?> type;
  private final T defaultValue;
  private final Consumer<? super T> target;
  private final String env;
  private final boolean secret;

  private FlagDefinition(String name, String help, Class<?> type, T defaultValue, Consumer<? super T> target,
      String env, boolean secret) {
    this.name = Objects.requireNonNull(name, "name");
    this.help = Objects.requireNonNull(help, "help");
    this.type = Objects.requireNonNull(type, "type");
    this.defaultValue = defaultValue;
    this.target = Objects.requireNonNull(target, "target");
    this.env = Objects.requireNonNull(env, "env");
    this.secret = secret;
  }

  /**
   * A single-valued option.
   *
   * @param type {@code String.class}, {@code Integer.class}, {@code Long.class}, {@code Double.class},
   *     {@code Boolean.class}, {@code Duration.class}, {@code Path.class} or an enum class
   * @param defaultValue the field's initial value, shown in {@code --help}; may be null
   * @param target receives the parsed value when the option is given
   */
  public static <T> FlagDefinition<T> of(String name, String help, Class<T> type, T defaultValue, Consumer<? super T> target) {
    if (!isSupported(type)) {
      throw new IllegalArgumentException("flag --" + name + ": unsupported type " + type.getName());
    }
    return new FlagDefinition<>(name, help, type, defaultValue, target, "", false);
  }

  /** A repeatable option; each occurrence adds one value. */
  public static FlagDefinition<List<String>> stringList(
      String name, String help, List<String> defaultValue, Consumer<? super List<String>> target) {
    return new FlagDefinition<>(name, help, List.class, defaultValue == null ? List.of() : List.copyOf(defaultValue), target,
        "", false);
  }

  /**
   * This option, taking its value from the environment variable {@code variable} when it is not on the
   * command line; {@code --help} names the variable.
   */
  public FlagDefinition<T> env(String variable) {
    if (variable.isEmpty()) {
      throw new IllegalArgumentException("flag --" + name + ": empty environment variable name");
    }
    return new FlagDefinition<>(name, help, type, defaultValue, target, variable, secret);
  }

  /**
   * This option as a secret: {@code --help} shows neither its default nor its value, the log and the
   * served pages show {@code <secret>} in place of its value, and {@code --<name>.file=FILE} reads
   * the value from a file. Only {@code String} options may be secret.
   */
  public FlagDefinition<T> secret() {
    if (type != String.class) {
      throw new IllegalArgumentException("flag --" + name + ": only a String flag can be secret, not " + type.getName());
    }
    return new FlagDefinition<>(name, help, type, defaultValue, target, env, true);
  }

  static boolean isSupported(Class<?> type) {
    return FlagValueType.of(type).filter(t -> t != FlagValueType.STRING_LIST).isPresent();
  }

  /** The option name without the leading dashes. */
  public String name() {
    return name;
  }

  public String help() {
    return help;
  }

  /** The value type; {@code List.class} for a repeatable option. */
  public Class<?> type() {
    return type;
  }

  /** The default shown in {@code --help}; null when there is none. */
  public T defaultValue() {
    return defaultValue;
  }

  /** The environment variable that gives the value when the option is not given; empty for none. */
  public String env() {
    return env;
  }

  /** Whether the value is a secret; see {@link #secret()}. */
  public boolean isSecret() {
    return secret;
  }

  /** Hands a parsed value to the annotated field. */
  public void apply(T value) {
    target.accept(value);
  }

  /** Hands a value the command line parsed as {@link #type()} (a {@code List<String>} for lists). */
  public void applyParsed(Object value) {
    @SuppressWarnings("unchecked") // the parser converts each option to its flag's type
    T typed = (T) value;
    apply(typed);
  }

  @Override
  public String toString() {
    return "--" + name;
  }
}
