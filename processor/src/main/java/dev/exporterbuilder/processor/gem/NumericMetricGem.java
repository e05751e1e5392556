package dev.exporterbuilder.processor.gem;

import java.util.List;
import javax.lang.model.element.AnnotationMirror;

/**
 * {@code @Gauge}, {@code @Counter}, {@code @Histogram}, {@code @Summary} or {@code @Untyped}, read: the metrics whose
 * samples are numbers, which declare a {@code unit} and the {@code labels} of a map's keys.
 */
public abstract sealed class NumericMetricGem extends MetricGem permits GaugeGem, CounterGem, HistogramGem, SummaryGem,
    UntypedGem {

  NumericMetricGem(AnnotationMirror mirror) {
    super(mirror);
  }

  @Override
  public Attribute<String> unit() {
    return string("unit");
  }

  @Override
  public Attribute<List<String>> labels() {
    return strings("labels");
  }
}
