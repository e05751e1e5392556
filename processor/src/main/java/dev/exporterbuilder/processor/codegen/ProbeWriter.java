package dev.exporterbuilder.processor.codegen;

import static dev.exporterbuilder.processor.model.RuntimeTypes.MEMBER_ERRORS;
import static dev.exporterbuilder.processor.model.RuntimeTypes.METRIC_METADATA;
import static dev.exporterbuilder.processor.model.RuntimeTypes.METRIC_SNAPSHOT;
import static dev.exporterbuilder.processor.model.RuntimeTypes.METRIC_SNAPSHOTS;
import static dev.exporterbuilder.processor.model.RuntimeTypes.MODULE_VALUES;
import static dev.exporterbuilder.processor.model.RuntimeTypes.PROBE_COLLECTOR;
import static dev.exporterbuilder.processor.model.RuntimeTypes.SAMPLES;

import com.squareup.javapoet.ClassName;
import com.squareup.javapoet.CodeBlock;
import com.squareup.javapoet.FieldSpec;
import com.squareup.javapoet.MethodSpec;
import com.squareup.javapoet.ParameterizedTypeName;
import com.squareup.javapoet.TypeName;
import com.squareup.javapoet.TypeSpec;
import dev.exporterbuilder.processor.descriptor.MetricDescriptor;
import dev.exporterbuilder.processor.descriptor.ProbeDescriptor;
import dev.exporterbuilder.processor.descriptor.SampleKind;
import dev.exporterbuilder.processor.descriptor.Samples;
import dev.exporterbuilder.processor.model.Naming;
import dev.exporterbuilder.processor.model.ProbeModel;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.type.DeclaredType;

/**
 * Writes {@code <SimpleName>Collector} of a {@code @Probe} class: a {@code ProbeCollector} whose
 * {@code probe} calls the {@code @Reading} method with the target (and module) once, then reads each
 * member with the reading in its own {@code try}, as a collector's members are read; and, when the
 * probe has modules, {@code readModule}, which builds the module record from the config file's
 * settings component by component, without reflection.
 */
public final class ProbeWriter {

  private static final String READING = "reading";

  private final ProbeDescriptor probe;
  private final ClassName source;
  private final Map<MetricDescriptor, String> constants = new LinkedHashMap<>();
  private final Map<MetricDescriptor, String> stateConstants = new LinkedHashMap<>();

  public ProbeWriter(ProbeDescriptor probe) {
    this.probe = probe;
    this.source = ClassName.get(probe.type());
    Set<String> taken = new HashSet<>();
    for (MetricDescriptor metric : probe.members().metrics()) {
      String constant = Naming.constantCase(metric.name());
      for (int i = 2; !taken.add(constant); i++) {
        constant = Naming.constantCase(metric.name()) + "_" + i;
      }
      constants.put(metric, constant);
    }
    for (MetricDescriptor metric : probe.members().metrics()) {
      if (metric.samples() instanceof Samples.States) {
        String states = constants.get(metric) + "_STATES";
        for (int i = 2; !taken.add(states); i++) {
          states = constants.get(metric) + "_STATES_" + i;
        }
        stateConstants.put(metric, states);
      }
    }
  }

  public ClassName className() {
    return CollectorWriter.className(source);
  }

  /** The target's type as the probe declares it. */
  private TypeName targetType() {
    return TypeName.get(probe.reading().getParameters().get(0).asType());
  }

  private TypeName moduleType() {
    return probe.module().map(TypeName::get).orElse(ClassName.get(Void.class));
  }

  public TypeSpec.Builder write() {
    TypeSpec.Builder type = TypeSpec.classBuilder(className())
        .addJavadoc("Probe {@code $L}: the metrics of {@link $T}, read for one target per request.\n", probe.name(),
            source)
        .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
        .addSuperinterface(ParameterizedTypeName.get(PROBE_COLLECTOR, targetType().box(), moduleType()));
    List<Element> read = new ArrayList<>(List.of(probe.type(), probe.reading()));
    probe.members().metrics().forEach(metric -> read.addAll(metric.read()));
    if (Deprecations.any(read)) {
      type.addAnnotation(Deprecations.SUPPRESS);
    }
    for (MetricDescriptor metric : probe.members().metrics()) {
      String name = metric.fullName(ProbeModel.NAMESPACE, "");
      CodeBlock initializer = metric.unit().isEmpty()
          ? CodeBlock.of("new $T($Z$S,$W$S)", METRIC_METADATA, name, metric.help())
          : CodeBlock.of("new $T($Z$S,$W$S,$W$L)", METRIC_METADATA, name, metric.help(),
              CollectorWriter.unit(metric.unit()));
      type.addField(FieldSpec.builder(METRIC_METADATA, constants.get(metric), Modifier.PRIVATE, Modifier.STATIC,
          Modifier.FINAL).initializer(initializer).build());
      if (metric.samples() instanceof Samples.States states) {
        type.addField(FieldSpec.builder(String[].class, stateConstants.get(metric), Modifier.PRIVATE,
                Modifier.STATIC, Modifier.FINAL)
            .initializer("$T.stateNames($T.class)", SAMPLES, TypeName.get(states.enumType()))
            .build());
      }
    }
    type.addField(source, "source", Modifier.PRIVATE, Modifier.FINAL);
    type.addMethod(MethodSpec.constructorBuilder()
        .addJavadoc("Probes with {@code source}, which every request shares.\n")
        .addModifiers(Modifier.PUBLIC)
        .addParameter(source, "source")
        .addStatement("this.source = $T.requireNonNull(source, $S)", Objects.class, "source")
        .build());
    if (probe.module().isPresent()) {
      type.addMethod(readModuleMethod());
    }
    type.addMethod(probeMethod());
    EnumSet<SampleKind> scalarKinds = EnumSet.noneOf(SampleKind.class);
    EnumSet<SampleKind> kinds = EnumSet.noneOf(SampleKind.class);
    for (MetricDescriptor metric : probe.members().metrics()) {
      if (metric.samples() instanceof Samples.Scalar scalar) {
        scalarKinds.add(scalar.kind());
        kinds.add(scalar.kind());
      } else if (metric.samples() instanceof Samples.MapEntries map) {
        kinds.add(map.kind());
      } else if (metric.samples() instanceof Samples.Elements elements) {
        kinds.add(elements.kind());
      }
    }
    scalarKinds.forEach(kind -> type.addMethod(SnapshotMethods.snapshotMethod(kind)));
    kinds.forEach(kind -> type.addMethod(SnapshotMethods.pointMethod(kind)));
    return type;
  }

