package dev.exporterbuilder.processor.codegen;

import static dev.exporterbuilder.processor.model.RuntimeTypes.EXPORTER_COLLECTOR;
import static dev.exporterbuilder.processor.model.RuntimeTypes.FAMILY_NAMES;
import static dev.exporterbuilder.processor.model.RuntimeTypes.KEYED_FAMILY;
import static dev.exporterbuilder.processor.model.RuntimeTypes.KEY_CASE;
import static dev.exporterbuilder.processor.model.RuntimeTypes.LABEL_SETS;
import static dev.exporterbuilder.processor.model.RuntimeTypes.MEMBER_ERRORS;
import static dev.exporterbuilder.processor.model.RuntimeTypes.METRIC_FAMILY_DESCRIPTOR;
import static dev.exporterbuilder.processor.model.RuntimeTypes.METRIC_METADATA;
import static dev.exporterbuilder.processor.model.RuntimeTypes.METRIC_SNAPSHOT;
import static dev.exporterbuilder.processor.model.RuntimeTypes.METRIC_SNAPSHOTS;
import static dev.exporterbuilder.processor.model.RuntimeTypes.METRIC_TYPE;
import static dev.exporterbuilder.processor.model.RuntimeTypes.SAMPLES;
import static dev.exporterbuilder.processor.model.RuntimeTypes.UNIT;

import com.squareup.javapoet.ClassName;
import com.squareup.javapoet.CodeBlock;
import com.squareup.javapoet.FieldSpec;
import com.squareup.javapoet.MethodSpec;
import com.squareup.javapoet.ParameterizedTypeName;
import com.squareup.javapoet.TypeName;
import com.squareup.javapoet.TypeSpec;
import dev.exporterbuilder.processor.descriptor.CollectorDescriptor;
import dev.exporterbuilder.processor.descriptor.MetricDescriptor;
import dev.exporterbuilder.processor.descriptor.SampleKind;
import dev.exporterbuilder.processor.descriptor.Samples;
import dev.exporterbuilder.processor.model.MetricKind;
import dev.exporterbuilder.processor.model.Naming;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Predicate;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;

/**
 * Writes {@code <SimpleName>Collector}: a client_java {@code MultiCollector} with one metadata
 * constant per metric, the family descriptors, and a {@code collect} that reads each member in its
 * own {@code try} so that a failing member costs only its own samples.
 *
 * <p>What a member's {@code try} contains is what the member's own code can cause: any exception,
 * a {@link LinkageError} (a class missing at run time, a static initializer that threw) and an
 * {@link AssertionError}. Every other error propagates out of {@code collect}: a
 * {@link VirtualMachineError} (out of memory, stack overflow) says the JVM cannot go on as if one
 * sample were missing, and {@code ThreadDeath} must end its thread.
 *
 * <p>A collector with a {@code @Reading} calls it first, once, and reads the members inside the
 * same {@code try}: if the reading fails or returns null, it is reported once and no member is
 * read, so the run has no samples.
 *
 * <p>A collector that no exporter of its compilation serves is written namespace-free: its names
 * are built per instance from a namespace its constructor takes, so that an exporter compiled
 * later (a library's collector, say) serves them under its own namespace. Its metadata are then
 * instance fields, set in the constructor; a collector served in its own compilation keeps static
 * constants.
 */
public final class CollectorWriter {

  private static final String FAMILIES = "FAMILIES";
  private static final String FAMILIES_FIELD = "families";
  private static final Map<String, String> UNIT_CONSTANTS = Map.of(
      "seconds", "SECONDS", "bytes", "BYTES", "celsius", "CELSIUS", "ratio", "RATIO", "joules", "JOULES",
      "grams", "GRAMS", "meters", "METERS", "volts", "VOLTS", "amperes", "AMPERES");

  private final CollectorDescriptor collector;
  private final String namespace;
  /** Whether the names come from the constructor's namespace rather than from {@link #namespace}. */
  private final boolean namespaceFree;
  private final Predicate<Element> keepsForeignSuffixes;
  private final ClassName source;
  private final Map<MetricDescriptor, String> constants = new LinkedHashMap<>();
  /** The method that reads each member: {@code read<Member>}. */
  private final Map<MetricDescriptor, String> readMethods = new LinkedHashMap<>();
  /** The constant holding each state set's state names. */
  private final Map<MetricDescriptor, String> stateConstants = new LinkedHashMap<>();
  /** The {@code LabelSets} field of each member with one series per element or entry. */
  private final Map<MetricDescriptor, String> labelSetFields = new LinkedHashMap<>();

