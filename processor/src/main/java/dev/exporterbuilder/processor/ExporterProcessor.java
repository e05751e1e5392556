package dev.exporterbuilder.processor;

import com.google.auto.service.AutoService;
import com.squareup.javapoet.ClassName;
import dev.exporterbuilder.annotations.Collector;
import dev.exporterbuilder.annotations.ConstLabel;
import dev.exporterbuilder.annotations.Counter;
import dev.exporterbuilder.annotations.Exporter;
import dev.exporterbuilder.annotations.Flag;
import dev.exporterbuilder.annotations.Gauge;
import dev.exporterbuilder.annotations.Histogram;
import dev.exporterbuilder.annotations.Info;
import dev.exporterbuilder.annotations.Init;
import dev.exporterbuilder.annotations.Label;
import dev.exporterbuilder.annotations.Probe;
import dev.exporterbuilder.annotations.Reading;
import dev.exporterbuilder.annotations.StateSet;
import dev.exporterbuilder.annotations.Summary;
import dev.exporterbuilder.annotations.Untyped;
import dev.exporterbuilder.processor.artifact.ArtifactWriter;
import dev.exporterbuilder.processor.artifact.CatalogReader;
import dev.exporterbuilder.processor.codegen.CollectorWriter;
import dev.exporterbuilder.processor.codegen.GeneratedFiles;
import dev.exporterbuilder.processor.codegen.MainWriter;
import dev.exporterbuilder.processor.codegen.ProbeWriter;
import dev.exporterbuilder.processor.descriptor.CollectorDescriptor;
import dev.exporterbuilder.processor.descriptor.Descriptors;
import dev.exporterbuilder.processor.descriptor.ExporterDescriptor;
import dev.exporterbuilder.processor.descriptor.MetricDescriptor;
import dev.exporterbuilder.processor.descriptor.ObjectLifecycle;
import dev.exporterbuilder.processor.descriptor.ProbeDescriptor;
import dev.exporterbuilder.processor.gem.CollectorGem;
import dev.exporterbuilder.processor.gem.ConstLabelGem;
import dev.exporterbuilder.processor.gem.ProbeGem;
import dev.exporterbuilder.processor.model.CollectorModel;
import dev.exporterbuilder.processor.model.ConstLabelModel;
import dev.exporterbuilder.processor.model.ExporterModel;
import dev.exporterbuilder.processor.model.LifecycleModel;
import dev.exporterbuilder.processor.model.MetricKind;
import dev.exporterbuilder.processor.model.ModelReader;
import dev.exporterbuilder.processor.model.ProbeModel;
import dev.exporterbuilder.processor.model.ProbeReader;
import dev.exporterbuilder.processor.validation.Diagnostics;
import dev.exporterbuilder.processor.validation.FieldInitialisers;
import dev.exporterbuilder.processor.validation.Message;
import dev.exporterbuilder.processor.validation.ProbeValidator;
import dev.exporterbuilder.processor.validation.Validator;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.ProcessingEnvironment;
import javax.annotation.processing.Processor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.ElementFilter;

/**
 * Turns {@code @Exporter}, {@code @Collector} and {@code @Probe} classes into client_java collectors,
 * probe collectors and exporter {@code Main} classes. Each round: set aside the classes that use a
 * type not resolved yet (another processor may generate it in this round), read the others into
 * descriptors, validate them, and write code only for what has no error. Classes set aside are read again, by name, in the next
 * round; those still unresolved when processing ends are reported.
 */
@AutoService(Processor.class)
public final class ExporterProcessor extends AbstractProcessor {

  /** {@code -Aexporterbuilder.verbose=true}: a note per metric naming what it is exposed as. */
  static final String VERBOSE_OPTION = "exporterbuilder.verbose";
  /** {@code -Aexporterbuilder.disable=rule,...}: checks switched off for the whole build. */
  static final String DISABLE_OPTION = "exporterbuilder.disable";

  private boolean verbose;
  private ModelReader reader;
  private Diagnostics diagnostics;
  private Validator validator;
  private GeneratedFiles files;
  private Guard guard;
  private DeferredTypes deferred;
  private ProbeReader probeReader;
  private ProbeValidator probeValidator;
  private CatalogReader catalogReader;
  private ArtifactWriter artifacts;

