package dev.exporterbuilder.runtime.generated;

import java.util.Objects;
import java.util.function.Supplier;

/**
 * One {@code @ConstLabel} member: the label name, the member as logs name it, and how to read its
 * value. The runtime reads it once at start-up; an enum gives its {@code name()}, anything else its
 * {@code String.valueOf}.
 *
 * @param name the label name
 * @param member the member as logs name it, such as {@code "PgExporter.server()"}
 * @param value reads the member
 */
public record ConstLabelDefinition(String name, String member, Supplier<?> value) {

  public ConstLabelDefinition {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(member, "member");
    Objects.requireNonNull(value, "value");
  }
}