  /**
   * @param namespace the namespace of the exporter that serves the collector; empty for none
   * @param keepsForeignSuffixes whether a member that names a family per key keeps names ending in
   *     other types' suffixes: whether the author switched the {@code reserved-suffix} rule off for it
   */
  public CollectorWriter(CollectorDescriptor collector, String namespace, Predicate<Element> keepsForeignSuffixes) {
    this(collector, namespace, false, keepsForeignSuffixes);
  }

  private CollectorWriter(CollectorDescriptor collector, String namespace, boolean namespaceFree,
      Predicate<Element> keepsForeignSuffixes) {
    this.collector = collector;
    this.namespace = namespace;
    this.namespaceFree = namespaceFree;
    this.keepsForeignSuffixes = keepsForeignSuffixes;
    this.source = ClassName.get(collector.type());
    Set<String> taken = new HashSet<>(Set.of(FAMILIES, FAMILIES_FIELD, "source"));
    for (MetricDescriptor metric : collector.metrics()) {
      // a member that names a family per key is named after the member: its name is mostly the key
      String base = metric.keyed() != null
          ? Naming.constantCase(metric.memberName()) + "_FAMILIES"
          : Naming.constantCase(metric.name().replace(':', '_'));
      if (namespaceFree) {
        base = fieldCase(base);
      }
      String constant = base;
      for (int i = 2; !taken.add(constant); i++) {
        constant = base + "_" + i;
      }
      constants.put(metric, constant);
    }
    for (MetricDescriptor metric : collector.metrics()) {
      if (metric.kind() == MetricKind.STATE_SET) {
        String base = namespaceFree ? Naming.constantCase(constants.get(metric)) : constants.get(metric);
        String states = base + "_STATES";
        for (int i = 2; !taken.add(states); i++) {
          states = base + "_STATES_" + i;
        }
        stateConstants.put(metric, states);
      }
    }
    Set<String> methods = new HashSet<>();
    // a reading of a type the collector cannot name (a private nested record, say) can be passed to
    // no method: the members that take it are read in collect itself, where it is a var
    boolean readingNameable = collector.reading().map(reading -> Nameable.from(reading.getReturnType())).orElse(true);
    for (MetricDescriptor metric : collector.metrics()) {
      if (metric.receivesReading() && !readingNameable) {
        continue;
      }
      // a field and a method may share a name: the second reader gets a number
      String member = metric.memberName();
      String base = "read" + Character.toUpperCase(member.charAt(0)) + member.substring(1);
      String method = base;
      for (int i = 2; !methods.add(method); i++) {
        method = base + i;
      }
      readMethods.put(metric, method);
    }
    for (MetricDescriptor metric : collector.metrics()) {
      if (reusesLabels(metric)) {
        String base = fieldCase(Naming.constantCase(metric.memberName())) + "Labels";
        String field = base;
        for (int i = 2; !taken.add(field); i++) {
          field = base + i;
        }
        labelSetFields.put(metric, field);
      }
    }
  }

  /**
   * Whether a member's series keep their label sets from one collection to the next: a map's
   * entries' and the elements' of a list, an array or a stream, each labelled by the values it
   * has. (The one series of an info member is labelled anew.)
   */
  private static boolean reusesLabels(MetricDescriptor metric) {
    return (metric.samples() instanceof Samples.MapEntries || metric.samples() instanceof Samples.Elements)
        && !metric.samples().labelNames().isEmpty();
  }

  /**
   * The writer of a collector no exporter of this compilation serves: besides the constructor that
   * names its families without namespace, it has one that takes the namespace, which the Main of an
   * exporter compiled apart from it calls.
   */
  public static CollectorWriter namespaceFree(CollectorDescriptor collector, Predicate<Element> keepsForeignSuffixes) {
    return new CollectorWriter(collector, "", true, keepsForeignSuffixes);
  }