  @Override
  public synchronized void init(ProcessingEnvironment processingEnv) {
    super.init(processingEnv);
    reader = new ModelReader(processingEnv.getElementUtils(), processingEnv.getTypeUtils());
    Map<String, String> options = processingEnv.getOptions();
    verbose = Boolean.parseBoolean(options.getOrDefault(VERBOSE_OPTION, "false"));
    Set<String> disabled = new LinkedHashSet<>();
    Set<String> unknown = new LinkedHashSet<>();
    Set<String> known = new TreeSet<>();
    for (Message message : Message.values()) {
      message.rule().ifPresent(known::add);
    }
    for (String rule : options.getOrDefault(DISABLE_OPTION, "").split(",")) {
      if (!rule.isBlank()) {
        (known.contains(rule.strip()) ? disabled : unknown).add(rule.strip());
      }
    }
    diagnostics = new Diagnostics(processingEnv.getMessager(), disabled);
    unknown.forEach(rule -> diagnostics.report(Message.UNKNOWN_RULE, rule, String.join(", ", known)));
    FieldInitialisers initialisers = FieldInitialisers.of(processingEnv);
    validator = new Validator(diagnostics, initialisers);
    files = new GeneratedFiles(processingEnv.getFiler(), processingEnv.getElementUtils());
    guard = new Guard(diagnostics);
    probeReader = new ProbeReader(processingEnv.getElementUtils(), processingEnv.getTypeUtils());
    probeValidator = new ProbeValidator(diagnostics, processingEnv.getTypeUtils(), initialisers);
    catalogReader = CatalogReader.of(processingEnv);
    artifacts = new ArtifactWriter(processingEnv.getFiler(), processingEnv.getMessager(),
        Optional.ofNullable(options.get(ArtifactWriter.OPTION)));
    deferred = new DeferredTypes(processingEnv.getElementUtils(), new UnresolvedTypes(processingEnv), diagnostics, guard);
  }

  @Override
  public Set<String> getSupportedAnnotationTypes() {
    Set<String> names = new LinkedHashSet<>();
    // only our own: a processor that claims an annotation hides it from the processors after it, and
    // the @Generated on our output belongs to whoever processes generated code
    for (Class<?> annotation : List.of(Exporter.class, Collector.class, Gauge.class, Counter.class, Histogram.class,
        Summary.class, Info.class, StateSet.class, Untyped.class, Flag.class, Label.class, Reading.class, Init.class,
        Probe.class, ConstLabel.class)) {
      names.add(annotation.getCanonicalName());
    }
    return names;
  }

  @Override
  public Set<String> getSupportedOptions() {
    return Set.of(VERBOSE_OPTION, DISABLE_OPTION, ArtifactWriter.OPTION);
  }

  @Override
  public SourceVersion getSupportedSourceVersion() {
    return SourceVersion.latestSupported();
  }

  @Override
  public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
    if (round.processingOver()) {
      deferred.reportUnresolved();
      return false;
    }
    Set<TypeElement> exporterTypes = deferred.exporters(round);
    Set<TypeElement> collectorTypes = deferred.collectors(round);
    // an exporter class is its own collector (its @Collector, if any, gives the attributes)
    collectorTypes.removeAll(exporterTypes);
    checkStrayMembers(round, exporterTypes, collectorTypes);
    deferred.defer(exporterTypes, collectorTypes);

    // the namespace each collector is served under, so that messages quote its names as exposed
    Map<TypeElement, String> namespaces = new LinkedHashMap<>();
    for (TypeElement type : exporterTypes) {
      guard.run(type, () -> {
        ExporterModel exporter = reader.readExporter(type);
        exporter.collectorTypes().forEach(entry -> namespaces.putIfAbsent(entry.type(), exporter.namespace()));
      });
    }
    Map<TypeElement, CollectorModel> collectors = new LinkedHashMap<>();
    Set<TypeElement> clean = new LinkedHashSet<>();
    for (TypeElement type : collectorTypes) {
      guard.run(type, () -> {
        CollectorModel collector = reader.readCollector(type, ModelReader.defaultCollectorName(type), true);
        collectors.put(type, collector);
        if (validator.validateCollector(collector, namespaces.getOrDefault(type, ""))
            & validator.validateLifecycle(lifecycle(type))) {
          clean.add(type);
        }
      });
    }

