package dev.exporterbuilder.processor.descriptor;

import dev.exporterbuilder.annotations.contract.FlagValueType;
import javax.lang.model.element.VariableElement;

/**
 * A valid {@code @Flag} field, as the Main writer binds it.
 *
 * @param field the annotated field
 * @param option the option name: {@code <name>} for an exporter's, {@code collector.<collector>.<name>}
 *     for a collector's
 * @param help the option's help
 * @param type how the option's value is parsed
 * @param isStatic whether the field is static
 * @param env the environment variable that gives the value when the option is not given; empty for none
 * @param secret whether the value is a secret
 */
public record FlagDescriptor(
    VariableElement field, String option, String help, FlagValueType type, boolean isStatic, String env, boolean secret) {

  public String fieldName() {
    return field.getSimpleName().toString();
  }
}