  /** {@code QUEUE_DEPTH_2} → {@code queueDepth2}: a constant's name as an instance field's. */
  private static String fieldCase(String constant) {
    StringBuilder field = new StringBuilder();
    for (String word : constant.toLowerCase(Locale.ROOT).split("_")) {
      if (!word.isEmpty()) {
        field.append(field.length() == 0 ? word : Character.toUpperCase(word.charAt(0)) + word.substring(1));
      }
    }
    // a metric named "class" or "new" needs a field name that is not a keyword
    return SourceVersion.isKeyword(field) ? field + "Metric" : field.toString();
  }

  /** How the generated code refers to a metric's metadata: its constant, or its instance field. */
  private String ref(MetricDescriptor metric) {
    return namespaceFree ? "this." + constants.get(metric) : constants.get(metric);
  }

  /** How the generated code refers to the list of fixed families. */
  private String families() {
    return namespaceFree ? "this." + FAMILIES_FIELD : FAMILIES;
  }

  /** A family's name as generated: a literal, or for a namespace-free collector one built from the namespace. */
  private CodeBlock name(String withoutNamespace) {
    return namespaceFree ? CodeBlock.of("name(namespace, $S)", withoutNamespace) : CodeBlock.of("$S", withoutNamespace);
  }

  /** Every element the generated code names or reads: the class, its members, their element types and components. */
  private List<Element> readElements() {
    List<Element> read = new ArrayList<>();
    read.add(collector.type());
    collector.metrics().forEach(metric -> read.addAll(metric.read()));
    collector.reading().ifPresent(read::add);
    return read;
  }

  /** The generated class's name: {@code <SimpleName>Collector} beside the source class. */
  public static ClassName className(ClassName source) {
    return GeneratedFiles.sibling(source, "Collector");
  }

  public ClassName className() {
    return className(source);
  }

  public TypeSpec.Builder write() {
    TypeSpec.Builder type = TypeSpec.classBuilder(className())
        .addJavadoc("Collector {@code $L}: the metrics of {@link $T}, read on every scrape.\n", collector.name(), source)
        .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
        .addSuperinterface(EXPORTER_COLLECTOR);
    if (Deprecations.any(readElements())) {
      // the author deprecated what is read here (a metric being renamed, say): no warning for that
      type.addAnnotation(Deprecations.SUPPRESS);
    }
    for (MetricDescriptor metric : collector.metrics()) {
      type.addField(metric.keyed() != null ? keyedConstant(metric) : metadataConstant(metric));
      if (metric.samples() instanceof Samples.States states) {
        type.addField(FieldSpec.builder(String[].class, stateConstants.get(metric), Modifier.PRIVATE,
                Modifier.STATIC, Modifier.FINAL)
            .initializer("$T.stateNames($T.class)", SAMPLES, TypeName.get(states.enumType()))
            .build());
      }
    }
    type.addField(familiesConstant());
    labelSetFields.forEach((metric, field) -> type.addField(FieldSpec.builder(LABEL_SETS, field, Modifier.PRIVATE,
            Modifier.FINAL)
        .initializer("new $T($L)", LABEL_SETS, metric.samples().labelNames().stream()
            .map(name -> CodeBlock.of("$S", name)).collect(CodeBlock.joining(", ")))
        .build()));
    CodeBlock.Builder staticInstruments = CodeBlock.builder();
    CodeBlock.Builder instanceInstruments = CodeBlock.builder();
    for (MetricDescriptor metric : collector.metrics()) {
      if (metric.samples() instanceof Samples.Instrument instrument) {
        // a namespace-free collector knows the instruments' names only when it is constructed
        (metric.isStatic() && !namespaceFree ? staticInstruments : instanceInstruments)
            .addStatement("$L = $L", access(metric), instrumentBuilder(metric, instrument));
      }
    }
    if (!staticInstruments.isEmpty()) {
      type.addStaticBlock(staticInstruments.build());
    }
    if (namespaceFree) {
      addNamespaceConstructors(type, instanceInstruments.build());
    } else if (collector.staticOnly()) {
      type.addMethod(MethodSpec.constructorBuilder()
          .addJavadoc("Reads the static members of {@link $T} on each collection.\n", source)
          .addModifiers(Modifier.PUBLIC)
          .build());
    } else {
      type.addField(source, "source", Modifier.PRIVATE, Modifier.FINAL);
      type.addMethod(MethodSpec.constructorBuilder()
          .addJavadoc("Reads the members of {@code source} on each collection"
              + (instanceInstruments.isEmpty() ? ".\n" : ", after building its client_java metrics.\n"))
          .addModifiers(Modifier.PUBLIC)
          .addParameter(source, "source")
          .addStatement("this.source = $T.requireNonNull(source, $S)", Objects.class, "source")
          .addCode(instanceInstruments.build())
          .build());
    }
    type.addMethod(collectMethod());
    for (MetricDescriptor metric : readMethods.keySet()) {
      type.addMethod(readMethod(metric));
    }
    type.addMethod(MethodSpec.methodBuilder("getMetricFamilyDescriptors")
        .addAnnotation(Override.class)
        .addModifiers(Modifier.PUBLIC)
        .returns(ParameterizedTypeName.get(ClassName.get(List.class), METRIC_FAMILY_DESCRIPTOR))
        .addStatement("return $L", families())
        .build());
    if (keyed()) {
      type.addMethod(MethodSpec.methodBuilder("namesFamiliesFromData")
          .addAnnotation(Override.class)
          .addModifiers(Modifier.PUBLIC)
          .returns(TypeName.BOOLEAN)
          .addStatement("return true")
          .build());
    }
    EnumSet<SampleKind> scalarKinds = EnumSet.noneOf(SampleKind.class);
    EnumSet<SampleKind> kinds = EnumSet.noneOf(SampleKind.class);
    for (MetricDescriptor metric : collector.metrics()) {
      if (metric.samples() instanceof Samples.Scalar scalar) {
        scalarKinds.add(scalar.kind());
        kinds.add(scalar.kind());
      } else if (metric.samples() instanceof Samples.MapEntries map) {
        kinds.add(map.kind());
      } else if (metric.samples() instanceof Samples.Elements elements) {
        kinds.add(elements.kind());
      }
    }
    for (SampleKind kind : scalarKinds) {
      type.addMethod(SnapshotMethods.snapshotMethod(kind));
    }
    for (SampleKind kind : kinds) {
      type.addMethod(SnapshotMethods.pointMethod(kind));
    }
    if (namespaceFree) {
      type.addMethod(MethodSpec.methodBuilder("name")
          .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
          .returns(String.class)
          .addParameter(String.class, "namespace")
          .addParameter(String.class, "name")
          .addStatement("return namespace.isEmpty() ? name : namespace + \"_\" + name")
          .build());
    }
    return type;
  }