    Map<TypeElement, ProbeModel> probes = new LinkedHashMap<>();
    Set<TypeElement> cleanProbes = new LinkedHashSet<>();
    Set<TypeElement> roundProbes = ElementFilter.typesIn(round.getElementsAnnotatedWith(Probe.class));
    for (TypeElement type : roundProbes) {
      guard.run(type, () -> {
        ProbeModel probe = probeReader.read(type);
        probes.put(type, probe);
        if (probeValidator.validate(probe) & validator.validateLifecycle(lifecycle(type)) & noConstLabels(type)) {
          cleanProbes.add(type);
        }
      });
    }
    Set<TypeElement> unlisted = new LinkedHashSet<>(roundProbes);

    List<ExporterPlan> plans = new ArrayList<>();
    // each exporter's probes, when they and their listing are free of errors
    Map<TypeElement, List<ProbeModel>> servedProbes = new LinkedHashMap<>();
    for (TypeElement type : exporterTypes) {
      guard.run(type, () -> {
        ExporterPlan plan = planExporter(type, collectors, clean, plans);
        plans.add(plan);
        List<ProbeModel> listed = planProbes(type, probes, cleanProbes);
        listed.forEach(probe -> unlisted.remove(probe.type()));
        boolean reachable = true;
        for (ProbeModel probe : listed) {
          // the Main creates every probe, so only its @Init method's access is in question
          reachable &= validator.validateServedLifecycle(plan.exporter(), lifecycle(probe.type()), true);
        }
        if (reachable && listed.stream().allMatch(probe -> cleanProbes.contains(probe.type()))
            && probeValidator.validateListing(type, ProbeReader.listed(type), probes)) {
          servedProbes.put(type, listed);
        }
      });
    }
    for (TypeElement type : unlisted) {
      guard.run(type, () -> probeValidator.reportUnlisted(probes.get(type)));
    }

