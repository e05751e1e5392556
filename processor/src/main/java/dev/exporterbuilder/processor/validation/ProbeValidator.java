package dev.exporterbuilder.processor.validation;

import dev.exporterbuilder.annotations.Probe;
import dev.exporterbuilder.processor.gem.ExporterGem;
import dev.exporterbuilder.processor.gem.FlagGem;
import dev.exporterbuilder.processor.gem.ProbeGem;
import dev.exporterbuilder.processor.model.KeyedName;
import dev.exporterbuilder.processor.model.MetricModel;
import dev.exporterbuilder.processor.model.Naming;
import dev.exporterbuilder.processor.model.ProbeModel;
import dev.exporterbuilder.processor.model.ProbeReader.ListedProbe;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.PackageElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Types;

/**
 * Checks {@code @Probe} classes: the reading that takes the target (and the module), the module
 * record, the members' names against the two every probe response has, and how exporters list
 * probes. The members' own names, help and shapes are checked as a collector's are.
 */
public final class ProbeValidator {

  /** The flag that names the probes' modules file when a probe has modules. */
  private static final String CONFIG_FILE = "config.file";

  private final Diagnostics diagnostics;
  private final Types types;
  private final CollectorValidator members;
  private final ExposedNameValidator exposedNames;

  public ProbeValidator(Diagnostics diagnostics, Types types, FieldInitialisers initialisers) {
    this.diagnostics = diagnostics;
    this.types = types;
    this.members = new CollectorValidator(diagnostics, initialisers);
    this.exposedNames = new ExposedNameValidator(diagnostics);
  }

  /** Checks one probe class; whether it is free of errors. */
  public boolean validate(ProbeModel probe) {
    int before = diagnostics.errorCount();
    TypeElement type = probe.type();
    ProbeGem annotation = probe.annotation();
    ClassRules.whyNotUsable(type).ifPresent(reason -> diagnostics.report(Message.EXPORTER_NOT_A_CLASS, type,
        annotation, Probe.class.getSimpleName(), reason));
    if (!NameRules.isSnakeCase(probe.name())) {
      diagnostics.report(Message.PROBE_NAME_INVALID, type, annotation, annotation.name(), probe.name(),
          NameRules.suggestSnakeCase(probe.name()));
    }
    if (probe.help().contains("\n")) {
      diagnostics.report(Message.HELP_MULTILINE, type, annotation, annotation.help());
    }
    validateModule(probe);
    validateReading(probe);
    members.validate(probe.members(), ProbeModel.NAMESPACE);
    exposedNames.validateProbe(probe.members());
    validateMembers(probe);
    return diagnostics.errorCount() == before;
  }

  private void validateModule(ProbeModel probe) {
    if (probe.module().isEmpty()) {
      return;
    }
    TypeMirror module = probe.module().get();
    if (module.getKind() != TypeKind.DECLARED || types.asElement(module).getKind() != ElementKind.RECORD) {
      diagnostics.report(Message.MODULE_NOT_A_RECORD, probe.type(), probe.annotation(), probe.annotation().module(),
          module, probe.name());
      return;
    }
    for (ProbeModel.ModuleComponent component : probe.moduleComponents()) {
      if (component.type().isEmpty()) {
        diagnostics.report(Message.MODULE_COMPONENT_UNSUPPORTED, component.position(),
            component.component().getSimpleName(), types.asElement(module).getSimpleName(),
            component.component().asType());
      }
    }
  }

  private void validateReading(ProbeModel probe) {
    String moduleParameter = probe.module().map(module -> ", " + types.asElement(module).getSimpleName() + " module")
        .orElse("");
    if (probe.readings().isEmpty()) {
      diagnostics.report(Message.PROBE_WITHOUT_READING, probe.type(), probe.annotation(), probe.type().getSimpleName(),
          moduleParameter);
      return;
    }
    for (ExecutableElement extra : probe.readings().subList(1, probe.readings().size())) {
      readingInvalid(probe, extra, "is a second one; a probe has one", moduleParameter);
    }
    ExecutableElement reading = probe.reading().orElseThrow();
    if (reading.getModifiers().contains(Modifier.PRIVATE)) {
      readingInvalid(probe, reading, "is private", moduleParameter);
    }
    if (reading.getReturnType().getKind() == TypeKind.VOID) {
      readingInvalid(probe, reading, "returns void", moduleParameter);
    }
    List<? extends VariableElement> parameters = reading.getParameters();
    int expected = probe.module().isPresent() ? 2 : 1;
    if (parameters.isEmpty()) {
      readingInvalid(probe, reading, "takes no target", moduleParameter);
      return;
    }
    if (probe.target() == ProbeModel.TargetKind.UNSUPPORTED) {
      diagnostics.report(Message.PROBE_TARGET_UNSUPPORTED, parameters.get(0), displayName(reading),
          parameters.get(0).asType());
    }
    if (parameters.size() != expected) {
      readingInvalid(probe, reading, "takes " + parameters.size() + " parameters, not " + expected, moduleParameter);
    } else if (expected == 2 && !types.isSameType(parameters.get(1).asType(), probe.module().get())) {
      readingInvalid(probe, reading, "takes " + parameters.get(1).asType() + " as the module, not the module class",
          moduleParameter);
    }
  }

  private void readingInvalid(ProbeModel probe, ExecutableElement reading, String problem, String moduleParameter) {
    diagnostics.report(Message.PROBE_READING_INVALID, reading, displayName(reading), probe.name(), problem,
        moduleParameter.isEmpty() ? "" : " and then the module (" + moduleParameter.substring(2) + ")");
  }

