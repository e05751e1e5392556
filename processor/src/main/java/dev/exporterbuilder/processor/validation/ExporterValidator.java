package dev.exporterbuilder.processor.validation;

import dev.exporterbuilder.annotations.Exporter;
import dev.exporterbuilder.annotations.contract.FlagValueType;
import dev.exporterbuilder.annotations.contract.SelfMetrics;
import dev.exporterbuilder.processor.gem.Attribute;
import dev.exporterbuilder.processor.gem.CollectorGem;
import dev.exporterbuilder.processor.model.CollectorModel;
import dev.exporterbuilder.processor.model.ExporterModel;
import dev.exporterbuilder.processor.model.FlagModel;
import dev.exporterbuilder.processor.model.MetricModel;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.PackageElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;

/** Checks an {@code @Exporter} class and what holds across all collectors it serves. */
final class ExporterValidator {

  private final Diagnostics diagnostics;
  private final FlagValidator flags;
  private final ExposedNameValidator exposedNames;
  private final ConstLabelValidator constLabels;

  ExporterValidator(Diagnostics diagnostics, FieldInitialisers initialisers) {
    this.diagnostics = diagnostics;
    this.flags = new FlagValidator(diagnostics, initialisers);
    this.exposedNames = new ExposedNameValidator(diagnostics);
    this.constLabels = new ConstLabelValidator(diagnostics);
  }

  void validate(ExporterModel exporter) {
    TypeElement type = exporter.type();
    ClassRules.whyNotUsable(type).ifPresent(reason ->
        diagnostics.report(Message.EXPORTER_NOT_A_CLASS, type, exporter.annotation(), Exporter.class.getSimpleName(),
            reason));
    // a required attribute that javac reported as missing or not compiling is not judged again
    if (!exporter.annotation().name().absent() && !NameRules.isExporterName(exporter.name())) {
      diagnostics.report(Message.EXPORTER_NAME_INVALID, type, exporter.annotation(),
          exporter.annotation().name(), exporter.name(),
          NameRules.suggestSnakeCase(exporter.name()).replace('_', '-'));
    }
    boolean portWritten = !exporter.annotation().port().absent();
    if (portWritten && (exporter.port() < 1 || exporter.port() > 65535)) {
      diagnostics.report(Message.PORT_OUT_OF_RANGE, type, exporter.annotation(),
          exporter.annotation().port(), exporter.port());
    } else if (portWritten && DefaultPorts.owner(exporter.port()).isPresent()) {
      diagnostics.report(Message.PORT_OF_PROMETHEUS_COMPONENT, type, exporter.annotation(),
          exporter.annotation().port(), exporter.port(), DefaultPorts.owner(exporter.port()).get());
    }
    boolean namespaceFromValidName = !exporter.namespaceWritten() && NameRules.isExporterName(exporter.name());
    if ((exporter.namespaceWritten() || namespaceFromValidName) && !NameRules.isSnakeCase(exporter.namespace())) {
      diagnostics.report(Message.NAMESPACE_INVALID, type, exporter.annotation(),
          exporter.annotation().namespace(), exporter.namespace(),
          NameRules.suggestSnakeCase(exporter.namespace()));
    } else if (NameRules.RESERVED_NAMESPACES.containsKey(exporter.namespace())) {
      diagnostics.report(Message.NAMESPACE_RESERVED, type, exporter.annotation(), namespaceValue(exporter),
          exporter.namespace(), NameRules.RESERVED_NAMESPACES.get(exporter.namespace()));
    } else if (NameRules.FOREIGN_NAMESPACES.containsKey(exporter.namespace())) {
      diagnostics.report(Message.NAMESPACE_OF_OTHERS, type, exporter.annotation(), namespaceValue(exporter),
          exporter.namespace(), NameRules.FOREIGN_NAMESPACES.get(exporter.namespace()));
    }
    if (help(exporter).contains("\n")) {
      diagnostics.report(Message.HELP_MULTILINE, type, exporter.annotation(), exporter.annotation().help());
    }
    if (exporter.needsInstance() && !ClassRules.hasNoArgConstructorFrom(type, ClassRules.packageOf(type))) {
      diagnostics.report(Message.NO_ACCESSIBLE_CONSTRUCTOR, type, exporter.annotation(), type.getSimpleName(),
          "non-private", type.getSimpleName() + "Main");
    }
    for (FlagModel flag : exporter.flags()) {
      flags.validate(flag, true);
      if (!flag.isStatic() && exporter.ownCollector().isEmpty()) {
        diagnostics.report(Message.FLAG_ON_UNREAD_INSTANCE, flag.field(), flag.fieldName());
      }
      checkFlagAccess(exporter, flag);
    }
    constLabels.validateMembers(exporter.constLabels(), "every collector");
    validateTiming(exporter);
    validateListedCollectors(exporter);
  }