  /**
   * The constructor that takes the namespace, which sets the metadata, the families and the
   * instruments, and the one without, which names the families without namespace.
   */
  private void addNamespaceConstructors(TypeSpec.Builder type, CodeBlock instruments) {
    MethodSpec.Builder withoutNamespace = MethodSpec.constructorBuilder().addModifiers(Modifier.PUBLIC);
    MethodSpec.Builder withNamespace = MethodSpec.constructorBuilder().addModifiers(Modifier.PUBLIC);
    if (collector.staticOnly()) {
      withoutNamespace.addJavadoc("Reads the static members of {@link $T} on each collection, its families named"
          + " without namespace.\n", source)
          .addStatement("this($S)", "");
      withNamespace.addJavadoc("Reads the static members of {@link $T} on each collection, its families named"
          + " under {@code namespace} (empty for none).\n", source);
    } else {
      type.addField(source, "source", Modifier.PRIVATE, Modifier.FINAL);
      withoutNamespace.addJavadoc("Reads the members of {@code source} on each collection, its families named"
          + " without namespace.\n")
          .addParameter(source, "source")
          .addStatement("this(source, $S)", "");
      withNamespace.addJavadoc("Reads the members of {@code source} on each collection, its families named under"
          + " {@code namespace} (empty for none).\n")
          .addParameter(source, "source")
          .addStatement("this.source = $T.requireNonNull(source, $S)", Objects.class, "source");
    }
    withNamespace.addParameter(String.class, "namespace")
        .addStatement("$T.requireNonNull(namespace, $S)", Objects.class, "namespace");
    for (MetricDescriptor metric : collector.metrics()) {
      withNamespace.addStatement("this.$N = $L", constants.get(metric),
          metric.keyed() != null ? keyedInitializer(metric) : metadataInitializer(metric));
    }
    withNamespace.addStatement("this.$N = $L", FAMILIES_FIELD, familiesInitializer())
        .addCode(instruments);
    type.addMethod(withoutNamespace.build()).addMethod(withNamespace.build());
  }

