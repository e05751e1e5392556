package dev.exporterbuilder.processor.artifact;

import dev.exporterbuilder.processor.artifact.Catalog.Family;
import java.util.List;

/** {@code metrics.json}: the catalog for programs, every key always present, in a fixed order. */
final class MetricsJsonWriter {

  private MetricsJsonWriter() {}

  static String write(Catalog catalog) {
    Catalog.Exporter exporter = catalog.exporter();
    Json.Obj root = Json.obj()
        .put("exporter", Json.obj()
            .put("name", exporter.name())
            .put("namespace", exporter.namespace())
            .put("help", exporter.help())
            .put("port", exporter.port())
            .put("metricsPath", exporter.metricsPath())
            .put("class", exporter.className()))
        .put("flags", catalog.flags().stream().map(MetricsJsonWriter::flag).toList())
        .put("collectors", catalog.collectors().stream().map(MetricsJsonWriter::collector).toList())
        .put("probes", catalog.probes().stream().map(probe -> Json.obj()
            .put("name", probe.name())
            .put("help", probe.help())
            .put("families", families(probe.families()))).toList())
        .put("selfMetrics", families(catalog.selfMetrics()));
    return Json.write(root);
  }

  private static Json.Obj flag(Catalog.Flag flag) {
    return Json.obj()
        .put("option", flag.option())
        .put("help", flag.help())
        .put("type", flag.type())
        .put("default", flag.defaultValue())
        .put("env", flag.env())
        .put("secret", flag.secret())
        .put("collector", flag.collector());
  }

  private static Json.Obj collector(Catalog.Collector collector) {
    return Json.obj()
        .put("name", collector.name())
        .put("class", collector.className())
        .put("enabledByDefault", collector.enabledByDefault())
        .put("cache", collector.cacheSeconds())
        .put("timeout", collector.timeoutSeconds())
        .put("constLabels", collector.constLabels())
        .put("families", families(collector.families()));
  }

  private static List<Json.Obj> families(List<Family> families) {
    return families.stream().map(family -> Json.obj()
        .put("name", family.name())
        .put("type", family.type().spelled())
        .put("unit", family.unit())
        .put("help", family.help())
        .put("labels", family.labels())
        .put("samples", family.samples())
        .put("keyed", family.keyed())).toList();
  }
}
