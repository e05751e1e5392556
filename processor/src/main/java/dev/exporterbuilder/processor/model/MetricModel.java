package dev.exporterbuilder.processor.model;

import dev.exporterbuilder.processor.gem.MetricGem;
import java.util.List;
import javax.lang.model.element.Element;
import javax.lang.model.type.TypeMirror;

/**
 * One annotated metric member as the author wrote it.
 *
 * @param member the field or method
 * @param annotation its metric annotation, read: diagnostics point at its attributes
 * @param kind gauge or counter
 * @param name the name after namespace and subsystem, as written or derived from the member name; for a
 *     member that names a family per key, with {@code {key}} replaced by {@link KeyedName#SAMPLE_KEY}
 * @param nameWritten whether the author wrote {@code name} (else it was derived)
 * @param help the HELP text
 * @param unit the base unit, empty for none
 * @param labels the label names written in {@code labels}
 * @param type the member's type; for a member that names a family per key, its map's value type
 * @param shape one sample, or one per map entry
 * @param valueKind how a value is read: of the member, or of each map value
 * @param keyType the map's key type, for {@link MemberShape#MAP}; null otherwise
 * @param mapValueType the map's value type, for {@link MemberShape#MAP}; null otherwise
 * @param elementType the element type of a member with elements; null otherwise
 * @param labelComponents the element record's {@code @Label} components, in declaration order
 * @param valueComponents the element record's other components; exactly one is valid
 * @param instrumentType the client_java class of an {@link MemberShape#INSTRUMENT} field, else empty
 * @param parameters a histogram's bucket bounds or a summary's quantiles, as written
 * @param method true for a method, false for a field
 * @param isStatic whether the member is static
 * @param keyed the {@code {key}} of a member that names a family per key; null for a fixed name
 */
public record MetricModel(
    Element member,
    MetricGem annotation,
    MetricKind kind,
    String name,
    boolean nameWritten,
    String help,
    String unit,
    List<String> labels,
    TypeMirror type,
    MemberShape shape,
    ValueKind valueKind,
    TypeMirror keyType,
    TypeMirror mapValueType,
    TypeMirror elementType,
    List<LabelComponent> labelComponents,
    List<? extends Element> valueComponents,
    String instrumentType,
    List<Double> parameters,
    boolean method,
    boolean isStatic,
    KeyedName keyed) {

  /** The member's simple name. */
  public String memberName() {
    return member.getSimpleName().toString();
  }

  /** The member as an author recognises it in a log line: {@code temperature()} or {@code readErrors}. */
  public String displayName() {
    return method ? memberName() + "()" : memberName();
  }

  /** The exposed metric name without a counter's {@code _total}; see {@link Naming#fullName}. */
  public String fullName(String namespace, String subsystem) {
    return Naming.fullName(namespace, subsystem, name, unit);
  }
}
