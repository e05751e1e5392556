package dev.exporterbuilder.processor.validation;

import dev.exporterbuilder.processor.gem.Attribute;
import dev.exporterbuilder.processor.model.FlagModel;
import java.util.List;
import javax.lang.model.element.Modifier;

/** Checks one {@code @Flag} field: type, modifiers, name and help. */
final class FlagValidator {

  /** Prefixes and names the standard command line owns. */
  private static final List<String> RESERVED_PREFIXES = List.of("web.", "log.", "collector.");
  private static final List<String> RESERVED_NAMES = List.of("help", "h", "version", "web", "log", "collector");

  private final Diagnostics diagnostics;

  FlagValidator(Diagnostics diagnostics) {
    this.diagnostics = diagnostics;
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
  }

  private static boolean isReserved(String name) {
    return RESERVED_NAMES.contains(name) || RESERVED_PREFIXES.stream().anyMatch(name::startsWith);
  }
}
