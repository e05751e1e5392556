package dev.exporterbuilder.processor.codegen;

import com.squareup.javapoet.ClassName;
import com.squareup.javapoet.CodeBlock;
import com.squareup.javapoet.FieldSpec;
import com.squareup.javapoet.MethodSpec;
import com.squareup.javapoet.ParameterizedTypeName;
import com.squareup.javapoet.TypeName;
import com.squareup.javapoet.TypeSpec;
import dev.exporterbuilder.processor.model.CollectorModel;
import dev.exporterbuilder.processor.model.MetricKind;
import dev.exporterbuilder.processor.model.MetricModel;
import dev.exporterbuilder.processor.model.Naming;
import dev.exporterbuilder.runtime.ExporterCollector;
import dev.exporterbuilder.runtime.MemberErrors;
import dev.exporterbuilder.runtime.Samples;
import io.prometheus.metrics.model.registry.MetricType;
import io.prometheus.metrics.model.snapshots.CounterSnapshot;
import io.prometheus.metrics.model.snapshots.GaugeSnapshot;
import io.prometheus.metrics.model.snapshots.Labels;
import io.prometheus.metrics.model.snapshots.MetricFamilyDescriptor;
import io.prometheus.metrics.model.snapshots.MetricMetadata;
import io.prometheus.metrics.model.snapshots.MetricSnapshot;
import io.prometheus.metrics.model.snapshots.MetricSnapshots;
import io.prometheus.metrics.model.snapshots.Unit;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import javax.lang.model.element.Modifier;

