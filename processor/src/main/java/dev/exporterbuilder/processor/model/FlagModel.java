package dev.exporterbuilder.processor.model;

import dev.exporterbuilder.annotations.contract.FlagValueType;
import dev.exporterbuilder.processor.gem.FlagGem;
import java.util.Optional;
import javax.lang.model.element.VariableElement;

/**
 * One {@code @Flag} field.
 *
 * @param field the annotated field
 * @param annotation the {@code @Flag} on it, for diagnostics
 * @param name the option name as written or derived, without any {@code collector.<name>.} prefix
 * @param nameWritten whether the author wrote {@code name}
 * @param help the option's help
 * @param type how the option's value is parsed; empty when a flag cannot have the field's type
 * @param isStatic whether the field is static
 */
public record FlagModel(
    VariableElement field,
    FlagGem annotation,
    String name,
    boolean nameWritten,
    String help,
    Optional<FlagValueType> type,
    boolean isStatic) {

  public String fieldName() {
    return field.getSimpleName().toString();
  }
}
