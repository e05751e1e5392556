package dev.exporterbuilder.annotations.contract;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The value types a {@code @Flag} field may have, with the placeholder {@code --help} shows for
 * each. The processor accepts a field whose type is one of these; the runtime parses each.
 */
public enum FlagValueType {
  STRING("java.lang.String", "", "STRING", "String"),
  INT("java.lang.Integer", "int", "INT", "int"),
  LONG("java.lang.Long", "long", "INT", "long"),
  DOUBLE("java.lang.Double", "double", "FLOAT", "double"),
  BOOLEAN("java.lang.Boolean", "boolean", "BOOLEAN", "boolean (or their boxes)"),
  /** Written in Go's syntax; see {@link GoDuration}. */
  DURATION("java.time.Duration", "", "DURATION", "Duration"),
  PATH("java.nio.file.Path", "", "PATH", "Path"),
  /** Any enum; the placeholder is the enum's simple name in upper case. */
  ENUM("", "", "", "an enum"),
  /** {@code List<String>}: a repeatable option. */
  STRING_LIST("java.util.List", "", "STRING", "List<String>");

  /**
   * The types as an author reads them in a diagnostic: {@code "String, int, long, double, boolean (or
   * their boxes), Duration, Path, an enum or List<String>"}.
   */
  public static final String DESCRIPTION = describe();

  private final String className;
  private final String primitive;
  private final String placeholder;
  private final String shown;

  FlagValueType(String className, String primitive, String placeholder, String shown) {
    this.className = className;
    this.primitive = primitive;
    this.placeholder = placeholder;
    this.shown = shown;
  }

  /** The qualified name of the (boxed) class; empty for {@link #ENUM}. */
  public String className() {
    return className;
  }

  /**
   * The placeholder in {@code --help}, as in {@code --web.listen-address=STRING}.
   *
   * @param simpleName the enum's simple name, used for {@link #ENUM}
   */
  public String placeholder(String simpleName) {
    return this == ENUM ? simpleName.toUpperCase(Locale.ROOT) : placeholder;
  }

  /**
   * The type of a field declared with this qualified class name, or primitive keyword such as
   * {@code int}; empty for enums (test those first) and for types a flag cannot have. A
   * {@code java.util.List} is {@link #STRING_LIST} only if its element type is {@code String}; the
   * caller checks that.
   */
  public static Optional<FlagValueType> of(String name) {
    if (name.isEmpty()) {
      return Optional.empty();
    }
    return Arrays.stream(values())
        .filter(type -> type.className.equals(name) || type.primitive.equals(name))
        .findFirst();
  }

  /**
   * The type of a runtime value class: a box, not a primitive, since the parsed value is an object;
   * {@code List.class} is {@link #STRING_LIST}.
   */
  public static Optional<FlagValueType> of(Class<?> type) {
    if (type.isPrimitive()) {
      return Optional.empty();
    }
    return type.isEnum() ? Optional.of(ENUM) : of(type.getName());
  }

  private static String describe() {
    List<String> shown = Arrays.stream(values()).map(type -> type.shown).toList();
    return String.join(", ", shown.subList(0, shown.size() - 1)) + " or " + shown.get(shown.size() - 1);
  }
}