  /** {@code cache} and {@code timeout}, checked as {@code @Collector}'s, and only with metric members to run. */
  private void validateTiming(ExporterModel exporter) {
    for (Attribute<String> duration : List.of(exporter.annotation().cache(), exporter.annotation().timeout())) {
      if (duration.value().isEmpty()) {
        continue;
      }
      if (exporter.ownCollector().isEmpty()) {
        diagnostics.report(Message.EXPORTER_TIMING_WITHOUT_METRICS, exporter.type(), exporter.annotation(), duration,
            duration.name() + " = \"" + duration.value() + "\"", exporter.type().getSimpleName(), duration.name());
      } else {
        CollectorValidator.validateDuration(diagnostics, exporter.type(), exporter.annotation(), duration,
            duration.name().equals("cache"));
      }
    }
  }

  /** Where the namespace is written: {@code namespace}, or {@code name} when it is derived from it. */
  static Attribute<String> namespaceValue(ExporterModel exporter) {
    return exporter.namespaceWritten() ? exporter.annotation().namespace() : exporter.annotation().name();
  }

  private static String help(ExporterModel exporter) {
    return exporter.help().replace('\r', '\n');
  }

  private void validateListedCollectors(ExporterModel exporter) {
    Set<TypeElement> seen = new HashSet<>();
    for (ExporterModel.ListedCollector listed : exporter.collectorTypes()) {
      TypeElement type = listed.type();
      if (CollectorGem.of(type).isEmpty()) {
        diagnostics.report(Message.LISTED_CLASS_NOT_A_COLLECTOR, exporter.type(), exporter.annotation(), listed.value(),
            type.getQualifiedName());
      } else if (!seen.add(type)) {
        diagnostics.report(Message.COLLECTOR_LISTED_TWICE, exporter.type(), exporter.annotation(), listed.value(),
            type.getSimpleName());
      }
    }
  }

  /** What the Main needs of a listed collector: a constructor it can call, and flags it can set. */
  private void validateListedCollector(ExporterModel exporter, CollectorModel collector) {
    TypeElement type = collector.type();
    PackageElement mainPackage = ClassRules.packageOf(exporter.type());
    if (collector.needsInstance() && ClassRules.isUsableClass(type)
        && !ClassRules.hasNoArgConstructorFrom(type, mainPackage)) {
      AnnotationValue value = exporter.collectorTypes().stream()
          .filter(listed -> listed.type().equals(type)).findFirst().map(ExporterModel.ListedCollector::value)
          .orElse(null);
      diagnostics.report(Message.NO_ACCESSIBLE_CONSTRUCTOR, exporter.type(), exporter.annotation(), value,
          type.getQualifiedName(), ClassRules.requiredAccess(type, mainPackage), mainName(exporter));
      // and where the fix goes: the collector class itself
      diagnostics.report(Message.NO_ACCESSIBLE_CONSTRUCTOR, type, type.getQualifiedName(),
          ClassRules.requiredAccess(type, mainPackage), mainName(exporter));
    }
    for (FlagModel flag : collector.flags()) {
      checkFlagAccess(exporter, flag);
    }
  }

