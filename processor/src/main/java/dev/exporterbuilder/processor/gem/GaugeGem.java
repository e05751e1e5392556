package dev.exporterbuilder.processor.gem;

import java.util.List;
import javax.lang.model.element.AnnotationMirror;

/** {@code @Gauge}, read. */
public final class GaugeGem extends MetricGem {

  GaugeGem(AnnotationMirror mirror) {
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