    // A collector is written once, with the namespace of the exporters that serve it, and only when
    // it and all of them are free of errors; a Main only when everything it serves is written.
    Map<TypeElement, ExporterPlan> servedBy = new LinkedHashMap<>();
    Set<TypeElement> blocked = new LinkedHashSet<>();
    for (ExporterPlan plan : plans) {
      for (CollectorModel collector : plan.listed()) {
        servedBy.putIfAbsent(collector.type(), plan);
        if (!plan.ok() || !clean.contains(collector.type())) {
          blocked.add(collector.type());
        }
      }
    }
    for (ExporterPlan plan : plans) {
      boolean writable = plan.ok() && plan.listed().stream().noneMatch(collector -> blocked.contains(collector.type()))
          && servedProbes.containsKey(plan.exporter().type());
      if (writable) {
        guard.run(plan.exporter().type(), () -> writeExporter(plan, servedProbes.get(plan.exporter().type())));
      }
    }
    // a probe's names do not depend on the exporter: it is written when it and the listings of the
    // exporters that list it are free of errors, or when no exporter lists it (a library's probe)
    Set<TypeElement> blockedProbes = new LinkedHashSet<>();
    for (ExporterPlan plan : plans) {
      if (!plan.ok() || !servedProbes.containsKey(plan.exporter().type())) {
        ProbeReader.listed(plan.exporter().type()).forEach(entry -> blockedProbes.add(entry.type()));
      }
    }
    for (TypeElement type : roundProbes) {
      if (cleanProbes.contains(type) && !blockedProbes.contains(type)) {
        guard.run(type, () -> writeProbe(probes.get(type)));
      }
    }
    for (CollectorModel collector : collectors.values()) {
      TypeElement type = collector.type();
      ExporterPlan plan = servedBy.get(type);
      if (plan == null) {
        // written namespace-free: an exporter compiled apart from it (a library's user) serves it, flags included
        guard.run(type, () -> {
          if (validator.validateStandalone(collector) && clean.contains(type)) {
            writeNamespaceFreeCollector(collector);
          }
        });
      } else if (!blocked.contains(type)) {
        guard.run(type, () -> writeCollector(collector, plan.exporter().namespace(), type, plan.exporter().type()));
      }
    }
    // claims what we were given, which getSupportedAnnotationTypes limits to our own annotations
    return true;
  }

  /**
   * An exporter read and validated.
   *
   * @param listed the {@code @Collector} classes it lists, each once
   * @param ok whether the exporter, its own collector and everything it lists are free of errors
   * @param apart the listed collectors compiled before this round, whose generated classes take the namespace
   */
  private record ExporterPlan(ExporterModel exporter, List<CollectorModel> listed, boolean ok, Set<TypeElement> apart) {

    /** What the Main serves: the exporter's own collector first, then the listed ones. */
    List<CollectorModel> served() {
      List<CollectorModel> served = new ArrayList<>();
      exporter.ownCollector().ifPresent(served::add);
      served.addAll(listed);
      return served;
    }
  }

  private ExporterPlan planExporter(TypeElement type, Map<TypeElement, CollectorModel> collectors,
      Set<TypeElement> clean, List<ExporterPlan> earlier) {
    ExporterModel exporter = reader.readExporter(type);
    boolean ok = exporter.ownCollector()
        .map(collector -> validator.validateCollector(collector, exporter.namespace())).orElse(true);
    ok &= validator.validateLifecycle(lifecycle(type));
    List<CollectorModel> listed = new ArrayList<>();
    Set<TypeElement> apart = new LinkedHashSet<>();
    for (ExporterModel.ListedCollector entry : exporter.collectorTypes()) {
      if (entry.type().equals(type)) {
        continue; // an exporter that declares metrics serves them as its own collector already
      }
      CollectorModel collector = collectors.get(entry.type());
      if (collector == null && CollectorGem.of(entry.type()).isPresent()) {
        // compiled earlier (a previous round or a library): its collector class was generated then,
        // namespace-free, so it is served under this exporter's namespace but not written again
        collector = reader.readCollector(entry.type(), ModelReader.defaultCollectorName(entry.type()), true);
        clean.add(entry.type());
        apart.add(entry.type());
        diagnostics.reportApartOn(entry.type(), type, exporter.annotation().mirror(), entry.value());
        ok &= checkNamespaceConstructor(collector, exporter, entry);
      }
      if (collector == null) {
        ok = false; // not a @Collector: the validator reports it
        continue;
      }
      ok &= clean.contains(entry.type());
      if (listed.contains(collector)) {
        continue; // listed twice: the validator reports it
      }
      listed.add(collector);
      for (ExporterPlan other : earlier) {
        if (other.listed().contains(collector) && !other.exporter().namespace().equals(exporter.namespace())) {
          diagnostics.report(Message.COLLECTOR_NAMESPACE_CONFLICT, type, exporter.annotation(), entry.value(),
              entry.type().getSimpleName(), other.exporter().namespace(), exporter.namespace());
          ok = false;
        }
      }
    }
    ok &= validator.validateServedLifecycle(exporter, lifecycle(type), exporter.needsInstance());
    for (CollectorModel collector : listed) {
      ok &= validator.validateServedLifecycle(exporter, lifecycle(collector.type()), collector.needsInstance());
    }
    ExporterPlan plan = new ExporterPlan(exporter, listed, ok, apart);
    boolean valid = validator.validateExporter(exporter, plan.served());
    apart.forEach(diagnostics::endReportApart);
    return valid ? plan : new ExporterPlan(exporter, listed, false, apart);
  }

  /**
   * Whether the generated class of a collector compiled apart from the exporter has the constructor
   * that takes the namespace; without it (a class compiled by an older processor, or none generated)
   * its names would be served without the exporter's namespace.
   */
  private boolean checkNamespaceConstructor(CollectorModel collector, ExporterModel exporter,
      ExporterModel.ListedCollector entry) {
    ClassName generated = CollectorWriter.className(ClassName.get(collector.type()));
    TypeElement generatedType = processingEnv.getElementUtils().getTypeElement(generated.canonicalName());
    int parameters = collector.staticOnly() ? 1 : 2;
    boolean found = generatedType != null && ElementFilter.constructorsIn(generatedType.getEnclosedElements()).stream()
        .anyMatch(constructor -> constructor.getModifiers().contains(Modifier.PUBLIC)
            && constructor.getParameters().size() == parameters
            && constructor.getParameters().get(parameters - 1).asType().toString().equals(String.class.getName()));
    if (!found) {
      diagnostics.report(Message.COLLECTOR_WITHOUT_NAMESPACE_CONSTRUCTOR, exporter.type(), exporter.annotation(),
          entry.value(), collector.type().getQualifiedName(), generated.canonicalName(),
          generatedType == null ? "is not on the class path" : "has no constructor that takes the namespace",
          exporter.namespace());
    }
    return found;
  }

  /**
   * The probes {@code exporter} lists, each once: those of this round, and those compiled earlier
   * (their collector was written then), which are read from their class files.
   */
  private List<ProbeModel> planProbes(TypeElement exporter, Map<TypeElement, ProbeModel> probes,
      Set<TypeElement> cleanProbes) {
    List<ProbeModel> listed = new ArrayList<>();
    for (ProbeReader.ListedProbe entry : ProbeReader.listed(exporter)) {
      ProbeModel probe = probes.get(entry.type());
      if (probe == null && ProbeGem.of(entry.type()).isPresent()) {
        probe = probeReader.read(entry.type());
        probes.put(entry.type(), probe);
        cleanProbes.add(entry.type());
      }
      if (probe != null && !listed.contains(probe)) {
        listed.add(probe);
      }
    }
    return listed;
  }

  private void writeProbe(ProbeModel model) throws Exception {
    ProbeWriter writer = new ProbeWriter(Descriptors.probe(model));
    files.write(writer.className(), writer.write(), model.type());
  }

  private LifecycleModel lifecycle(TypeElement type) {
    return LifecycleModel.read(type, processingEnv.getElementUtils(), processingEnv.getTypeUtils());
  }

  private void writeExporter(ExporterPlan plan, List<ProbeModel> probes) throws Exception {
    ExporterModel model = plan.exporter();
    if (model.ownCollector().isPresent()) {
      writeCollector(model.ownCollector().get(), model.namespace(), model.type());
    }
    ExporterDescriptor exporter = Descriptors.exporter(model, plan.served());
    Map<TypeElement, ObjectLifecycle> lifecycles = new LinkedHashMap<>();
    lifecycles.put(exporter.type(), ObjectLifecycle.of(lifecycle(exporter.type())));
    exporter.served().forEach(collector -> lifecycles.put(collector.type(), ObjectLifecycle.of(lifecycle(collector.type()))));
    probes.forEach(probe -> lifecycles.putIfAbsent(probe.type(), ObjectLifecycle.of(lifecycle(probe.type()))));
    List<ProbeDescriptor> probeDescriptors = probes.stream().map(Descriptors::probe).toList();
    MainWriter main = new MainWriter(exporter, lifecycles, probeDescriptors, plan.apart());
    List<Element> origins = new ArrayList<>();
    origins.add(exporter.type());
    exporter.served().forEach(collector -> origins.add(collector.type()));
    probes.forEach(probe -> origins.add(probe.type()));
    files.write(main.className(), main.write(), origins.toArray(new Element[0]));
    // the operator files: what the Main serves, for the people who run it
    artifacts.write(catalogReader.read(exporter, probeDescriptors), origins.toArray(new Element[0]));
  }

  private void writeCollector(CollectorModel model, String namespace, Element... origins) throws Exception {
    CollectorDescriptor collector = Descriptors.collector(model);
    noteNames(collector, namespace);
    CollectorWriter writer = new CollectorWriter(collector, namespace, this::keepsForeignSuffixes);
    files.write(writer.className(), writer.write(), origins);
  }

  /** A collector no exporter of this compilation serves: it takes the namespace when constructed. */
  private void writeNamespaceFreeCollector(CollectorModel model) throws Exception {
    CollectorDescriptor collector = Descriptors.collector(model);
    noteNames(collector, "");
    CollectorWriter writer = CollectorWriter.namespaceFree(collector, this::keepsForeignSuffixes);
    files.write(writer.className(), writer.write(), model.type());
  }

  /** Whether the author kept a legacy suffix on {@code member}, which its families named from data then keep too. */
  private boolean keepsForeignSuffixes(Element member) {
    return diagnostics.isSwitchedOff(Message.NAME_FOREIGN_SUFFIX, member);
  }

  private void noteNames(CollectorDescriptor collector, String namespace) {
    if (verbose) {
      for (MetricDescriptor metric : collector.metrics()) {
        String exposed = metric.fullName(namespace, collector.subsystem()) + metric.kind().exposedSuffix();
        diagnostics.report(Message.METRIC_NAME_NOTE, metric.member(), metric.kind().annotationName(),
            metric.displayName(), exposed);
      }
    }
  }

  /**
   * Metric members, flags, readings, {@code @Init} methods and constant labels outside any collector
   * class; readings that nothing calls.
   */
  private void checkStrayMembers(RoundEnvironment round, Set<TypeElement> exporters, Set<TypeElement> collectors) {
    Set<Element> members = new LinkedHashSet<>();
    for (MetricKind kind : MetricKind.values()) {
      members.addAll(round.getElementsAnnotatedWith(kind.annotation()));
    }
    for (Element member : members) {
      Element owner = member.getEnclosingElement();
      if (!isClass(owner)) {
        diagnostics.report(Message.MEMBER_NOT_IN_CLASS, member);
      } else if (!exporters.contains(owner) && !collectors.contains(owner) && ProbeGem.of(owner).isEmpty()) {
        diagnostics.report(Message.METRIC_OUTSIDE_COLLECTOR, member, member.getSimpleName(), owner.getSimpleName());
      }
    }
    for (Element field : round.getElementsAnnotatedWith(Flag.class)) {
      Element owner = field.getEnclosingElement();
      if (!exporters.contains(owner) && !collectors.contains(owner)) {
        diagnostics.report(Message.FLAG_OUTSIDE_COLLECTOR, field, field.getSimpleName(), owner.getSimpleName());
      }
    }
    for (Element method : round.getElementsAnnotatedWith(Reading.class)) {
      Element owner = method.getEnclosingElement();
      if (ProbeGem.of(owner).isPresent()) {
        continue; // a probe's reading takes the target: ProbeValidator checks it
      }
      if (!exporters.contains(owner) && !collectors.contains(owner)) {
        // a base class's reading is inherited: by an abstract class's subclasses, or by a collector here
        if (!owner.getModifiers().contains(Modifier.ABSTRACT) && !isExtendedBy(owner, exporters)
            && !isExtendedBy(owner, collectors)) {
          diagnostics.report(Message.READING_OUTSIDE_COLLECTOR, method, method.getSimpleName() + "()",
              owner.getSimpleName());
        }
      } else if (ModelReader.metricMembers((TypeElement) owner).isEmpty()) {
        diagnostics.report(Message.READING_UNUSED, method, method.getSimpleName() + "()", owner.getSimpleName());
      }
    }
    for (Element method : round.getElementsAnnotatedWith(Init.class)) {
      Element owner = method.getEnclosingElement();
      if (!exporters.contains(owner) && !collectors.contains(owner) && ProbeGem.of(owner).isEmpty()) {
        diagnostics.report(Message.INIT_OUTSIDE_COLLECTOR, method, method.getSimpleName() + "()", owner.getSimpleName());
      }
    }
    for (Element member : round.getElementsAnnotatedWith(ConstLabel.class)) {
      Element owner = member.getEnclosingElement();
      // a probe's are reported with the probe (noConstLabels), which they stop from being written
      if (!exporters.contains(owner) && !collectors.contains(owner) && ProbeGem.of(owner).isEmpty()) {
        diagnostics.report(Message.CONST_LABEL_OUTSIDE_COLLECTOR, member, ConstLabelModel.displayName(member),
            owner.getSimpleName());
      }
    }
  }

  /** Whether a probe class is free of {@code @ConstLabel} members, which probes do not support. */
  private boolean noConstLabels(TypeElement probe) {
    boolean none = true;
    for (Element member : probe.getEnclosedElements()) {
      if (ConstLabelGem.of(member).isPresent()) {
        diagnostics.report(Message.CONST_LABEL_ON_PROBE, member, ConstLabelModel.displayName(member),
            probe.getSimpleName());
        none = false;
      }
    }
    return none;
  }

  /** Whether one of {@code types} has {@code base} as a superclass. */
  private static boolean isExtendedBy(Element base, Set<TypeElement> types) {
    for (TypeElement type : types) {
      for (TypeMirror superclass = type.getSuperclass(); superclass instanceof DeclaredType declared;
          superclass = ((TypeElement) declared.asElement()).getSuperclass()) {
        if (declared.asElement().equals(base)) {
          return true;
        }
      }
    }
    return false;
  }

  private static boolean isClass(Element element) {
    return element.getKind() == ElementKind.CLASS || element.getKind() == ElementKind.ENUM
        || element.getKind() == ElementKind.RECORD;
  }
}