/**
 * Writes {@code <SimpleName>Collector}: a client_java {@code MultiCollector} with one metadata
 * constant per metric, the family descriptors, and a {@code collect} that reads each member in its
 * own {@code try} so that a failing member costs only its own samples.
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
        .addSuperinterface(ExporterCollector.class);
    for (MetricModel metric : collector.metrics()) {
      type.addField(metadataConstant(metric));
    }
    type.addField(familiesConstant());
    if (collector.staticOnly()) {
      type.addMethod(MethodSpec.constructorBuilder()
          .addJavadoc("Reads the static members of {@link $T} on each collection.\n", source)
          .addModifiers(Modifier.PUBLIC)
          .build());
    } else {
      type.addField(source, "source", Modifier.PRIVATE, Modifier.FINAL);
      type.addMethod(MethodSpec.constructorBuilder()
          .addJavadoc("Reads the members of {@code source} on each collection.\n")
          .addModifiers(Modifier.PUBLIC)
          .addParameter(source, "source")
          .addStatement("this.source = $T.requireNonNull(source, $S)", Objects.class, "source")
          .build());
    }
    type.addMethod(collectMethod());
    type.addMethod(MethodSpec.methodBuilder("getMetricFamilyDescriptors")
        .addAnnotation(Override.class)
        .addModifiers(Modifier.PUBLIC)
        .returns(ParameterizedTypeName.get(List.class, MetricFamilyDescriptor.class))
        .addStatement("return $L", FAMILIES)
        .build());
    EnumSet<MetricKind> kinds = EnumSet.noneOf(MetricKind.class);
    collector.metrics().forEach(metric -> kinds.add(metric.kind()));
    for (MetricKind kind : kinds) {
      type.addMethod(snapshotMethod(kind));
    }
    return type;
  }

  private FieldSpec metadataConstant(MetricModel metric) {
    String name = metric.fullName(namespace, collector.subsystem());
    CodeBlock initializer = metric.unit().isEmpty()
        ? CodeBlock.of("new $T($Z$S,$W$S)", MetricMetadata.class, name, metric.help())
        : CodeBlock.of("new $T($Z$S,$W$S,$W$L)", MetricMetadata.class, name, metric.help(), unit(metric.unit()));
    return FieldSpec.builder(MetricMetadata.class, constants.get(metric), Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
        .initializer(initializer)
        .build();
  }

  private static CodeBlock unit(String unit) {
    String constant = UNIT_CONSTANTS.get(unit);
    return constant != null ? CodeBlock.of("$T.$L", Unit.class, constant) : CodeBlock.of("new $T($S)", Unit.class, unit);
  }

  private FieldSpec familiesConstant() {
    CodeBlock.Builder list = CodeBlock.builder().add("$T.of(", List.class);
    if (!collector.metrics().isEmpty()) {
      list.add("\n$>$>");
      boolean first = true;
      for (MetricModel metric : collector.metrics()) {
        list.add(first ? "" : ",\n");
        list.add("$T.of($T.$L, $L)", MetricFamilyDescriptor.class, MetricType.class, metric.kind().name(),
            constants.get(metric));
        first = false;
      }
      list.add("$<$<");
    }
    list.add(")");
    return FieldSpec.builder(ParameterizedTypeName.get(List.class, MetricFamilyDescriptor.class), FAMILIES,
            Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
        .initializer(list.build())
        .build();
  }

  private MethodSpec collectMethod() {
    MethodSpec.Builder collect = MethodSpec.methodBuilder("collect")
        .addAnnotation(Override.class)
        .addModifiers(Modifier.PUBLIC)
        .returns(MetricSnapshots.class)
        .addParameter(MemberErrors.class, "errors")
        .addStatement("$T<$T> snapshots = new $T<>($L)", List.class, MetricSnapshot.class, ArrayList.class,
            collector.metrics().size());
    for (MetricModel metric : collector.metrics()) {
      collect.beginControlFlow("try")
          .addCode(readMember(metric))
          .nextControlFlow("catch ($T | $T e)", Exception.class, Error.class)
          .addStatement("errors.failed($S, e)", metric.displayName())
          .endControlFlow();
    }
    return collect.addStatement("return new $T(snapshots)", MetricSnapshots.class).build();
  }

  /** The statements that read one member and add its snapshot, if it has a sample this time. */
  private CodeBlock readMember(MetricModel metric) {
    CodeBlock access = access(metric);
    String add = "snapshots.add($L($L, $L))";
    String method = snapshotMethodName(metric.kind());
    String constant = constants.get(metric);
    CodeBlock.Builder code = CodeBlock.builder();
    switch (metric.valueKind()) {
      case PRIMITIVE_NUMBER -> code.addStatement(add, method, constant, access);
      case PRIMITIVE_BOOLEAN -> code.addStatement(add, method, constant, CodeBlock.of("$L ? 1 : 0", access));
      case NUMBER -> presentIf(code, Number.class, access, "value != null", add, method, constant, "value.doubleValue()");
      case BOOLEAN -> presentIf(code, Boolean.class, access, "value != null", add, method, constant, "value ? 1 : 0");
      case ATOMIC_BOOLEAN ->
          presentIf(code, AtomicBoolean.class, access, "value != null", add, method, constant, "value.get() ? 1 : 0");
      case OPTIONAL_DOUBLE ->
          presentIf(code, OptionalDouble.class, access, "value.isPresent()", add, method, constant, "value.getAsDouble()");
      case OPTIONAL_LONG ->
          presentIf(code, OptionalLong.class, access, "value.isPresent()", add, method, constant, "value.getAsLong()");
      case OPTIONAL_INT ->
          presentIf(code, OptionalInt.class, access, "value.isPresent()", add, method, constant, "value.getAsInt()");
      case UNSUPPORTED -> throw new IllegalStateException("unsupported member reached the writer: " + metric);
    }
    return code.build();
  }

  private static void presentIf(CodeBlock.Builder code, Class<?> localType, CodeBlock access, String condition,
      String add, String method, String constant, String value) {
    code.addStatement("$T value = $L", localType, access)
        .beginControlFlow("if ($L)", condition)
        .addStatement(add, method, constant, value)
        .endControlFlow();
  }

  /** {@code source.temperature()}, {@code Thermal.zones}, as the member is declared. */
  private CodeBlock access(MetricModel metric) {
    String call = metric.method() ? "()" : "";
    return metric.isStatic()
        ? CodeBlock.of("$T.$N$L", source, metric.memberName(), call)
        : CodeBlock.of("source.$N$L", metric.memberName(), call);
  }

  private static String snapshotMethodName(MetricKind kind) {
    return kind.name().toLowerCase(java.util.Locale.ROOT);
  }

  private static MethodSpec snapshotMethod(MetricKind kind) {
    MethodSpec.Builder method = MethodSpec.methodBuilder(snapshotMethodName(kind))
        .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
        .addParameter(MetricMetadata.class, "metadata")
        .addParameter(TypeName.DOUBLE, "value");
    switch (kind) {
      case GAUGE -> method.returns(GaugeSnapshot.class)
          .addStatement("return new $T(metadata,$W$T.of(new $T(value, $T.EMPTY, null)))", GaugeSnapshot.class,
              List.class, GaugeSnapshot.GaugeDataPointSnapshot.class, Labels.class);
      case COUNTER -> method.returns(CounterSnapshot.class)
          .addJavadoc("A counter sample; a negative or NaN value fails the member.\n")
          .addStatement("return new $T(metadata,$W$T.of(new $T($Z$T.counterValue(value),$W$T.EMPTY,$Wnull,$W0)))",
              CounterSnapshot.class, List.class, CounterSnapshot.CounterDataPointSnapshot.class, Samples.class,
              Labels.class);
    }
    return method.build();
  }
}
