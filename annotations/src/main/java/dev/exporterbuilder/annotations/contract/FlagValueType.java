package dev.exporterbuilder.annotations.contract;

import java.util.Locale;
import java.util.Optional;

/**
 * The value types a {@code @Flag} field may have, with the placeholder {@code --help} shows for
 * each. The processor accepts a field whose type is one of these; the runtime parses each.
 */
public enum FlagValueType {
  STRING("java.lang.String", "", "STRING"),
  INT("java.lang.Integer", "int", "INT"),
  LONG("java.lang.Long", "long", "INT"),
  DOUBLE("java.lang.Double", "double", "FLOAT"),
  BOOLEAN("java.lang.Boolean", "boolean", "BOOLEAN"),
  /** Written in Go's syntax; see {@link GoDuration}. */
  DURATION("java.time.Duration", "", "DURATION"),
  PATH("java.nio.file.Path", "", "PATH"),
  /** Any enum; the placeholder is the enum's simple name in upper case. */
  ENUM("", "", ""),
  /** {@code List<String>}: a repeatable option. */
  STRING_LIST("java.util.List", "", "STRING");

  /** The types as an author reads them in a diagnostic. */
  public static final String DESCRIPTION =
      "String, int, long, double, boolean (or their boxes), Duration, Path, an enum or List<String>";

  private final String className;
  private final String primitive;
  private final String placeholder;

  FlagValueType(String className, String primitive, String placeholder) {
    this.className = className;
    this.primitive = primitive;
    this.placeholder = placeholder;
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
    for (FlagValueType type : values()) {
      if (type != ENUM && (type.className.equals(name) || type.primitive.equals(name))) {
        return Optional.of(type);
      }
    }
    return Optional.empty();
  }

  /** The type of a runtime value class; {@code List.class} is {@link #STRING_LIST}. */
  public static Optional<FlagValueType> of(Class<?> type) {
    return type.isEnum() ? Optional.of(ENUM) : of(type.getName());
  }
}
