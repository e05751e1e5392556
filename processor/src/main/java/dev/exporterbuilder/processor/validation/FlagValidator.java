package dev.exporterbuilder.processor.validation;

import dev.exporterbuilder.processor.gem.Attribute;
import dev.exporterbuilder.processor.model.FlagModel;
import dev.exporterbuilder.annotations.contract.FlagValueType;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import javax.lang.model.element.Modifier;

/** Checks one {@code @Flag} field: type, modifiers, name and help. */
final class FlagValidator {

  /** Prefixes and names the standard command line owns. */
  private static final List<String> RESERVED_PREFIXES = List.of("web.", "log.", "collector.");
  private static final List<String> RESERVED_NAMES = List.of("help", "h", "version", "web", "log", "collector");

  /** An environment variable name as POSIX shells accept it. */
  private static final Pattern ENV_NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

  private final Diagnostics diagnostics;
  private final FieldInitialisers initialisers;

  FlagValidator(Diagnostics diagnostics, FieldInitialisers initialisers) {
    this.diagnostics = diagnostics;
    this.initialisers = initialisers;
  }

  /**
   * @param exporterOption whether the flag is an exporter option ({@code --<name>}), which must stay
   *     clear of the standard flags; collector options live under {@code collector.<name>.}
   */
  void validate(FlagModel flag, boolean exporterOption) {
    String field = flag.fieldName();
    if (flag.type().isEmpty()) {
      diagnostics.report(Message.FLAG_UNSUPPORTED_TYPE, flag.field(), flag.annotation(), field, flag.field().asType());
    }
    // modifiers are reported on the field itself, whose line carries them
    if (flag.field().getModifiers().contains(Modifier.FINAL)) {
      diagnostics.report(Message.FLAG_FINAL, flag.field(), field);
    }
    if (flag.field().getModifiers().contains(Modifier.PRIVATE)) {
      diagnostics.report(Message.FLAG_PRIVATE, flag.field(), field);
    }
    Attribute<String> help = flag.annotation().help();
    if (flag.help().isBlank()) {
      diagnostics.report(Message.FLAG_HELP_MISSING, flag.field(), flag.annotation(), help, field);
    } else if (flag.help().contains("\n") || flag.help().contains("\r")) {
      diagnostics.report(Message.HELP_MULTILINE, flag.field(), flag.annotation(), help);
    }
    Attribute<String> name = flag.annotation().name();
    if (!NameRules.isFlagName(flag.name())) {
      diagnostics.report(Message.FLAG_NAME_INVALID, flag.field(), flag.annotation(), name,
          flag.name(), NameRules.suggestFlagName(flag.name()));
    } else if (exporterOption && isReserved(flag.name())) {
      diagnostics.report(Message.FLAG_NAME_RESERVED, flag.field(), flag.annotation(), name,
          flag.name(), "--web.*, --log.*, --collector.*, --help, --version");
    }
    validateEnv(flag);
    validateSecret(flag);
  }

  /**
   * A lower-case variable name is legal (POSIX leaves those to applications) but unlike every
   * exporter's, and Kubernetes and Docker users write them upper case: a warning that can be switched
   * off; a name a shell cannot export is an error.
   */
  private void validateEnv(FlagModel flag) {
    Attribute<String> env = flag.annotation().env();
    if (env.value().isEmpty()) {
      return;
    }
    String upper = env.value().toUpperCase(Locale.ROOT);
    if (!ENV_NAME.matcher(env.value()).matches()) {
      String suggestion = upper.replaceAll("[^A-Z0-9_]+", "_");
      diagnostics.report(Message.FLAG_ENV_INVALID, flag.field(), flag.annotation(), env, env.value(),
          Character.isDigit(suggestion.isEmpty() ? '0' : suggestion.charAt(0)) ? "_" + suggestion : suggestion);
    } else if (!env.value().equals(upper)) {
      diagnostics.report(Message.FLAG_ENV_LOWERCASE, flag.field(), flag.annotation(), env, env.value(), upper);
    }
  }

  /**
   * Only a String can be secret (the runtime redacts text). An initial value in the source is a
   * warning, not an error: it may be a harmless local default, which the processor cannot tell from
   * a password; the runtime never shows it either way.
   */
  private void validateSecret(FlagModel flag) {
    Attribute<Boolean> secret = flag.annotation().secret();
    if (!secret.value()) {
      return;
    }
    if (flag.type().isPresent() && flag.type().get() != FlagValueType.STRING) {
      diagnostics.report(Message.FLAG_SECRET_NOT_STRING, flag.field(), flag.annotation(), secret, flag.fieldName(),
          flag.field().asType());
    } else if (initialisers.hasValue(flag.field())) {
      diagnostics.report(Message.FLAG_SECRET_IN_SOURCE, flag.field(), flag.fieldName());
    }
  }

  private static boolean isReserved(String name) {
    return RESERVED_NAMES.contains(name) || RESERVED_PREFIXES.stream().anyMatch(name::startsWith);
  }
}
