package dev.exporterbuilder.processor.artifact;

import com.sun.source.tree.ExpressionTree;
import com.sun.source.tree.IdentifierTree;
import com.sun.source.tree.LiteralTree;
import com.sun.source.tree.MemberSelectTree;
import com.sun.source.tree.MethodInvocationTree;
import com.sun.source.tree.Tree;
import com.sun.source.tree.VariableTree;
import com.sun.source.util.Trees;
import dev.exporterbuilder.annotations.contract.FlagValueType;
import dev.exporterbuilder.annotations.contract.GoDuration;
import dev.exporterbuilder.processor.descriptor.FlagDescriptor;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.annotation.processing.ProcessingEnvironment;
import javax.lang.model.type.TypeKind;

/**
 * A flag's default as {@code --help} shows it, where the source says it plainly: a constant, a
 * literal, {@code Duration.ofSeconds(30)}, {@code Path.of("/proc")}, {@code List.of("a", "b")}, an
 * enum constant, or a primitive field's zero. Anything computed is unknown here (the running
 * exporter's {@code --help} shows it), and so is every default under a compiler without javac's trees.
 */
final class FlagDefaults {

  private static final Map<String, Duration> DURATION_UNITS = Map.of(
      "ofNanos", Duration.ofNanos(1), "ofMillis", Duration.ofMillis(1), "ofSeconds", Duration.ofSeconds(1),
      "ofMinutes", Duration.ofMinutes(1), "ofHours", Duration.ofHours(1), "ofDays", Duration.ofDays(1));

  private final Trees trees;

  private FlagDefaults(Trees trees) {
    this.trees = trees;
  }

  static FlagDefaults of(ProcessingEnvironment environment) {
    try {
      return new FlagDefaults(Trees.instance(environment));
    } catch (IllegalArgumentException e) {
      return new FlagDefaults(null);
    }
  }

  /** The default shown for {@code flag}; empty for a secret and where it is unknown. */
  Optional<String> of(FlagDescriptor flag) {
    if (flag.secret()) {
      return Optional.empty();
    }
    Object constant = flag.field().getConstantValue();
    if (constant != null) {
      return nonEmpty(shown(constant, flag.type()));
    }
    Tree tree = trees == null ? null : trees.getTree(flag.field());
    if (!(tree instanceof VariableTree variable)) {
      return Optional.empty();
    }
    if (variable.getInitializer() == null) {
      TypeKind kind = flag.field().asType().getKind();
      return kind == TypeKind.BOOLEAN ? Optional.of("false")
          : kind == TypeKind.DOUBLE ? Optional.of("0.0")
          : kind.isPrimitive() ? Optional.of("0")
          : Optional.empty();
    }
    return value(variable.getInitializer(), flag.type());
  }

  private static Optional<String> value(ExpressionTree initialiser, FlagValueType type) {
    if (initialiser instanceof LiteralTree literal) {
      return literal.getValue() == null ? Optional.empty() : nonEmpty(shown(literal.getValue(), type));
    }
    if (type == FlagValueType.ENUM) {
      if (initialiser instanceof MemberSelectTree select) {
        return Optional.of(select.getIdentifier().toString());
      }
      if (initialiser instanceof IdentifierTree identifier) {
        return Optional.of(identifier.getName().toString());
      }
    }
    if (!(initialiser instanceof MethodInvocationTree call)
        || !(call.getMethodSelect() instanceof MemberSelectTree method)) {
      return Optional.empty();
    }
    String receiver = method.getExpression().toString();
    String name = method.getIdentifier().toString();
    List<String> arguments = new ArrayList<>();
    for (ExpressionTree argument : call.getArguments()) {
      if (!(argument instanceof LiteralTree literal) || literal.getValue() == null) {
        return Optional.empty();
      }
      arguments.add(String.valueOf(literal.getValue()));
    }
    if (type == FlagValueType.DURATION && receiver.endsWith("Duration") && arguments.size() == 1
        && DURATION_UNITS.containsKey(name)) {
      try {
        return Optional.of(GoDuration.format(DURATION_UNITS.get(name).multipliedBy(Long.parseLong(arguments.get(0)))));
      } catch (NumberFormatException | ArithmeticException e) {
        return Optional.empty();
      }
    }
    if (type == FlagValueType.PATH && arguments.size() == 1
        && (receiver.endsWith("Path") && name.equals("of") || receiver.endsWith("Paths") && name.equals("get"))) {
      return nonEmpty(arguments.get(0));
    }
    if (type == FlagValueType.STRING_LIST && receiver.endsWith("List") && name.equals("of")) {
      return nonEmpty(String.join(", ", arguments));
    }
    return Optional.empty();
  }

  /** A constant as the running exporter's {@code --help} shows the field's value: {@code 50} in a double field as {@code 50.0}. */
  private static String shown(Object constant, FlagValueType type) {
    if (constant instanceof Number number) {
      return switch (type) {
        case DOUBLE -> String.valueOf(number.doubleValue());
        case INT -> String.valueOf(number.intValue());
        case LONG -> String.valueOf(number.longValue());
        default -> String.valueOf(constant);
      };
    }
    return String.valueOf(constant);
  }

  private static Optional<String> nonEmpty(String value) {
    return value.isEmpty() ? Optional.empty() : Optional.of(value);
  }
}
