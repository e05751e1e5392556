package dev.exporterbuilder.processor.descriptor;

import dev.exporterbuilder.annotations.contract.GoDuration;
import dev.exporterbuilder.processor.descriptor.CollectorDescriptor.Interval;
import dev.exporterbuilder.processor.descriptor.Samples.Accessor;
import dev.exporterbuilder.processor.descriptor.Samples.Container;
import dev.exporterbuilder.processor.descriptor.Samples.Label;
import dev.exporterbuilder.processor.model.CollectorModel;
import dev.exporterbuilder.processor.model.ConstLabelModel;
import dev.exporterbuilder.processor.model.ExporterModel;
import dev.exporterbuilder.processor.model.FlagModel;
import dev.exporterbuilder.processor.model.LabelComponent;
import dev.exporterbuilder.processor.model.MemberShape;
import dev.exporterbuilder.processor.model.MetricModel;
import dev.exporterbuilder.processor.model.ProbeModel;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeMirror;

/**
 * Turns models that validation passed into descriptors for the writers. A model that validation
 * should have rejected fails here, in one place, rather than in a writer.
 */
public final class Descriptors {

  private Descriptors() {}

  /**
   * @param served the collectors the exporter serves: its own first (if any), then the listed ones
   */
  public static ExporterDescriptor exporter(ExporterModel exporter, List<CollectorModel> served) {
    return new ExporterDescriptor(
        exporter.type(),
        exporter.name(),
        exporter.help(),
        exporter.port(),
        exporter.namespace(),
        exporter.needsInstance(),
        exporter.flags().stream().map(flag -> flag(flag, flag.name())).toList(),
        served.stream().map(Descriptors::collector).toList(),
        exporter.constLabels().stream().map(Descriptors::constLabel).toList());
  }

  public static CollectorDescriptor collector(CollectorModel collector) {
    return new CollectorDescriptor(
        collector.type(),
        collector.name(),
        collector.subsystem(),
        collector.enabledByDefault(),
        interval(collector.cache()),
        interval(collector.timeout()),
        collector.metrics().stream().map(Descriptors::metric).toList(),
        collector.flags().stream().map(flag -> flag(flag, collector.optionName(flag))).toList(),
        collector.reading().method(),
        collector.constLabels().stream().map(Descriptors::constLabel).toList());
  }

  private static ConstLabelDescriptor constLabel(ConstLabelModel label) {
    return new ConstLabelDescriptor(label.name(), label.owner(), label.member().getSimpleName().toString(),
        label.method(), label.isStatic());
  }

  public static ProbeDescriptor probe(ProbeModel probe) {
    for (ProbeModel.ModuleComponent component : probe.moduleComponents()) {
      component.type().orElseThrow(() -> invalid(component.key()));
    }
    return new ProbeDescriptor(
        probe.type(),
        probe.name(),
        probe.help(),
        probe.reading().orElseThrow(() -> invalid(probe.name() + "'s reading")),
        probe.target(),
        probe.module(),
        probe.moduleComponents(),
        collector(probe.members()));
  }

  private static Optional<Interval> interval(String written) {
    return written.isEmpty() ? Optional.empty() : Optional.of(new Interval(written, GoDuration.parse(written)));
  }

  private static FlagDescriptor flag(FlagModel flag, String option) {
    return new FlagDescriptor(flag.field(), option, flag.help(),
        flag.type().orElseThrow(() -> invalid(flag.fieldName())), flag.isStatic(), flag.annotation().env().value(),
        flag.annotation().secret().value());
  }

  static MetricDescriptor metric(MetricModel metric) {
    return new MetricDescriptor(metric.member(), metric.name(), metric.help(), metric.unit(), metric.method(),
        metric.isStatic(), samples(metric), metric.keyed(), read(metric));
  }

  private static Samples samples(MetricModel metric) {
    return switch (metric.kind()) {
      case INFO -> metric.shape() == MemberShape.MAP ? new Samples.InfoMap() : new Samples.InfoRecord(labels(metric));
      case STATE_SET -> new Samples.States(metric.type());
      case GAUGE, COUNTER, HISTOGRAM, SUMMARY, UNTYPED -> {
        SampleKind kind = SampleKind.of(metric.kind());
        yield switch (metric.shape()) {
          case SCALAR -> new Samples.Scalar(kind, value(metric));
          case MAP -> new Samples.MapEntries(kind, metric.labels().get(0), value(metric));
          case ITERABLE -> elements(metric, kind, Container.ITERABLE);
          case STREAM -> elements(metric, kind, Container.STREAM);
          case ARRAY -> elements(metric, kind, Container.ARRAY);
          case INSTRUMENT -> instrument(metric, kind);
        };
      }
    };
  }

  private static Samples instrument(MetricModel metric, SampleKind kind) {
    if (!metric.kind().instrumentedBy(metric.instrumentType())) {
      throw invalid(metric.displayName());
    }
    return new Samples.Instrument(kind, metric.labels(), metric.parameters());
  }

  private static Samples elements(MetricModel metric, SampleKind kind, Container container) {
    Element value = metric.valueComponents().get(0);
    return new Samples.Elements(kind, container, labels(metric),
        new Accessor(value.getSimpleName().toString(), value.getKind() != ElementKind.FIELD), value(metric));
  }

  private static List<Label> labels(MetricModel metric) {
    return metric.labelComponents().stream()
        .map(label -> new Label(label.name(), new Accessor(label.accessor(), label.call())))
        .toList();
  }

  private static SampleValue value(MetricModel metric) {
    return SampleValue.of(metric.valueKind()).orElseThrow(() -> invalid(metric.displayName()));
  }

  /** The member, its declared type and element type, and the element's label and value members. */
  private static List<Element> read(MetricModel metric) {
    List<Element> read = new ArrayList<>();
    read.add(metric.member());
    for (TypeMirror type : new TypeMirror[] {metric.type(), metric.elementType()}) {
      if (type instanceof DeclaredType declared) {
        read.add(declared.asElement());
      }
    }
    metric.labelComponents().stream().map(LabelComponent::component).forEach(read::add);
    read.addAll(metric.valueComponents());
    return List.copyOf(read);
  }

  private static IllegalStateException invalid(String member) {
    return new IllegalStateException("validation let an invalid " + member + " through");
  }
}
