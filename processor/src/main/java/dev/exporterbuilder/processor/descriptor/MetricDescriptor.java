package dev.exporterbuilder.processor.descriptor;

import dev.exporterbuilder.processor.model.KeyedName;
import dev.exporterbuilder.processor.model.MetricKind;
import dev.exporterbuilder.processor.model.Naming;
import java.util.List;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;

/**
 * A valid metric member, as the collector writer emits it.
 *
 * @param member the field or method
 * @param name the name after namespace and subsystem
 * @param help the HELP text, one line
 * @param unit the base unit, empty for none
 * @param method true for a method, false for a field
 * @param isStatic whether the member is static
 * @param samples what the member yields, by shape
 * @param keyed for a member that names one family per key: its {@code {key}}, its samples those of
 *     each map value; null for a fixed name
 * @param read every element the generated code names or reads for it: the member, its type, its
 *     element type and the element's label and value members
 */
public record MetricDescriptor(
    Element member,
    String name,
    String help,
    String unit,
    boolean method,
    boolean isStatic,
    Samples samples,
    KeyedName keyed,
    List<Element> read) {

  public MetricKind kind() {
    return samples.metricKind();
  }

  public String memberName() {
    return member.getSimpleName().toString();
  }

  /** Whether the member is a method that takes the collector's reading as its one parameter. */
  public boolean receivesReading() {
    return member instanceof ExecutableElement method && method.getParameters().size() == 1;
  }

  /** The member as an author recognises it in a log line: {@code temperature()} or {@code readErrors}. */
  public String displayName() {
    return method ? memberName() + "()" : memberName();
  }

  /**
   * The exposed name without a counter's {@code _total}; see {@link Naming#fullName}. For a member
   * that names a family per key, with {@link KeyedName#SAMPLE_KEY} for the key.
   */
  public String fullName(String namespace, String subsystem) {
    return Naming.fullName(namespace, subsystem, name, unit);
  }
}
