package dev.exporterbuilder.processor;

import com.google.auto.service.AutoService;
import dev.exporterbuilder.annotations.Collector;
import dev.exporterbuilder.annotations.Counter;
import dev.exporterbuilder.annotations.Exporter;
import dev.exporterbuilder.annotations.Flag;
import dev.exporterbuilder.annotations.Gauge;
import dev.exporterbuilder.processor.codegen.CollectorWriter;
import dev.exporterbuilder.processor.codegen.GeneratedFiles;
import dev.exporterbuilder.processor.codegen.MainWriter;
import dev.exporterbuilder.processor.model.CollectorModel;
import dev.exporterbuilder.processor.model.ExporterModel;
import dev.exporterbuilder.processor.model.MetricKind;
import dev.exporterbuilder.processor.model.ModelReader;
import dev.exporterbuilder.processor.validation.Diagnostics;
import dev.exporterbuilder.processor.validation.Message;
import dev.exporterbuilder.processor.validation.Validator;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.Generated;
import javax.annotation.processing.ProcessingEnvironment;
import javax.annotation.processing.Processor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.ElementFilter;

/**
 * Turns {@code @Exporter} and {@code @Collector} classes into client_java collectors and exporter
 * {@code Main} classes. Each round: read the annotated classes into descriptors, validate them, and
 * write code only for what has no error.
 */
@AutoService(Processor.class)
public final class ExporterProcessor extends AbstractProcessor {

  private ModelReader reader;
  private Diagnostics diagnostics;
  private Validator validator;
  private GeneratedFiles files;

  @Override
  public synchronized void init(ProcessingEnvironment processingEnv) {
    super.init(processingEnv);
    reader = new ModelReader(processingEnv.getElementUtils(), processingEnv.getTypeUtils());
    diagnostics = new Diagnostics(processingEnv.getMessager());
    validator = new Validator(diagnostics);
    files = new GeneratedFiles(processingEnv.getFiler());
  }

  @Override
  public Set<String> getSupportedAnnotationTypes() {
    Set<String> names = new LinkedHashSet<>();
    for (Class<?> annotation : List.of(Exporter.class, Collector.class, Gauge.class, Counter.class, Flag.class)) {
      names.add(annotation.getCanonicalName());
    }
    // The @Generated on our own output reaches the next round; claiming it (process returns true) keeps
    // "-Xlint:all -Werror" builds free of the "No processor claimed any of these annotations" warning.
    names.add(Generated.class.getCanonicalName());
    return names;
  }

  @Override
  public SourceVersion getSupportedSourceVersion() {
    return SourceVersion.latestSupported();
  }

  @Override
  public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
    if (round.processingOver()) {
      return true;
    }
    Set<TypeElement> exporterTypes = new LinkedHashSet<>(ElementFilter.typesIn(round.getElementsAnnotatedWith(Exporter.class)));
    Set<TypeElement> collectorTypes = new LinkedHashSet<>(ElementFilter.typesIn(round.getElementsAnnotatedWith(Collector.class)));
    checkStrayMembers(round, exporterTypes, collectorTypes);

    Map<TypeElement, CollectorModel> collectors = new LinkedHashMap<>();
    Map<TypeElement, Boolean> clean = new LinkedHashMap<>();
    for (TypeElement type : collectorTypes) {
      guarded(type, () -> {
        CollectorModel collector = reader.readCollector(type, ModelReader.defaultCollectorName(type), true);
        collectors.put(type, collector);
        clean.put(type, validator.validateCollector(collector));
      });
    }

