package dev.exporterbuilder.processor.codegen;

import static dev.exporterbuilder.processor.model.RuntimeTypes.COLLECTOR_DEFINITION;
import static dev.exporterbuilder.processor.model.RuntimeTypes.EXPORTER_DEFINITION;
import static dev.exporterbuilder.processor.model.RuntimeTypes.EXPORTER_RUNTIME;
import static dev.exporterbuilder.processor.model.RuntimeTypes.FLAG_DEFINITION;
import static dev.exporterbuilder.processor.model.RuntimeTypes.LIFECYCLE;
import static dev.exporterbuilder.processor.model.RuntimeTypes.PROBE_DEFINITION;
import static dev.exporterbuilder.processor.model.RuntimeTypes.PROBE_TARGET;

import com.squareup.javapoet.ArrayTypeName;
import com.squareup.javapoet.ClassName;
import com.squareup.javapoet.CodeBlock;
import com.squareup.javapoet.MethodSpec;
import com.squareup.javapoet.TypeName;
import com.squareup.javapoet.TypeSpec;
import dev.exporterbuilder.annotations.contract.FlagValueType;
import dev.exporterbuilder.processor.descriptor.CollectorDescriptor;
import dev.exporterbuilder.processor.descriptor.ConstLabelDescriptor;
import dev.exporterbuilder.processor.descriptor.ExporterDescriptor;
import dev.exporterbuilder.processor.descriptor.FlagDescriptor;
import dev.exporterbuilder.processor.descriptor.ObjectLifecycle;
import dev.exporterbuilder.processor.descriptor.ProbeDescriptor;
import dev.exporterbuilder.processor.model.Naming;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;

/**
 * Writes {@code <SimpleName>Main}: {@code main} hands the runtime a definition of the exporter that
 * creates each collector's source object, binds its {@code @Flag} fields, wraps it in its generated
 * collector, and names its {@code @Init} method and whether it is closed at shutdown.
 */
public final class MainWriter {

  private final ExporterDescriptor exporter;
  private final ClassName exporterClass;
  /** The local variable that holds each instance the Main creates, in creation order. */
  private final Map<TypeElement, String> instances = new LinkedHashMap<>();
  private final Map<TypeElement, ObjectLifecycle> lifecycles;
  private final List<ProbeDescriptor> probes;
  /** The served collectors compiled apart from the exporter, whose generated classes take the namespace. */
  private final Set<TypeElement> apart;

  /**
   * @param lifecycles the lifecycle of the exporter class and of each served class and probe
   * @param probes the probes the exporter serves at {@code /probe}, in the order it lists them
   * @param apart the served collectors compiled apart from the exporter (a library's, say): their
   *     generated classes were written namespace-free, so the Main hands them the namespace
   */
  public MainWriter(ExporterDescriptor exporter, Map<TypeElement, ObjectLifecycle> lifecycles,
      List<ProbeDescriptor> probes, Set<TypeElement> apart) {
    this.exporter = exporter;
    this.probes = probes;
    this.exporterClass = ClassName.get(exporter.type());
    this.lifecycles = Map.copyOf(lifecycles);
    this.apart = Set.copyOf(apart);
    Set<String> taken = new HashSet<>(Set.of("args", "value"));
    if (exporter.needsInstance() || lifecycle(exporter.type()).needsInstance()) {
      instances.put(exporter.type(), "exporter");
      taken.add("exporter");
    }
    for (CollectorDescriptor collector : exporter.served()) {
      boolean needed = collector.needsInstance() || lifecycle(collector.type()).needsInstance();
      if (needed && !instances.containsKey(collector.type())) {
        String base = Naming.lowerCamel(collector.type().getSimpleName().toString());
        if (SourceVersion.isKeyword(base)) {
          base = base + "Source"; // class Interface → interfaceSource, not interface
        }
        String name = base;
        for (int i = 2; !taken.add(name); i++) {
          name = base + i;
        }
        instances.put(collector.type(), name);
      }
    }
    for (ProbeDescriptor probe : probes) {
      if (!instances.containsKey(probe.type())) {
        String base = Naming.lowerCamel(probe.type().getSimpleName().toString());
        if (SourceVersion.isKeyword(base)) {
          base = base + "Source";
        }
        String name = base;
        for (int i = 2; !taken.add(name); i++) {
          name = base + i;
        }
        instances.put(probe.type(), name);
      }
    }
  }

  public static ClassName className(ClassName exporterClass) {
    return GeneratedFiles.sibling(exporterClass, "Main");
  }

  public ClassName className() {
    return className(exporterClass);
  }

