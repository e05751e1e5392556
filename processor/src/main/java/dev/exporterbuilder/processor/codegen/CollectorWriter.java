package dev.exporterbuilder.processor.codegen;

import static dev.exporterbuilder.processor.model.RuntimeTypes.CONST_HISTOGRAM;
import static dev.exporterbuilder.processor.model.RuntimeTypes.CONST_SUMMARY;
import static dev.exporterbuilder.processor.model.RuntimeTypes.COUNTER_POINT;
import static dev.exporterbuilder.processor.model.RuntimeTypes.COUNTER_SNAPSHOT;
import static dev.exporterbuilder.processor.model.RuntimeTypes.EXPORTER_COLLECTOR;
import static dev.exporterbuilder.processor.model.RuntimeTypes.GAUGE_POINT;
import static dev.exporterbuilder.processor.model.RuntimeTypes.GAUGE_SNAPSHOT;
import static dev.exporterbuilder.processor.model.RuntimeTypes.HISTOGRAM_POINT;
import static dev.exporterbuilder.processor.model.RuntimeTypes.HISTOGRAM_SNAPSHOT;
import static dev.exporterbuilder.processor.model.RuntimeTypes.INFO_POINT;
import static dev.exporterbuilder.processor.model.RuntimeTypes.INFO_SNAPSHOT;
import static dev.exporterbuilder.processor.model.RuntimeTypes.LABELS;
import static dev.exporterbuilder.processor.model.RuntimeTypes.MEMBER_ERRORS;
import static dev.exporterbuilder.processor.model.RuntimeTypes.METRIC_FAMILY_DESCRIPTOR;
import static dev.exporterbuilder.processor.model.RuntimeTypes.METRIC_METADATA;
import static dev.exporterbuilder.processor.model.RuntimeTypes.METRIC_SNAPSHOT;
import static dev.exporterbuilder.processor.model.RuntimeTypes.METRIC_SNAPSHOTS;
import static dev.exporterbuilder.processor.model.RuntimeTypes.METRIC_TYPE;
import static dev.exporterbuilder.processor.model.RuntimeTypes.SAMPLES;
import static dev.exporterbuilder.processor.model.RuntimeTypes.STATE_SET_POINT;
import static dev.exporterbuilder.processor.model.RuntimeTypes.STATE_SET_SNAPSHOT;
import static dev.exporterbuilder.processor.model.RuntimeTypes.SUMMARY_POINT;
import static dev.exporterbuilder.processor.model.RuntimeTypes.SUMMARY_SNAPSHOT;
import static dev.exporterbuilder.processor.model.RuntimeTypes.UNIT;

import com.squareup.javapoet.ClassName;
import com.squareup.javapoet.CodeBlock;
import com.squareup.javapoet.FieldSpec;
import com.squareup.javapoet.MethodSpec;
import com.squareup.javapoet.ParameterizedTypeName;
import com.squareup.javapoet.TypeName;
import com.squareup.javapoet.TypeSpec;
import dev.exporterbuilder.processor.model.CollectorModel;
import dev.exporterbuilder.processor.model.LabelComponent;
import dev.exporterbuilder.processor.model.MemberShape;
import dev.exporterbuilder.processor.model.MetricKind;
import dev.exporterbuilder.processor.model.MetricModel;
import dev.exporterbuilder.processor.model.Naming;
import dev.exporterbuilder.processor.model.ValueKind;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.Modifier;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeMirror;

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
 */
public final class CollectorWriter {

  private static final String FAMILIES = "FAMILIES";
  private static final Map<String, String> UNIT_CONSTANTS = Map.of(
      "seconds", "SECONDS", "bytes", "BYTES", "celsius", "CELSIUS", "ratio", "RATIO", "joules", "JOULES",
      "grams", "GRAMS", "meters", "METERS", "volts", "VOLTS", "amperes", "AMPERES");

  private final CollectorModel collector;
  private final String namespace;
  private final ClassName source;
  private final Map<MetricModel, String> constants = new LinkedHashMap<>();
  /** The constant holding each state set's state names. */
  private final Map<MetricModel, String> stateConstants = new LinkedHashMap<>();