  /** The generated Main assigns the field and names its type; both must be visible from its package. */
  private void checkFlagAccess(ExporterModel exporter, FlagModel flag) {
    PackageElement mainPackage = ClassRules.packageOf(exporter.type());
    TypeElement owner = (TypeElement) flag.field().getEnclosingElement();
    String problem = null;
    if (!ClassRules.packageOf(owner).equals(mainPackage) && !flag.field().getModifiers().contains(Modifier.PUBLIC)) {
      problem = "make the field public, since " + owner.getSimpleName() + " is in another package";
    } else if (flag.type().equals(Optional.of(FlagValueType.ENUM))) {
      TypeElement enumType = (TypeElement) ((DeclaredType) flag.field().asType()).asElement();
      if (!ClassRules.isAccessibleFrom(enumType, mainPackage)) {
        problem = "make enum " + enumType.getSimpleName() + " " + ClassRules.requiredAccess(enumType, mainPackage);
      }
    }
    if (problem != null) {
      diagnostics.report(Message.FLAG_NOT_ACCESSIBLE, flag.field(), flag.fieldName(), mainName(exporter),
          mainPackage.getQualifiedName(), problem);
    }
  }

  private static String mainName(ExporterModel exporter) {
    return exporter.type().getSimpleName() + "Main";
  }

  /**
   * Checks what must be unique across the exporter: collector names, metric names (including the
   * runtime's own self-metrics, against every name client_java claims for a metric) and option
   * names, each clash reported on both elements; and the exposed names as promlint judges them.
   */
  void validateServed(ExporterModel exporter, List<CollectorModel> collectors) {
    Map<String, Element> collectorNames = new LinkedHashMap<>();
    Map<String, MetricModel> metricNames = new LinkedHashMap<>();
    Map<String, Family> sampleNames = new LinkedHashMap<>();
    Map<String, Element> optionNames = new LinkedHashMap<>();
    Set<String> selfMetrics =
        SelfMetrics.NAMES.stream().map(self -> exporter.namespace() + "_" + self).collect(Collectors.toSet());
    for (FlagModel flag : exporter.flags()) {
      checkUnique(optionNames, flag.name(), flag.field(), Message.DUPLICATE_FLAG);
    }
    for (CollectorModel collector : collectors) {
      if (!collector.type().equals(exporter.type())) {
        validateListedCollector(exporter, collector);
      }
      checkUnique(collectorNames, collector.name(), collector.type(), Message.DUPLICATE_COLLECTOR_NAME);
      for (MetricModel metric : collector.metrics()) {
        String name = metric.fullName(exporter.namespace(), collector.subsystem());
        metric.kind().claimedNames(name).stream().filter(selfMetrics::contains).findFirst().ifPresent(self ->
            diagnostics.report(Message.DUPLICATE_METRIC_NAME, metric.member(), "\"" + self + "\"",
                "the exporter runtime's self-metrics", ""));
        checkUniqueMetric(metricNames, name, metric);
        checkSampleNames(sampleNames, name, metric);
      }
      for (FlagModel flag : collector.flags()) {
        checkUnique(optionNames, collector.optionName(flag), flag.field(), Message.DUPLICATE_FLAG);
      }
    }
    validateEnvAndFiles(exporter, collectors, optionNames);
    exposedNames.validate(exporter, collectors);
    constLabels.validateServed(exporter, collectors);
  }

  /**
   * Across every flag the exporter serves: no two read one environment variable, and no secret
   * flag's {@code --<name>.file} is another flag's name; each clash reported on both fields.
   */
  private void validateEnvAndFiles(ExporterModel exporter, List<CollectorModel> collectors,
      Map<String, Element> optionNames) {
    Map<FlagModel, String> served = new LinkedHashMap<>();
    exporter.flags().forEach(flag -> served.put(flag, flag.name()));
    for (CollectorModel collector : collectors) {
      collector.flags().forEach(flag -> served.putIfAbsent(flag, collector.optionName(flag)));
    }
    Map<String, FlagModel> variables = new LinkedHashMap<>();
    served.forEach((flag, option) -> {
      String env = flag.annotation().env().value();
      if (!env.isEmpty()) {
        FlagModel first = variables.putIfAbsent(env, flag);
        if (first != null) {
          diagnostics.report(Message.DUPLICATE_FLAG_ENV, flag.field(), flag.annotation(), flag.annotation().env(),
              option, env, served.get(first), describe(first.field()));
          diagnostics.report(Message.DUPLICATE_FLAG_ENV, first.field(), first.annotation(), first.annotation().env(),
              served.get(first), env, option, describe(flag.field()));
        }
      }
      Element other = optionNames.get(option + ".file");
      if (flag.annotation().secret().value() && other != null) {
        diagnostics.report(Message.FLAG_FILE_COLLIDES, flag.field(), flag.annotation(), flag.annotation().secret(),
            option, describe(flag.field()), describe(other));
        diagnostics.report(Message.FLAG_FILE_COLLIDES, other, option, describe(flag.field()), describe(other));
      }
    });
  }