  public TypeSpec.Builder write() {
    List<TypeElement> created = new ArrayList<>(List.of(exporter.type()));
    exporter.served().forEach(collector -> created.add(collector.type()));
    probes.forEach(probe -> created.add(probe.type()));
    TypeSpec.Builder type = TypeSpec.classBuilder(className());
    if (Deprecations.any(created)) {
      type.addAnnotation(Deprecations.SUPPRESS);
    }
    return type
        .addJavadoc("The command line of exporter {@code $L}, generated from {@link $T}.\n"
            + "Run it with {@code --help} for its flags.\n", exporter.name(), exporterClass)
        .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
        .addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build())
        .addMethod(MethodSpec.methodBuilder("main")
            .addJavadoc("Serves the exporter until SIGTERM or SIGINT; exits 2 on a bad flag, 1 if it cannot listen.\n")
            .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
            .addParameter(ArrayTypeName.of(String.class), "args")
            .addStatement("$T.main($T::definition, args)", EXPORTER_RUNTIME, className())
            .build())
        .addMethod(definitionMethod());
  }

  private MethodSpec definitionMethod() {
    MethodSpec.Builder method = MethodSpec.methodBuilder("definition")
        .addJavadoc("The exporter as the runtime serves it, bound to new instances of its classes.\n")
        .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
        .returns(EXPORTER_DEFINITION);
    instances.forEach((type, local) -> method.addStatement("$T $N = new $T()", type, local, type));
    CodeBlock.Builder definition = CodeBlock.builder()
        .add("return $T.builder($S, $L, $T.class)\n$>$>", EXPORTER_DEFINITION, exporter.name(), exporter.port(),
            className());
    if (!exporter.help().isEmpty()) {
      definition.add(".help($S)\n", exporter.help());
    }
    definition.add(".namespace($S)\n", exporter.namespace());
    if (!lifecycle(exporter.type()).isEmpty()) {
      definition.add(".lifecycle($L)\n", lifecycleCode(exporter.type()));
    }
    for (ConstLabelDescriptor label : exporter.constLabels()) {
      definition.add(".constLabel($L)\n", constLabelArguments(label));
    }
    for (FlagDescriptor flag : exporter.flags()) {
      definition.add(".flag($L)\n", flagDefinition(flag, exporter.type()));
    }
    for (CollectorDescriptor collector : exporter.served()) {
      for (FlagDescriptor flag : collector.flags()) {
        definition.add(".flag($L)\n", flagDefinition(flag, collector.type()));
      }
    }
    for (CollectorDescriptor collector : exporter.served()) {
      ClassName generated = CollectorWriter.className(ClassName.get(collector.type()));
      CodeBlock.Builder arguments = CodeBlock.builder();
      if (!collector.staticOnly()) {
        arguments.add("$N", instances.get(collector.type()));
      }
      if (apart.contains(collector.type())) {
        arguments.add(collector.staticOnly() ? "$S" : ", $S", exporter.namespace());
      }
      CodeBlock source = arguments.build();
      CodeBlock.Builder collectorDefinition = CodeBlock.builder().add("$T.of($S, $L,$Wnew $T($L))",
          COLLECTOR_DEFINITION, collector.name(), collector.enabledByDefault(), generated, source);
      collector.cache().ifPresent(cache -> collectorDefinition.add("$Z.cache($L)", duration(cache.duration())));
      collector.timeout().ifPresent(timeout -> collectorDefinition.add("$Z.timeout($L)", duration(timeout.duration())));
      // an exporter class that is its own collector is initialised and closed as the exporter
      if (!collector.type().equals(exporter.type()) && !lifecycle(collector.type()).isEmpty()) {
        collectorDefinition.add("$Z.lifecycle($L)", lifecycleCode(collector.type()));
      }
      for (ConstLabelDescriptor label : collector.constLabels()) {
        collectorDefinition.add("$Z.constLabel($L)", constLabelArguments(label));
      }
      definition.add(".collector($L)\n", collectorDefinition.build());
    }
    for (ProbeDescriptor probe : probes) {
      ClassName generated = CollectorWriter.className(ClassName.get(probe.type()));
      CodeBlock collector = CodeBlock.of("new $T($N)", generated, instances.get(probe.type()));
      CodeBlock target = CodeBlock.of("$T.$L", PROBE_TARGET, probe.target().constant());
      CodeBlock.Builder probeDefinition = CodeBlock.builder().add(probe.module().isPresent()
          ? CodeBlock.of("$T.withModules($Z$S,$W$S,$W$L,$W$T::readModule,$W$L)", PROBE_DEFINITION, probe.name(),
              probe.help(), target, generated, collector)
          : CodeBlock.of("$T.of($Z$S,$W$S,$W$L,$W$L)", PROBE_DEFINITION, probe.name(), probe.help(), target, collector));
      if (!lifecycle(probe.type()).isEmpty()) {
        probeDefinition.add("$Z.lifecycle($L)", lifecycleCode(probe.type()));
      }
      definition.add(".probe($L)\n", probeDefinition.build());
    }
    definition.add(".build();\n$<$<");
    return method.addCode(definition.build()).build();
  }

  private ObjectLifecycle lifecycle(TypeElement type) {
    return lifecycles.getOrDefault(type, ObjectLifecycle.NONE);
  }

  /** {@code Lifecycle.init("Queue.connect", queue::connect).andClose("Queue", queue)}, or the half there is. */
  private CodeBlock lifecycleCode(TypeElement type) {
    ObjectLifecycle lifecycle = lifecycle(type);
    String simpleName = type.getSimpleName().toString();
    CodeBlock.Builder code = CodeBlock.builder();
    if (lifecycle.init().isPresent()) {
      ExecutableElement init = lifecycle.init().get();
      CodeBlock target = init.getModifiers().contains(Modifier.STATIC)
          ? CodeBlock.of("$T::$N", type, init.getSimpleName().toString())
          : CodeBlock.of("$N::$N", instances.get(type), init.getSimpleName().toString());
      code.add("$T.init($S,$W$L)", LIFECYCLE, simpleName + "." + init.getSimpleName(), target);
      if (lifecycle.closeable()) {
        code.add("$Z.andClose($S,$W$N)", simpleName, instances.get(type));
      }
    } else {
      code.add("$T.closing($S,$W$N)", LIFECYCLE, simpleName, instances.get(type));
    }
    return code.build();
  }

  /** {@code "server", "Databases.server()", () -> databases.server()}: a member read by the runtime. */
  private CodeBlock constLabelArguments(ConstLabelDescriptor label) {
    CodeBlock target = label.isStatic()
        ? CodeBlock.of("$T", label.owner())
        : CodeBlock.of("$N", instances.get(label.owner()));
    CodeBlock read = label.method()
        ? CodeBlock.of("() -> $L.$N()", target, label.memberName())
        : CodeBlock.of("() -> $L.$N", target, label.memberName());
    return CodeBlock.of("$S, $S, $L", label.name(), label.displayName(), read);
  }

  /** {@code Duration.ofSeconds(30)} for {@code "30s"}: the duration as the simplest factory call. */
  private static CodeBlock duration(Duration duration) {
    if (duration.toNanos() % 1_000_000_000L == 0) {
      return CodeBlock.of("$T.ofSeconds($L)", Duration.class, duration.toSeconds());
    }
    if (duration.toNanos() % 1_000_000L == 0) {
      return CodeBlock.of("$T.ofMillis($L)", Duration.class, duration.toMillis());
    }
    return CodeBlock.of("$T.ofNanos($LL)", Duration.class, duration.toNanos());
  }

  /**
   * {@code FlagDefinition.of("path.sysfs", "help", Path.class, Host.sysfs, value -> Host.sysfs = value)},
   * then {@code .env("VARIABLE")} and {@code .secret()} where the flag has them.
   */
  private CodeBlock flagDefinition(FlagDescriptor flag, TypeElement owner) {
    CodeBlock.Builder definition = CodeBlock.builder().add(definitionOf(flag, owner));
    if (!flag.env().isEmpty()) {
      definition.add("$Z.env($S)", flag.env());
    }
    if (flag.secret()) {
      definition.add("$Z.secret()");
    }
    return definition.build();
  }

  private CodeBlock definitionOf(FlagDescriptor flag, TypeElement owner) {
    CodeBlock field = flag.isStatic()
        ? CodeBlock.of("$T.$N", owner, flag.fieldName())
        : CodeBlock.of("$N.$N", instances.get(owner), flag.fieldName());
    CodeBlock target = CodeBlock.of("value -> $L = value", field);
    return switch (flag.type()) {
      case STRING_LIST -> CodeBlock.of("$T.stringList($Z$S,$W$S,$W$L,$W$L)", FLAG_DEFINITION, flag.option(),
          flag.help(), field, target);
      default -> CodeBlock.of("$T.of($Z$S,$W$S,$W$T.class,$W$L,$W$L)", FLAG_DEFINITION, flag.option(), flag.help(),
          valueClass(flag), field, target);
    };
  }

  private static TypeName valueClass(FlagDescriptor flag) {
    return flag.type() == FlagValueType.ENUM
        ? TypeName.get(flag.field().asType())
        : ClassName.bestGuess(flag.type().className());
  }

}