  private FieldSpec metadataConstant(MetricDescriptor metric) {
    FieldSpec.Builder field = field(METRIC_METADATA, constants.get(metric));
    return namespaceFree ? field.build() : field.initializer(metadataInitializer(metric)).build();
  }

  /** A private final field: a static constant, or an instance field of a namespace-free collector, set by its constructor. */
  private FieldSpec.Builder field(TypeName type, String name) {
    return namespaceFree
        ? FieldSpec.builder(type, name, Modifier.PRIVATE, Modifier.FINAL)
        : FieldSpec.builder(type, name, Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL);
  }

  private CodeBlock metadataInitializer(MetricDescriptor metric) {
    CodeBlock name = name(metric.fullName(namespace, collector.subsystem()));
    return metric.unit().isEmpty()
        ? CodeBlock.of("new $T($Z$L,$W$S)", METRIC_METADATA, name, help(metric))
        : CodeBlock.of("new $T($Z$L,$W$S,$W$L)", METRIC_METADATA, name, help(metric), unit(metric.unit()));
  }

  /**
   * {@code KeyedFamily.gauge("host_memory_", "", "bytes", help, KeyCase.KEEP)}: the static parts of
   * the names of a member that names one family per key; {@code .keepingForeignSuffixes()} where the
   * author switched the {@code reserved-suffix} rule off for it, as for a fixed name.
   */
  private FieldSpec keyedConstant(MetricDescriptor metric) {
    FieldSpec.Builder field = field(KEYED_FAMILY, constants.get(metric));
    return namespaceFree ? field.build() : field.initializer(keyedInitializer(metric)).build();
  }

  private CodeBlock keyedInitializer(MetricDescriptor metric) {
    String marker = "\0";
    String full = Naming.fullName(namespace, collector.subsystem(), metric.keyed().before() + marker
        + metric.keyed().after(), "");
    int at = full.indexOf(marker);
    CodeBlock families = CodeBlock.of("$T.$L($L,$W$S,$W$S,$W$S,$W$T.$L)", KEYED_FAMILY,
        metric.kind() == MetricKind.COUNTER ? "counter" : "gauge", name(full.substring(0, at)),
        full.substring(at + marker.length()), metric.unit(), help(metric), KEY_CASE, metric.keyed().keyCase().name());
    return keepsForeignSuffixes.test(metric.member())
        ? CodeBlock.of("$L$Z.keepingForeignSuffixes()", families)
        : families;
  }

  /** Whether a member names one family per key. */
  private boolean keyed() {
    return collector.metrics().stream().anyMatch(metric -> metric.keyed() != null);
  }

  /** The author's help; for a cached collector, with how old its values may be. */
  private String help(MetricDescriptor metric) {
    return exposedHelp(collector, metric);
  }

  /** The HELP text {@code metric} of {@code collector} is served with: for a cached collector, with how old its values may be. */
  public static String exposedHelp(CollectorDescriptor collector, MetricDescriptor metric) {
    return collector.cache()
        .map(cache -> metric.help() + " (cached, refreshed every " + cache.written() + ")")
        .orElse(metric.help());
  }

  static CodeBlock unit(String unit) {
    String constant = UNIT_CONSTANTS.get(unit);
    return constant != null ? CodeBlock.of("$T.$L", UNIT, constant) : CodeBlock.of("new $T($S)", UNIT, unit);
  }

  /** The families whose names are fixed; those named from data are known only at scrape time. */
  private FieldSpec familiesConstant() {
    FieldSpec.Builder field = field(ParameterizedTypeName.get(ClassName.get(List.class), METRIC_FAMILY_DESCRIPTOR),
        namespaceFree ? FAMILIES_FIELD : FAMILIES);
    return namespaceFree ? field.build() : field.initializer(familiesInitializer()).build();
  }