    Map<TypeElement, ExporterModel> servedBy = new LinkedHashMap<>();
    for (TypeElement type : exporterTypes) {
      guarded(type, () -> writeExporter(type, collectors, clean, servedBy));
    }
    for (CollectorModel collector : collectors.values()) {
      TypeElement type = collector.type();
      ExporterModel exporter = servedBy.get(type);
      if (exporter == null) {
        guarded(type, () -> {
          collector.flags().forEach(flag -> diagnostics.report(Message.FLAG_OF_UNSERVED_COLLECTOR, flag.field(),
              flag.annotation(), flag.fieldName(), collector.name()));
          if (validator.validateStandalone(collector) && clean.get(type)) {
            writeCollector(collector, "", type);
          }
        });
      } else if (clean.get(type)) {
        guarded(type, () -> writeCollector(collector, exporter.namespace(), type, exporter.type()));
      }
    }
    // These annotations are ours alone; claiming them keeps -Xlint:processing quiet in users' builds.
    return true;
  }

  private void writeExporter(TypeElement type, Map<TypeElement, CollectorModel> collectors,
      Map<TypeElement, Boolean> clean, Map<TypeElement, ExporterModel> servedBy) throws Exception {
    ExporterModel exporter = reader.readExporter(type);
    boolean ok = true;
    List<CollectorModel> served = new ArrayList<>();
    if (exporter.ownCollector().isPresent()) {
      ok &= validator.validateCollector(exporter.ownCollector().get());
      served.add(exporter.ownCollector().get());
    }
    for (ExporterModel.ListedCollector listed : exporter.collectorTypes()) {
      CollectorModel collector = collectors.get(listed.type());
      if (collector == null) {
        ok = false; // not a @Collector of this compilation: the validator reports it
        continue;
      }
      ok &= clean.get(listed.type());
      if (served.contains(collector)) {
        continue; // listed twice: the validator reports it
      }
      served.add(collector);
      ExporterModel earlier = servedBy.putIfAbsent(listed.type(), exporter);
      if (earlier != null && !earlier.namespace().equals(exporter.namespace())) {
        diagnostics.report(Message.COLLECTOR_NAMESPACE_CONFLICT, exporter.type(), exporter.annotation(), listed.value(),
            listed.type().getSimpleName(), earlier.namespace(), exporter.namespace());
        ok = false;
      }
    }
    ok &= validator.validateExporter(exporter, served);
    if (!ok) {
      return;
    }
    if (exporter.ownCollector().isPresent()) {
      writeCollector(exporter.ownCollector().get(), exporter.namespace(), type);
    }
    MainWriter main = new MainWriter(exporter, served);
    List<Element> origins = new ArrayList<>();
    origins.add(type);
    served.forEach(collector -> origins.add(collector.type()));
    files.write(main.className(), main.write(), origins.toArray(new Element[0]));
  }

  private void writeCollector(CollectorModel collector, String namespace, Element... origins) throws Exception {
    CollectorWriter writer = new CollectorWriter(collector, namespace);
    files.write(writer.className(), writer.write(), origins);
  }

  /** Metric members and flags outside any collector class. */
  private void checkStrayMembers(RoundEnvironment round, Set<TypeElement> exporters, Set<TypeElement> collectors) {
    Set<Element> members = new LinkedHashSet<>();
    for (MetricKind kind : MetricKind.values()) {
      members.addAll(round.getElementsAnnotatedWith(kind.annotation()));
    }
    for (Element member : members) {
      Element owner = member.getEnclosingElement();
      if (!isClass(owner)) {
        diagnostics.report(Message.MEMBER_NOT_IN_CLASS, member);
      } else if (!exporters.contains(owner) && !collectors.contains(owner)) {
        diagnostics.report(Message.METRIC_OUTSIDE_COLLECTOR, member, member.getSimpleName(), owner.getSimpleName());
      }
    }
    for (Element field : round.getElementsAnnotatedWith(Flag.class)) {
      Element owner = field.getEnclosingElement();
      if (!exporters.contains(owner) && !collectors.contains(owner)) {
        diagnostics.report(Message.FLAG_OUTSIDE_COLLECTOR, field, field.getSimpleName(), owner.getSimpleName());
      }
    }
  }

  private static boolean isClass(Element element) {
    return element.getKind() == ElementKind.CLASS || element.getKind() == ElementKind.ENUM
        || element.getKind() == ElementKind.RECORD;
  }

  private interface Step {
    void run() throws Exception;
  }

  /** Runs one unit of work; anything it throws becomes one error on {@code element}, never a javac crash. */
  private void guarded(Element element, Step step) {
    try {
      step.run();
    } catch (Exception | LinkageError | AssertionError e) {
      diagnostics.report(Message.PROCESSOR_FAILURE, element, e.toString());
    }
  }
}