  /** Checks metric names within a collector that no exporter serves, which exposes them without namespace. */
  void validateStandalone(CollectorModel collector) {
    exposedNames.validateStandalone(collector);
    constLabels.validateStandalone(collector);
    Map<String, MetricModel> metricNames = new LinkedHashMap<>();
    Map<String, Family> sampleNames = new LinkedHashMap<>();
    for (MetricModel metric : collector.metrics()) {
      checkUniqueMetric(metricNames, metric.fullName("", collector.subsystem()), metric);
      checkSampleNames(sampleNames, metric.fullName("", collector.subsystem()), metric);
    }
  }

  /** A family named {@code name}, for the sample names it claims. */
  private record Family(String name, MetricModel metric) {}

  /**
   * Two families must not write samples of the same name: client_java accepts a counter {@code x}
   * beside a gauge {@code x_total}, and both write {@code x_total}, which corrupts the exposition.
   * Families of one name are {@link #checkUniqueMetric}'s; a family named from data has no name
   * to compare before its keys are read.
   */
  private void checkSampleNames(Map<String, Family> seen, String name, MetricModel metric) {
    if (metric.keyed() != null) {
      return;
    }
    Family family = new Family(name, metric);
    for (String sample : metric.kind().claimedNames(name)) {
      Family first = seen.putIfAbsent(sample, family);
      if (first == null || first.name().equals(name)) {
        continue;
      }
      diagnostics.report(Message.SAMPLE_NAME_COLLISION, metric.member(), describe(family), sample, describe(first));
      diagnostics.report(Message.SAMPLE_NAME_COLLISION, first.metric().member(), describe(first), sample,
          describe(family));
    }
  }

  /** {@code counter "pg_x" of Queue.depth}. */
  private static String describe(Family family) {
    return family.metric().kind().name().toLowerCase(Locale.ROOT).replace('_', ' ') + " \"" + family.name()
        + "\" of " + describe(family.metric().member());
  }

  /** A metric name must be unique; both places are told, with what differs between them. */
  private void checkUniqueMetric(Map<String, MetricModel> seen, String name, MetricModel metric) {
    MetricModel first = seen.putIfAbsent(name, metric);
    if (first != null) {
      String shown = "\"" + name + "\"";
      diagnostics.report(Message.DUPLICATE_METRIC_NAME, metric.member(), shown, describe(first.member()),
          differences(metric, first));
      diagnostics.report(Message.DUPLICATE_METRIC_NAME, first.member(), shown, describe(metric.member()),
          differences(first, metric));
    }
  }

  /** " (as a counter, with other help)": how {@code other} differs from {@code metric}, if it does. */
  private static String differences(MetricModel metric, MetricModel other) {
    List<String> differences = new ArrayList<>();
    if (metric.kind() != other.kind()) {
      differences.add("as a " + other.kind().name().toLowerCase(Locale.ROOT));
    }
    if (!metric.help().equals(other.help())) {
      differences.add("with other help");
    }
    if (!metric.unit().equals(other.unit())) {
      differences.add(other.unit().isEmpty() ? "without a unit" : "with unit \"" + other.unit() + "\"");
    }
    return differences.isEmpty() ? "" : " (" + String.join(", ", differences) + ")";
  }

  private void checkUnique(Map<String, Element> seen, String name, Element element, Message message) {
    Element first = seen.putIfAbsent(name, element);
    if (first == null) {
      return;
    }
    diagnostics.report(message, element, name, describe(first));
    diagnostics.report(message, first, name, describe(element));
  }

  /** {@code Thermal.cpuTemperature} or {@code Thermal}, for messages that point at another element. */
  private static String describe(Element element) {
    if (element instanceof TypeElement type) {
      return type.getQualifiedName().toString();
    }
    return ((TypeElement) element.getEnclosingElement()).getSimpleName() + "." + element.getSimpleName();
  }
}
