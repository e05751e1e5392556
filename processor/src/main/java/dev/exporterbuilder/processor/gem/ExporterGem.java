package dev.exporterbuilder.processor.gem;

import dev.exporterbuilder.annotations.Exporter;
import java.util.List;
import java.util.Optional;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;

/** {@code @Exporter}, read. */
public final class ExporterGem extends Gem {

  private ExporterGem(AnnotationMirror mirror) {
    super(mirror);
  }

  public static Optional<ExporterGem> of(Element element) {
    return mirror(element, Exporter.class).map(ExporterGem::new);
  }

  public Attribute<String> name() {
    return string("name");
  }

  public Attribute<String> help() {
    return string("help");
  }

  public Attribute<Integer> port() {
    return integer("port");
  }

  public Attribute<String> namespace() {
    return string("namespace");
  }

  /** The class literals, each an annotation value whose value is a type when it compiles. */
  public Attribute<List<AnnotationValue>> collectors() {
    return values("collectors");
  }

  /** The {@code @Probe} class literals, as {@link #collectors()}. */
  public Attribute<List<AnnotationValue>> probes() {
    return values("probes");
  }

  /** The background refresh interval of the exporter class's own metric members, as {@code @Collector(cache)}. */
  public Attribute<String> cache() {
    return string("cache");
  }

  /** The bound of one run of the exporter class's own metric members, as {@code @Collector(timeout)}. */
  public Attribute<String> timeout() {
    return string("timeout");
  }
}