  /** Parameters of members, and the names every probe response has already or has twice. */
  private void validateMembers(ProbeModel probe) {
    TypeMirror reading = probe.reading().map(ExecutableElement::getReturnType).orElse(null);
    String readingShown = reading == null ? "the @Reading method's type" : reading.toString();
    Map<String, MetricModel> exposed = new HashMap<>();
    Set<MetricModel> reported = new HashSet<>();
    for (MetricModel metric : probe.members().metrics()) {
      if (!metric.method()) {
        diagnostics.report(Message.PROBE_MEMBER_INVALID, metric.member(), metric.displayName(), probe.name(),
            "is a field", readingShown);
      } else {
        List<? extends VariableElement> parameters = ((ExecutableElement) metric.member()).getParameters();
        // more than one parameter is reported as for any metric method
        if (parameters.size() == 1 && reading != null && reading.getKind() != TypeKind.VOID
            && !types.isAssignable(reading, parameters.get(0).asType())) {
          diagnostics.report(Message.PROBE_MEMBER_INVALID, parameters.get(0), metric.displayName(), probe.name(),
              "takes " + parameters.get(0).asType() + ", which the reading's " + reading + " is not", readingShown);
        }
      }
      if (metric.keyed() != null) {
        diagnostics.report(Message.PROBE_MEMBER_NAMED_FROM_DATA, metric.member(), metric.displayName(), probe.name(),
            withoutKey(metric.keyed()));
        continue;
      }
      String name = Naming.fullName(ProbeModel.NAMESPACE, "", metric.name(), metric.unit());
      if (ProbeModel.RESERVED.contains(name)) {
        diagnostics.report(Message.PROBE_NAME_RESERVED, metric.member(), metric.displayName(), name);
        continue;
      }
      MetricModel first = exposed.putIfAbsent(name, metric);
      if (first != null && reported.add(metric)) {
        diagnostics.report(Message.PROBE_DUPLICATE_METRIC, metric.member(), metric.displayName(), name,
            first.displayName());
      }
    }
  }

  /**
   * How {@code exporter} lists its probes: each a {@code @Probe}, once, with names unique; and the
   * Main, in {@code mainPackage}, creates each probe with a constructor it can call.
   *
   * @param probes the probe classes read, by class
   */
  public boolean validateListing(TypeElement exporter, List<ListedProbe> listed, Map<TypeElement, ProbeModel> probes) {
    int before = diagnostics.errorCount();
    ExporterGem annotation = ExporterGem.of(exporter).orElseThrow();
    PackageElement mainPackage = ClassRules.packageOf(exporter);
    Set<TypeElement> seen = new HashSet<>();
    Map<String, ProbeModel> names = new HashMap<>();
    for (ListedProbe entry : listed) {
      TypeElement type = entry.type();
      ProbeModel probe = probes.get(type);
      if (probe == null) {
        diagnostics.report(Message.LISTED_CLASS_NOT_A_PROBE, exporter, annotation, entry.value(), type.getQualifiedName());
      } else if (!seen.add(type)) {
        diagnostics.report(Message.PROBE_LISTED_TWICE, exporter, annotation, entry.value(), type.getSimpleName());
      } else {
        ProbeModel other = names.putIfAbsent(probe.name(), probe);
        if (other != null) {
          diagnostics.report(Message.DUPLICATE_PROBE_NAME, exporter, annotation, entry.value(), probe.name(),
              other.type().getSimpleName());
        }
        if (!ClassRules.hasNoArgConstructorFrom(type, mainPackage)) {
          diagnostics.report(Message.NO_ACCESSIBLE_CONSTRUCTOR, exporter, annotation, entry.value(),
              type.getQualifiedName(), ClassRules.requiredAccess(type, mainPackage), exporter.getSimpleName() + "Main");
        }
      }
    }
    if (names.values().stream().anyMatch(probe -> probe.module().isPresent())) {
      for (VariableElement field : ElementFilter.fieldsIn(exporter.getEnclosedElements())) {
        FlagGem.of(field).ifPresent(flag -> {
          String name = flag.name().value().isEmpty() ? Naming.kebabCase(field.getSimpleName().toString())
              : flag.name().value();
          if (name.equals(CONFIG_FILE)) {
            diagnostics.report(Message.FLAG_NAME_RESERVED, field, flag, flag.name(), CONFIG_FILE,
                "--" + CONFIG_FILE + " reads the modules of the probes");
          } else if (flag.secret().value() && (name + ".file").equals(CONFIG_FILE)) {
            diagnostics.report(Message.FLAG_NAME_RESERVED, field, flag, flag.secret(), name,
                "--" + CONFIG_FILE + ", its .file form, reads the modules of the probes");
          }
        });
      }
    }
    return diagnostics.errorCount() == before;
  }

  /** A probe no exporter of this compilation lists. */
  public void reportUnlisted(ProbeModel probe) {
    diagnostics.report(Message.PROBE_NOT_LISTED, probe.type(), probe.annotation(), probe.type().getSimpleName());
  }

  /** The member's name with {@code {key}} and the underscores around it left out. */
  private static String withoutKey(KeyedName keyed) {
    String name = (keyed.before() + "_" + keyed.after()).replaceAll("_+", "_").replaceAll("^_|_$", "");
    return name.isEmpty() ? "value" : name;
  }

  private static String displayName(ExecutableElement method) {
    return method.getSimpleName() + "()";
  }
}