  /**
   * @param namespace the namespace of the exporter that serves the collector; empty for none
   */
  public CollectorWriter(CollectorModel collector, String namespace) {
    this.collector = collector;
    this.namespace = namespace;
    this.source = ClassName.get(collector.type());
    Set<String> taken = new HashSet<>(Set.of(FAMILIES));
    for (MetricModel metric : collector.metrics()) {
      String constant = Naming.constantCase(metric.name());
      for (int i = 2; !taken.add(constant); i++) {
        constant = Naming.constantCase(metric.name()) + "_" + i;
      }
      constants.put(metric, constant);
    }
    for (MetricModel metric : collector.metrics()) {
      if (metric.kind() == MetricKind.STATE_SET) {
        String states = constants.get(metric) + "_STATES";
        for (int i = 2; !taken.add(states); i++) {
          states = constants.get(metric) + "_STATES_" + i;
        }
        stateConstants.put(metric, states);
      }
    }
  }

  /** Every element the generated code names or reads: the class, its members, their element types and components. */
  private List<Element> readElements() {
    List<Element> read = new ArrayList<>();
    read.add(collector.type());
    for (MetricModel metric : collector.metrics()) {
      read.add(metric.member());
      for (TypeMirror type : new TypeMirror[] {metric.type(), metric.elementType()}) {
        if (type instanceof DeclaredType declared) {
          read.add(declared.asElement());
        }
      }
      metric.labelComponents().forEach(label -> read.add(label.component()));
      read.addAll(metric.valueComponents());
    }
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
    for (MetricModel metric : collector.metrics()) {
      type.addField(metadataConstant(metric));
      if (metric.kind() == MetricKind.STATE_SET) {
        type.addField(FieldSpec.builder(String[].class, stateConstants.get(metric), Modifier.PRIVATE,
                Modifier.STATIC, Modifier.FINAL)
            .initializer("$T.stateNames($T.class)", SAMPLES, TypeName.get(metric.type()))
            .build());
      }
    }
    type.addField(familiesConstant());
    CodeBlock.Builder staticInstruments = CodeBlock.builder();
    CodeBlock.Builder instanceInstruments = CodeBlock.builder();
    for (MetricModel metric : collector.metrics()) {
      if (metric.shape() == MemberShape.INSTRUMENT) {
        (metric.isStatic() ? staticInstruments : instanceInstruments)
            .addStatement("$L = $L", access(metric), instrumentBuilder(metric));
      }
    }
    if (!staticInstruments.isEmpty()) {
      type.addStaticBlock(staticInstruments.build());
    }
    if (collector.staticOnly()) {
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
    type.addMethod(MethodSpec.methodBuilder("getMetricFamilyDescriptors")
        .addAnnotation(Override.class)
        .addModifiers(Modifier.PUBLIC)
        .returns(ParameterizedTypeName.get(ClassName.get(List.class), METRIC_FAMILY_DESCRIPTOR))
        .addStatement("return $L", FAMILIES)
        .build());
    EnumSet<MetricKind> scalarKinds = EnumSet.noneOf(MetricKind.class);
    EnumSet<MetricKind> kinds = EnumSet.noneOf(MetricKind.class);
    for (MetricModel metric : collector.metrics()) {
      if (metric.kind() != MetricKind.INFO && metric.kind() != MetricKind.STATE_SET
          && metric.shape() != MemberShape.INSTRUMENT) {
        kinds.add(metric.kind());
        if (metric.shape() == MemberShape.SCALAR) {
          scalarKinds.add(metric.kind());
        }
      }
    }
    for (MetricKind kind : scalarKinds) {
      type.addMethod(snapshotMethod(kind));
    }
    for (MetricKind kind : kinds) {
      type.addMethod(pointMethod(kind));
    }
    return type;
  }

  private FieldSpec metadataConstant(MetricModel metric) {
    String name = metric.fullName(namespace, collector.subsystem());
    CodeBlock initializer = metric.unit().isEmpty()
        ? CodeBlock.of("new $T($Z$S,$W$S)", METRIC_METADATA, name, help(metric))
        : CodeBlock.of("new $T($Z$S,$W$S,$W$L)", METRIC_METADATA, name, help(metric), unit(metric.unit()));
    return FieldSpec.builder(METRIC_METADATA, constants.get(metric), Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
        .initializer(initializer)
        .build();
  }

  /** The author's help; for a cached collector, with how old its values may be. */
  private String help(MetricModel metric) {
    return collector.cache().isEmpty()
        ? metric.help()
        : metric.help() + " (cached, refreshed every " + collector.cache() + ")";
  }

  private static CodeBlock unit(String unit) {
    String constant = UNIT_CONSTANTS.get(unit);
    return constant != null ? CodeBlock.of("$T.$L", UNIT, constant) : CodeBlock.of("new $T($S)", UNIT, unit);
  }

  private FieldSpec familiesConstant() {
    CodeBlock.Builder list = CodeBlock.builder().add("$T.of(", List.class);
    if (!collector.metrics().isEmpty()) {
      list.add("\n$>$>");
      boolean first = true;
      for (MetricModel metric : collector.metrics()) {
        list.add(first ? "" : ",\n");
        String type = metric.kind() == MetricKind.STATE_SET ? "STATESET" : metric.kind().name();
        if (metric.labelNames().isEmpty()) {
          list.add("$T.of($T.$L, $L)", METRIC_FAMILY_DESCRIPTOR, METRIC_TYPE, type, constants.get(metric));
        } else {
          CodeBlock names = metric.labelNames().stream().map(name -> CodeBlock.of("$S", name))
              .collect(CodeBlock.joining(", "));
          list.add("$T.of($T.$L, $L, $T.of($L))", METRIC_FAMILY_DESCRIPTOR, METRIC_TYPE,
              type, constants.get(metric), List.class, names);
        }
        first = false;
      }
      list.add("$<$<");
    }
    list.add(")");
    return FieldSpec.builder(ParameterizedTypeName.get(ClassName.get(List.class), METRIC_FAMILY_DESCRIPTOR), FAMILIES,
            Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
        .initializer(list.build())
        .build();
  }

  private MethodSpec collectMethod() {
    MethodSpec.Builder collect = MethodSpec.methodBuilder("collect")
        .addAnnotation(Override.class)
        .addModifiers(Modifier.PUBLIC)
        .returns(METRIC_SNAPSHOTS)
        .addParameter(MEMBER_ERRORS, "errors")
        .addStatement("$T<$T> snapshots = new $T<>($L)", List.class, METRIC_SNAPSHOT, ArrayList.class,
            collector.metrics().size());
    for (MetricModel metric : collector.metrics()) {
      collect.beginControlFlow("try")
          .addCode(readMember(metric))
          .nextControlFlow("catch ($T | $T | $T e)", Exception.class, LinkageError.class, AssertionError.class)
          .addStatement("errors.failed($S, e)", metric.displayName())
          .endControlFlow();
    }
    return collect.addStatement("return new $T(snapshots)", METRIC_SNAPSHOTS).build();
  }

  /** The statements that read one member and add its snapshot, if it has a sample this time. */
  private CodeBlock readMember(MetricModel metric) {
    if (metric.kind() == MetricKind.INFO) {
      return readInfo(metric);
    }
    if (metric.kind() == MetricKind.STATE_SET) {
      return readStateSet(metric);
    }
    return switch (metric.shape()) {
      case SCALAR -> readScalar(metric);
      case MAP -> readMap(metric);
      case ITERABLE, STREAM, ARRAY -> readElements(metric);
      case INSTRUMENT -> CodeBlock.builder().addStatement("snapshots.add($L.collect())", access(metric)).build();
    };
  }

  private CodeBlock readScalar(MetricModel metric) {
    CodeBlock access = access(metric);
    String snapshot = snapshotMethodName(metric.kind());
    String constant = constants.get(metric);
    CodeBlock.Builder code = CodeBlock.builder();
    switch (metric.valueKind()) {
      case PRIMITIVE_NUMBER -> code.addStatement("snapshots.add($L($L, $L))", snapshot, constant, access);
      case PRIMITIVE_BOOLEAN -> code.addStatement("snapshots.add($L($L, $L ? 1 : 0))", snapshot, constant, access);
      case ENUM, UNSUPPORTED -> throw new IllegalStateException("unsupported member reached the writer: " + metric);
      default -> {
        // a box, an optional, an atomic, a ConstHistogram or a ConstSummary: it may have no sample
        Sample sample = Sample.of(metric.valueKind(), "value");
        code.addStatement("$T value = $L", LOCAL_TYPES.get(metric.valueKind()), access)
            .beginControlFlow("if ($L)", sample.present())
            .addStatement("snapshots.add($L($L, $L))", snapshot, constant, sample.value())
            .endControlFlow();
      }
    }
    return code.build();
  }

  /** One data point per entry, labelled by the key; entries without a sample are skipped. */
  private CodeBlock readMap(MetricModel metric) {
    Sample sample = Sample.of(metric.valueKind(), "sample");
    return CodeBlock.builder()
        .addStatement("var value = $L", access(metric))
        .beginControlFlow("if (value != null)")
        .addStatement("$T<$T> points = new $T<>(value.size())", List.class, pointClass(metric.kind()), ArrayList.class)
        .beginControlFlow("for (var entry : value.entrySet())")
        .addStatement("var sample = entry.getValue()")
        .beginControlFlow("if ($L)", sample.present())
        .addStatement("points.add($LPoint($L,$W$T.of($S, $T.labelValue(entry.getKey()))))",
            snapshotMethodName(metric.kind()), sample.value(), LABELS, metric.labels().get(0), SAMPLES)
        .endControlFlow()
        .endControlFlow()
        .addStatement("snapshots.add(new $T($L, points))", snapshotClass(metric.kind()), constants.get(metric))
        .endControlFlow()
        .build();
  }

  /**
   * {@code Counter.builder().name(...).help(...)...build()}: the client_java metric of a
   * direct-instrumentation field, built (not registered) from the annotation.
   */
  private CodeBlock instrumentBuilder(MetricModel metric) {
    CodeBlock.Builder builder = CodeBlock.builder()
        .add("$T.builder()\n.name($S)\n.help($S)\n", ClassName.bestGuess(metric.instrumentType()),
            metric.fullName(namespace, collector.subsystem()), help(metric));
    if (!metric.unit().isEmpty()) {
      builder.add(".unit($L)\n", unit(metric.unit()));
    }
    if (!metric.labels().isEmpty()) {
      builder.add(".labelNames($L)\n",
          metric.labels().stream().map(label -> CodeBlock.of("$S", label)).collect(CodeBlock.joining(", ")));
    }
    if (metric.kind() == MetricKind.HISTOGRAM) {
      builder.add(".classicOnly()\n");
      if (!metric.parameters().isEmpty()) {
        builder.add(".classicUpperBounds($L)\n", metric.parameters().stream()
            .map(bound -> CodeBlock.of("$L", bound)).collect(CodeBlock.joining(", ")));
      }
    }
    if (metric.kind() == MetricKind.SUMMARY) {
      for (double quantile : metric.parameters()) {
        builder.add(".quantile($L)\n", quantile);
      }
    }
    return builder.add(".build()").build();
  }

  /** One series, value 1, whose labels are the record's components or the map's entries. */
  private CodeBlock readInfo(MetricModel metric) {
    CodeBlock.Builder code = CodeBlock.builder()
        .addStatement("var value = $L", access(metric))
        .beginControlFlow("if (value != null)");
    CodeBlock labels;
    if (metric.shape() == MemberShape.MAP) {
      code.addStatement("$T<$T> names = new $T<>(value.size())", List.class, String.class, ArrayList.class)
          .addStatement("$T<$T> values = new $T<>(value.size())", List.class, String.class, ArrayList.class)
          .beginControlFlow("for (var entry : value.entrySet())")
          .addStatement("names.add(entry.getKey())")
          .addStatement("values.add($T.labelValue(entry.getValue()))", SAMPLES)
          .endControlFlow();
      labels = CodeBlock.of("$T.of(names, values)", LABELS);
    } else {
      labels = labelsOf(metric, "value");
    }
    return code.addStatement("snapshots.add(new $T($L,$W$T.of(new $T($L))))", INFO_SNAPSHOT, constants.get(metric),
            List.class, INFO_POINT, labels)
        .endControlFlow()
        .build();
  }

  /** One series per constant of the enum, true for the current one. */
  private CodeBlock readStateSet(MetricModel metric) {
    String states = stateConstants.get(metric);
    return CodeBlock.builder()
        .addStatement("var value = $L", access(metric))
        .beginControlFlow("if (value != null)")
        .addStatement("boolean[] states = $T.states(value, $L.length)", SAMPLES, states)
        .addStatement("snapshots.add(new $T($L,$W$T.of(new $T($L,$Wstates,$W$T.EMPTY))))", STATE_SET_SNAPSHOT,
            constants.get(metric), List.class, STATE_SET_POINT, states, LABELS)
        .endControlFlow()
        .build();
  }

  /** {@code Labels.of("type", Samples.labelValue(element.type()), ...)} over the label components. */
  private static CodeBlock labelsOf(MetricModel metric, String variable) {
    CodeBlock.Builder labels = CodeBlock.builder().add("$T.of(", LABELS);
    for (int i = 0; i < metric.labelComponents().size(); i++) {
      LabelComponent label = metric.labelComponents().get(i);
      labels.add(i == 0 ? "$S,$W$T.labelValue($N.$N$L)" : ",$W$S,$W$T.labelValue($N.$N$L)",
          label.name(), SAMPLES, variable, label.accessor(), label.call() ? "()" : "");
    }
    return labels.add(")").build();
  }

  /**
   * One data point per element, labelled by its {@code @Label} components; null elements and
   * elements without a sample are skipped. A stream is closed after use.
   */
  private CodeBlock readElements(MetricModel metric) {
    Sample sample = Sample.of(metric.valueKind(), "sample");
    CodeBlock labels = labelsOf(metric, "element");
    CodeBlock.Builder code = CodeBlock.builder();
    if (metric.shape() == MemberShape.STREAM) {
      code.beginControlFlow("try (var value = $L)", access(metric));
    } else {
      code.addStatement("var value = $L", access(metric));
    }
    code.beginControlFlow("if (value != null)")
        .addStatement("$T<$T> points = new $T<>()", List.class, pointClass(metric.kind()), ArrayList.class);
    if (metric.shape() == MemberShape.STREAM) {
      code.beginControlFlow("for (var elements = value.iterator(); elements.hasNext(); )")
          .addStatement("var element = elements.next()");
    } else {
      code.beginControlFlow("for (var element : value)");
    }
    code.beginControlFlow("if (element != null)")
        .addStatement("var sample = element.$N$L", metric.valueComponents().get(0).getSimpleName().toString(),
            metric.valueComponents().get(0).getKind() == ElementKind.FIELD ? "" : "()");
    if (sample.present() != null) {
      code.beginControlFlow("if ($L)", sample.present());
    }
    code.addStatement("points.add($LPoint($L,$W$L))", snapshotMethodName(metric.kind()), sample.value(), labels);
    if (sample.present() != null) {
      code.endControlFlow();
    }
    code.endControlFlow()
        .endControlFlow()
        .addStatement("snapshots.add(new $T($L, points))", snapshotClass(metric.kind()), constants.get(metric))
        .endControlFlow();
    if (metric.shape() == MemberShape.STREAM) {
      code.endControlFlow();
    }
    return code.build();
  }

  /**
   * Whether a value of some kind, held in a variable, is a sample this time (null: always), and its
   * value as a double.
   */
  private record Sample(String present, String value) {
    static Sample of(ValueKind kind, String variable) {
      return switch (kind) {
        case NUMBER -> new Sample(variable + " != null", variable + ".doubleValue()");
        case BOOLEAN -> new Sample(variable + " != null", variable + " ? 1 : 0");
        case ATOMIC_BOOLEAN -> new Sample(variable + " != null", variable + ".get() ? 1 : 0");
        case OPTIONAL_DOUBLE -> new Sample(present(variable), variable + ".getAsDouble()");
        case OPTIONAL_LONG -> new Sample(present(variable), variable + ".getAsLong()");
        case OPTIONAL_INT -> new Sample(present(variable), variable + ".getAsInt()");
        case PRIMITIVE_NUMBER -> new Sample(null, variable);
        case PRIMITIVE_BOOLEAN -> new Sample(null, variable + " ? 1 : 0");
        case HISTOGRAM_DATA, SUMMARY_DATA -> new Sample(variable + " != null", variable);
        case ENUM, UNSUPPORTED -> throw new IllegalStateException(kind.name());
      };
    }

    /** A scalar optional member must not return null; a map may hold null values, which are skipped. */
    private static String present(String variable) {
      return variable.equals("value") ? variable + ".isPresent()" : variable + " != null && " + variable + ".isPresent()";
    }
  }

  /** The declared type of the local that holds a scalar member's value. */
  private static final Map<ValueKind, TypeName> LOCAL_TYPES = Map.of(
      ValueKind.NUMBER, ClassName.get(Number.class), ValueKind.BOOLEAN, ClassName.get(Boolean.class),
      ValueKind.ATOMIC_BOOLEAN, ClassName.get(AtomicBoolean.class), ValueKind.OPTIONAL_DOUBLE, ClassName.get(OptionalDouble.class),
      ValueKind.OPTIONAL_LONG, ClassName.get(OptionalLong.class), ValueKind.OPTIONAL_INT, ClassName.get(OptionalInt.class),
      ValueKind.HISTOGRAM_DATA, CONST_HISTOGRAM, ValueKind.SUMMARY_DATA, CONST_SUMMARY);

  /** {@code source.temperature()}, {@code Thermal.zones}, as the member is declared. */
  private CodeBlock access(MetricModel metric) {
    String call = metric.method() ? "()" : "";
    return metric.isStatic()
        ? CodeBlock.of("$T.$N$L", source, metric.memberName(), call)
        : CodeBlock.of("source.$N$L", metric.memberName(), call);
  }

  private static String snapshotMethodName(MetricKind kind) {
    return kind.name().toLowerCase(Locale.ROOT);
  }

  private static ClassName snapshotClass(MetricKind kind) {
    return switch (kind) {
      case GAUGE -> GAUGE_SNAPSHOT;
      case COUNTER -> COUNTER_SNAPSHOT;
      case HISTOGRAM -> HISTOGRAM_SNAPSHOT;
      case SUMMARY -> SUMMARY_SNAPSHOT;
      case INFO, STATE_SET -> throw new IllegalStateException(kind.name());
    };
  }

  private static ClassName pointClass(MetricKind kind) {
    return switch (kind) {
      case GAUGE -> GAUGE_POINT;
      case COUNTER -> COUNTER_POINT;
      case HISTOGRAM -> HISTOGRAM_POINT;
      case SUMMARY -> SUMMARY_POINT;
      case INFO, STATE_SET -> throw new IllegalStateException(kind.name());
    };
  }

  /** What a data point is built from: a double, or the ConstHistogram or ConstSummary a member returned. */
  private static TypeName valueType(MetricKind kind) {
    return switch (kind) {
      case HISTOGRAM -> CONST_HISTOGRAM;
      case SUMMARY -> CONST_SUMMARY;
      case GAUGE, COUNTER -> TypeName.DOUBLE;
      case INFO, STATE_SET -> throw new IllegalStateException(kind.name());
    };
  }

  /** {@code gauge(metadata, value)}: the snapshot of a member with one unlabelled sample. */
  private static MethodSpec snapshotMethod(MetricKind kind) {
    return MethodSpec.methodBuilder(snapshotMethodName(kind))
        .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
        .returns(snapshotClass(kind))
        .addParameter(METRIC_METADATA, "metadata")
        .addParameter(valueType(kind), "value")
        .addStatement("return new $T(metadata,$W$T.of($LPoint(value, $T.EMPTY)))", snapshotClass(kind), List.class,
            snapshotMethodName(kind), LABELS)
        .build();
  }

  /** {@code gaugePoint(value, labels)}: the one place a data point is built. */
  private static MethodSpec pointMethod(MetricKind kind) {
    MethodSpec.Builder method = MethodSpec.methodBuilder(snapshotMethodName(kind) + "Point")
        .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
        .returns(pointClass(kind))
        .addParameter(valueType(kind), "value")
        .addParameter(LABELS, "labels");
    return switch (kind) {
      case GAUGE -> method.addStatement("return new $T(value, labels, null)", pointClass(kind)).build();
      case COUNTER -> method.addJavadoc("A counter data point; a negative or NaN value fails the member.\n")
          .addStatement("return new $T($T.counterValue(value),$Wlabels, null, 0)", pointClass(kind), SAMPLES)
          .build();
      case HISTOGRAM -> method.addStatement("return $T.histogramPoint(value, labels)", SAMPLES).build();
      case SUMMARY -> method.addStatement("return $T.summaryPoint(value, labels)", SAMPLES).build();
      case INFO, STATE_SET -> throw new IllegalStateException(kind.name());
    };
  }
}