  /** {@code new TcpModule(values.string("send"), values.duration("pause"))}. */
  private MethodSpec readModuleMethod() {
    TypeName module = moduleType();
    CodeBlock arguments = probe.moduleComponents().stream().map(component -> {
      String key = component.key();
      return switch (component.type().orElseThrow()) {
        case STRING -> CodeBlock.of("values.string($S)", key);
        case INT -> CodeBlock.of("values.intValue($S)", key);
        case LONG -> CodeBlock.of("values.longValue($S)", key);
        case DOUBLE -> CodeBlock.of("values.doubleValue($S)", key);
        case BOOLEAN -> CodeBlock.of("values.bool($S)", key);
        case DURATION -> CodeBlock.of("values.duration($S)", key);
        case PATH -> CodeBlock.of("values.path($S)", key);
        case ENUM -> CodeBlock.of("values.enumValue($S, $T.class)", key, TypeName.get(component.component().asType()));
        case STRING_LIST -> CodeBlock.of("values.stringList($S)", key);
      };
    }).collect(CodeBlock.joining(",$W"));
    return MethodSpec.methodBuilder("readModule")
        .addJavadoc("The {@code $L} of one module's settings in the config file.\n", 
            ((DeclaredType) probe.module().get()).asElement().getSimpleName())
        .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
        .returns(module)
        .addParameter(MODULE_VALUES, "values")
        .addStatement("return new $T($L)", module, arguments)
        .build();
  }

  private MethodSpec probeMethod() {
    ExecutableElement reading = probe.reading();
    String shown = reading.getSimpleName() + "()";
    CodeBlock arguments = probe.module().isPresent() ? CodeBlock.of("target, module") : CodeBlock.of("target");
    CodeBlock call = reading.getModifiers().contains(Modifier.STATIC)
        ? CodeBlock.of("$T.$N($L)", source, reading.getSimpleName().toString(), arguments)
        : CodeBlock.of("source.$N($L)", reading.getSimpleName().toString(), arguments);
    MethodSpec.Builder method = MethodSpec.methodBuilder("probe")
        .addAnnotation(Override.class)
        .addModifiers(Modifier.PUBLIC)
        .returns(METRIC_SNAPSHOTS)
        .addParameter(targetType().box(), "target")
        .addParameter(moduleType(), "module")
        .addParameter(MEMBER_ERRORS, "errors")
        .addStatement("$T $N", TypeName.get(reading.getReturnType()).box(), READING)
        .beginControlFlow("try")
        .addStatement("$N = $L", READING, call)
        .nextControlFlow("catch ($T | $T | $T e)", Exception.class, LinkageError.class, AssertionError.class)
        .addStatement("errors.failed($S, e)", shown)
        .addStatement("return new $T()", METRIC_SNAPSHOTS)
        .endControlFlow()
        .beginControlFlow("if ($N == null)", READING)
        .addStatement("errors.failed($S, new $T($S))", shown, NullPointerException.class, shown + " returned null")
        .addStatement("return new $T()", METRIC_SNAPSHOTS)
        .endControlFlow()
        .addStatement("$T<$T> snapshots = new $T<>($L)", List.class, METRIC_SNAPSHOT, ArrayList.class,
            probe.members().metrics().size());
    for (MetricDescriptor metric : probe.members().metrics()) {
      method.beginControlFlow("try")
          // a probe's targets have label values of their own: no label sets are kept from one probe to the next
          .addCode(metric.samples().accept(new MemberReads(access(metric), constants.get(metric),
              stateConstants.get(metric), null)))
          .nextControlFlow("catch ($T | $T | $T e)", Exception.class, LinkageError.class, AssertionError.class)
          .addStatement("errors.failed($S, e)", metric.displayName())
          .endControlFlow();
    }
    return method.addStatement("return new $T(snapshots)", METRIC_SNAPSHOTS).build();
  }

  /** {@code source.connectSeconds(reading)}, or without the reading when the member takes none. */
  private CodeBlock access(MetricDescriptor metric) {
    boolean takesReading = !((ExecutableElement) metric.member()).getParameters().isEmpty();
    String arguments = takesReading ? READING : "";
    return metric.isStatic()
        ? CodeBlock.of("$T.$N($L)", source, metric.memberName(), arguments)
        : CodeBlock.of("source.$N($L)", metric.memberName(), arguments);
  }
}