  private CodeBlock familiesInitializer() {
    CodeBlock.Builder list = CodeBlock.builder().add("$T.of(", List.class);
    List<MetricDescriptor> fixed = collector.metrics().stream().filter(metric -> metric.keyed() == null).toList();
    if (!fixed.isEmpty()) {
      list.add("\n$>$>");
      boolean first = true;
      for (MetricDescriptor metric : fixed) {
        list.add(first ? "" : ",\n");
        String type = metric.kind().metricType();
        if (metric.samples().labelNames().isEmpty()) {
          list.add("$T.of($T.$L, $L)", METRIC_FAMILY_DESCRIPTOR, METRIC_TYPE, type, ref(metric));
        } else {
          CodeBlock names = metric.samples().labelNames().stream().map(name -> CodeBlock.of("$S", name))
              .collect(CodeBlock.joining(", "));
          list.add("$T.of($T.$L, $L, $T.of($L))", METRIC_FAMILY_DESCRIPTOR, METRIC_TYPE,
              type, ref(metric), List.class, names);
        }
        first = false;
      }
      list.add("$<$<");
    }
    return list.add(")").build();
  }

  private MethodSpec collectMethod() {
    MethodSpec.Builder collect = MethodSpec.methodBuilder("collect")
        .addAnnotation(Override.class)
        .addModifiers(Modifier.PUBLIC)
        .returns(METRIC_SNAPSHOTS)
        .addParameter(MEMBER_ERRORS, "errors")
        .addStatement("$T<$T> snapshots = new $T<>($L)", List.class, METRIC_SNAPSHOT, ArrayList.class,
            collector.metrics().size());
    if (keyed()) {
      collect.addStatement("$T names = new $T($L)", FAMILY_NAMES, FAMILY_NAMES, families());
    }
    CodeBlock.Builder members = CodeBlock.builder();
    for (MetricDescriptor metric : collector.metrics()) {
      if (readMethods.containsKey(metric)) {
        members.addStatement("$N($L)", readMethods.get(metric), readArguments(metric));
      } else {
        members.add(readBlock(metric));
      }
    }
    if (collector.reading().isPresent()) {
      // the members' own catches leave the outer one only what the reading throws: then no member is read
      ExecutableElement reading = collector.reading().get();
      String name = reading.getSimpleName() + "()";
      collect.beginControlFlow("try")
          .addStatement("var reading = $T.requireNonNull($L, $S)", Objects.class, readingAccess(reading),
              name + " returned null")
          .addCode(members.build())
          .nextControlFlow("catch ($T | $T | $T e)", Exception.class, LinkageError.class, AssertionError.class)
          .addStatement("errors.failed($S, e)", name)
          .endControlFlow();
    } else {
      collect.addCode(members.build());
    }
    return collect.addStatement("return new $T(snapshots)", METRIC_SNAPSHOTS).build();
  }

  /**
   * The method that reads one member into the collection's snapshots, in its own {@code try}. One
   * method per member keeps {@code collect} small whatever the number of members: the JIT compiles
   * each on its own, and never meets a method over its size limit (8,000 bytes of bytecode, beyond
   * which HotSpot leaves a method interpreted).
   */
  private MethodSpec readMethod(MetricDescriptor metric) {
    MethodSpec.Builder read = MethodSpec.methodBuilder(readMethods.get(metric))
        .addModifiers(Modifier.PRIVATE)
        .addParameter(ParameterizedTypeName.get(ClassName.get(List.class), METRIC_SNAPSHOT), "snapshots")
        .addParameter(MEMBER_ERRORS, "errors");
    if (metric.keyed() != null) {
      read.addParameter(FAMILY_NAMES, "names");
    }
    if (metric.receivesReading()) {
      read.addParameter(TypeName.get(collector.reading().orElseThrow().getReturnType()), "reading");
    }
    return read.addCode(readBlock(metric)).build();
  }

  /** The member's read in its own {@code try}: a failure costs only its samples. */
  private CodeBlock readBlock(MetricDescriptor metric) {
    return CodeBlock.builder()
        .beginControlFlow("try")
        .add(metric.keyed() != null ? keyedRead(metric) : metric.samples().accept(new MemberReads(access(metric),
            ref(metric), stateConstants.get(metric), labelReuse(metric))))
        .nextControlFlow("catch ($T | $T | $T e)", Exception.class, LinkageError.class, AssertionError.class)
        .addStatement("errors.failed($S, e)", metric.displayName())
        .endControlFlow()
        .build();
  }

