package dev.exporterbuilder.processor.model;

import dev.exporterbuilder.annotations.contract.FlagValueType;
import dev.exporterbuilder.processor.gem.ProbeGem;
import java.util.List;
import java.util.Optional;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.RecordComponentElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.TypeMirror;

/**
 * A {@code @Probe} class: its metric members read for one target per request.
 *
 * @param type the annotated class
 * @param annotation its {@code @Probe}
 * @param name the prober's name
 * @param help the one-line description
 * @param readings the {@code @Reading} methods, in declaration order (one is valid)
 * @param target the type of the first reading's first parameter
 * @param module the module class written, empty for none ({@code void.class})
 * @param moduleComponents the module record's components, empty when it is not a record
 * @param members the metric members, as a collector named after the probe without subsystem
 */
public record ProbeModel(
    TypeElement type,
    ProbeGem annotation,
    String name,
    String help,
    List<ExecutableElement> readings,
    TargetKind target,
    Optional<TypeMirror> module,
    List<ModuleComponent> moduleComponents,
    CollectorModel members) {

  /** The exposed names' prefix: blackbox_exporter's, not the exporter's namespace. */
  public static final String NAMESPACE = "probe";

  /** The names every probe response has, which no member may take. */
  public static final List<String> RESERVED = List.of("probe_success", "probe_duration_seconds");

  public Optional<ExecutableElement> reading() {
    return readings.isEmpty() ? Optional.empty() : Optional.of(readings.get(0));
  }

  /** The types a target may have, each with the runtime's {@code ProbeTarget} constant that parses it. */
  public enum TargetKind {
    STRING("java.lang.String", "STRING"),
    URI("java.net.URI", "URI"),
    SOCKET_ADDRESS("java.net.InetSocketAddress", "SOCKET_ADDRESS"),
    /** None of the above, or no parameter at all. */
    UNSUPPORTED("", "");

    private final String className;
    private final String constant;

    TargetKind(String className, String constant) {
      this.className = className;
      this.constant = constant;
    }

    /** The {@code ProbeTarget} constant. */
    public String constant() {
      return constant;
    }

    static TargetKind of(String qualifiedName) {
      for (TargetKind kind : values()) {
        if (!kind.className.isEmpty() && kind.className.equals(qualifiedName)) {
          return kind;
        }
      }
      return UNSUPPORTED;
    }
  }

  /**
   * One component of a module record.
   *
   * @param component the record component
   * @param key its key in the config file: the name in snake_case
   * @param type its value type; empty when a module cannot have it
   * @param position where diagnostics go: the record's field (javac cannot place them on the component)
   */
  public record ModuleComponent(RecordComponentElement component, String key, Optional<FlagValueType> type,
      Element position) {}
}
