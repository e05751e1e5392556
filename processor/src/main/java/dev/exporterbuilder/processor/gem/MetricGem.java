package dev.exporterbuilder.processor.gem;

import dev.exporterbuilder.annotations.Counter;
import dev.exporterbuilder.annotations.Gauge;
import dev.exporterbuilder.annotations.Histogram;
import dev.exporterbuilder.annotations.Info;
import dev.exporterbuilder.annotations.StateSet;
import dev.exporterbuilder.annotations.Summary;
import dev.exporterbuilder.annotations.Untyped;
import java.lang.annotation.Annotation;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;

/**
 * A metric annotation, read: the attributes they share, and as undeclared (never written, empty)
 * those an annotation does not have, such as {@code @Info}'s unit.
 */
public abstract sealed class MetricGem extends Gem
    permits NumericMetricGem, InfoGem, StateSetGem {

  private static final Map<Class<? extends Annotation>, Function<AnnotationMirror, MetricGem>> READERS = Map.of(
      Gauge.class, GaugeGem::new, Counter.class, CounterGem::new, Info.class, InfoGem::new,
      StateSet.class, StateSetGem::new, Histogram.class, HistogramGem::new, Summary.class, SummaryGem::new,
      Untyped.class, UntypedGem::new);

  MetricGem(AnnotationMirror mirror) {
    super(mirror);
  }

  /** The metric annotation of {@code annotationType} on {@code element}, if present. */
  public static Optional<MetricGem> of(Element element, Class<? extends Annotation> annotationType) {
    return mirror(element, annotationType).map(READERS.get(annotationType));
  }

  /** The name after namespace and subsystem; empty to derive it from the member. */
  public Attribute<String> name() {
    return string("name");
  }

  public Attribute<String> help() {
    return string("help");
  }

  /** The base unit; empty for none. */
  public Attribute<String> unit() {
    return undeclared("unit", "");
  }

  /** The label names of a map's keys or of a direct-instrumentation field's labels. */
  public Attribute<List<String>> labels() {
    return undeclared("labels", List.of());
  }

  /**
   * How a key becomes part of the name of a family named from data: a {@code KeyCase} constant's
   * name; {@code SNAKE_CASE} for the annotations that have no {@code keyCase}.
   */
  public Attribute<String> keyCase() {
    return undeclared("keyCase", "SNAKE_CASE");
  }

  /** A histogram's {@code buckets} or a summary's {@code quantiles}. */
  public Attribute<List<Double>> parameters() {
    return undeclared("parameters", List.of());
  }
}