  /** {@code snapshots, errors}, then {@code names} and {@code reading} where the member's method takes them. */
  private CodeBlock readArguments(MetricDescriptor metric) {
    CodeBlock.Builder arguments = CodeBlock.builder().add("snapshots, errors");
    if (metric.keyed() != null) {
      arguments.add(", names");
    }
    if (metric.receivesReading()) {
      arguments.add(", reading");
    }
    return arguments.build();
  }

  /**
   * A member that names one family per key: per entry of the map it returns, the key's family
   * (none when the key's sample is dropped), then what the member would read for that family if
   * it returned the entry's value.
   */
  private CodeBlock keyedRead(MetricDescriptor metric) {
    String field = labelSetFields.get(metric);
    CodeBlock.Builder code = CodeBlock.builder()
        .addStatement("var keyed = $L", access(metric))
        .beginControlFlow("if (keyed != null)");
    if (field != null) {
      // one run for all the families: their series often have the same label values
      code.addStatement("$T.Run $N = $N.begin()", LABEL_SETS, MemberReads.RUN, field);
    }
    code.beginControlFlow("for (var family : keyed.entrySet())")
        .addStatement("$T metadata = $L.metadata(family.getKey(), names, errors, $S)", METRIC_METADATA,
            ref(metric), metric.displayName())
        .beginControlFlow("if (metadata != null)")
        .add(metric.samples().accept(new MemberReads(CodeBlock.of("family.getValue()"), "metadata", null,
            field == null ? null : new MemberReads.LabelReuse(null))))
        .endControlFlow()
        .endControlFlow();
    if (field != null) {
      code.addStatement("$N.end()", MemberReads.RUN);
    }
    return code.endControlFlow().build();
  }

  /** Where the member's series get their labels: its {@code LabelSets} field's run, or null to build them. */
  private MemberReads.LabelReuse labelReuse(MetricDescriptor metric) {
    String field = labelSetFields.get(metric);
    return field == null ? null : new MemberReads.LabelReuse(CodeBlock.of("$N", field));
  }

  /** {@code source.temperature()}, {@code Thermal.zones}, {@code source.contextSwitches(reading)}, as the member is declared. */
  private CodeBlock access(MetricDescriptor metric) {
    String call = metric.method() ? (metric.receivesReading() ? "(reading)" : "()") : "";
    return metric.isStatic()
        ? CodeBlock.of("$T.$N$L", source, metric.memberName(), call)
        : CodeBlock.of("source.$N$L", metric.memberName(), call);
  }

  /** {@code source.read()} or {@code Stat.read()}. */
  private CodeBlock readingAccess(ExecutableElement reading) {
    return reading.getModifiers().contains(Modifier.STATIC)
        ? CodeBlock.of("$T.$N()", source, reading.getSimpleName().toString())
        : CodeBlock.of("source.$N()", reading.getSimpleName().toString());
  }

  /**
   * {@code Counter.builder().name(...).help(...)...build()}: the client_java metric of a
   * direct-instrumentation field, built (not registered) from the annotation.
   */
  private CodeBlock instrumentBuilder(MetricDescriptor metric, Samples.Instrument instrument) {
    CodeBlock.Builder builder = CodeBlock.builder()
        .add("$T.builder()\n.name($L)\n.help($S)\n", instrument.kind().instrumentClass(),
            name(metric.fullName(namespace, collector.subsystem())), help(metric));
    if (!metric.unit().isEmpty()) {
      builder.add(".unit($L)\n", unit(metric.unit()));
    }
    if (!instrument.labels().isEmpty()) {
      builder.add(".labelNames($L)\n",
          instrument.labels().stream().map(label -> CodeBlock.of("$S", label)).collect(CodeBlock.joining(", ")));
    }
    if (instrument.kind() == SampleKind.HISTOGRAM) {
      builder.add(".classicOnly()\n");
      if (!instrument.parameters().isEmpty()) {
        builder.add(".classicUpperBounds($L)\n", instrument.parameters().stream()
            .map(bound -> CodeBlock.of("$L", bound)).collect(CodeBlock.joining(", ")));
      }
    }
    if (instrument.kind() == SampleKind.SUMMARY) {
      for (double quantile : instrument.parameters()) {
        builder.add(".quantile($L)\n", quantile);
      }
    }
    return builder.add(".build()").build();
  }
}
