package dev.exporterbuilder.processor.artifact;

import dev.exporterbuilder.annotations.contract.SelfMetrics;
import dev.exporterbuilder.processor.artifact.Catalog.Family;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * {@code dashboard.json}: a Grafana dashboard (schema 39) with a {@code $datasource} and a multi-value
 * {@code $instance} variable; a first row on the exporter itself, then a row per collector (and per
 * prober) with a panel per family, each queried as its type calls for.
 */
final class DashboardWriter {

  static final int SCHEMA_VERSION = 39;
  private static final String INSTANCE = "instance=~\"$instance\"";
  private static final String RATE = "[$__rate_interval]";
  private static final double[] QUANTILES = {0.5, 0.9, 0.99};
  private static final int WIDTH = 12;
  private static final int HEIGHT = 8;
  /** Grafana units of the base units client_java knows, for values and for their rate per second. */
  private static final Map<String, String[]> UNITS = Map.of(
      "seconds", new String[] {"s", "percentunit"},
      "bytes", new String[] {"bytes", "Bps"},
      "ratio", new String[] {"percentunit", "short"},
      "celsius", new String[] {"celsius", "short"},
      "meters", new String[] {"lengthm", "short"},
      "volts", new String[] {"volt", "short"},
      "amperes", new String[] {"amp", "short"},
      "joules", new String[] {"joule", "watt"},
      "grams", new String[] {"massg", "short"});

  private final Catalog catalog;
  private final List<Object> panels = new ArrayList<>();
  private int nextId = 1;
  private int y;
  private int x;

  private DashboardWriter(Catalog catalog) {
    this.catalog = catalog;
  }

  static String write(Catalog catalog) {
    return new DashboardWriter(catalog).dashboard();
  }

  private String dashboard() {
    Catalog.Exporter exporter = catalog.exporter();
    String ns = exporter.namespace() + "_";
    String job = "job=\"" + exporter.name() + "\"";
    row("Exporter");
    panel("Collector success", "1 when the collector's last run succeeded, 0 when it failed.", "timeseries", "short",
        target(ns + SelfMetrics.COLLECTOR_SUCCESS + "{" + INSTANCE + "}", "{{instance}} {{collector}}"));
    panel("Collector duration", "How long each collector's run took.", "timeseries", "s",
        target(ns + SelfMetrics.COLLECTOR_DURATION + "{" + INSTANCE + "}", "{{instance}} {{collector}}"));
    if (catalog.anyCached()) {
      panel("Cache age", "Age of the cached result each cached collector served.", "timeseries", "s",
          target(ns + SelfMetrics.COLLECTOR_CACHE_AGE + "{" + INSTANCE + "}", "{{instance}} {{collector}}"));
    }
    if (catalog.selfMetric(SelfMetrics.COLLECTOR_DROPPED_SAMPLES).isPresent()) {
      panel("Dropped samples", "Samples of families named from data that were dropped, per second.", "timeseries",
          "short", target("rate(" + ns + SelfMetrics.COLLECTOR_DROPPED_SAMPLES + "_total{" + INSTANCE + "}" + RATE + ")",
              "{{instance}} {{collector}}"));
    }
    panel("Up", "Whether Prometheus's last scrape of the exporter succeeded.", "timeseries", "short",
        target("up{" + job + "," + INSTANCE + "}", "{{instance}}"));
    panel("Scrape duration", "How long Prometheus's scrapes of the exporter take.", "timeseries", "s",
        target("scrape_duration_seconds{" + job + "," + INSTANCE + "}", "{{instance}}"));
    table("Build info", "Version, revision and Java version of each instance.",
        target(ns + SelfMetrics.BUILD_INFO + "{" + INSTANCE + "}", "{{instance}}"));
    for (Catalog.Collector collector : catalog.collectors()) {
      row("Collector " + collector.name());
      collector.families().forEach(family -> family(family, INSTANCE));
    }
    for (Catalog.Probe probe : catalog.probes()) {
      row("Prober " + probe.name());
      String matcher = "job=~\"" + exporter.name() + "-probe-.+\"";
      family(catalog.selfMetrics().stream().filter(family -> family.name().equals("probe_success")).findFirst()
          .orElseThrow(), matcher);
      probe.families().forEach(family -> family(family, matcher));
    }
    Json.Obj root = Json.obj()
        .put("annotations", Json.obj().put("list", List.of()))
        .put("description", exporter.help().isEmpty() ? "The " + exporter.name() + " exporter." : exporter.help())
        .put("editable", true)
        .put("graphTooltip", 1)
        .put("panels", panels)
        .put("refresh", "30s")
        .put("schemaVersion", SCHEMA_VERSION)
        .put("tags", List.of("exporter-builder", exporter.name()))
        .put("templating", Json.obj().put("list", List.of(datasourceVariable(), instanceVariable())))
        .put("time", Json.obj().put("from", "now-1h").put("to", "now"))
        .put("timepicker", Json.obj())
        .put("timezone", "")
        .put("title", exporter.name() + " exporter")
        .put("uid", uid(exporter.name()))
        .put("version", 1);
    return Json.write(root);
  }

  /** A family's panel: the query its type calls for, with {@code matchers} on every selector. */
  private void family(Family family, String matchers) {
    String legend = legend(family);
    String sample = family.samples().get(0);
    String[] units = UNITS.getOrDefault(family.unit(), new String[] {"short", "short"});
    String title = family.name();
    switch (family.type()) {
      case COUNTER -> panel(title, family.help() + " Per second.", "timeseries", units[1],
          target("rate(" + Family.selector(sample, family.keyed(), matchers) + RATE + ")",
              family.keyed() ? "{{instance}}" : legend));
      case HISTOGRAM -> {
        String by = "sum by (le, instance) (rate(" + Family.selector(sample, family.keyed(), matchers) + RATE + "))";
        List<Object> targets = new ArrayList<>();
        for (double quantile : QUANTILES) {
          targets.add(Json.obj()
              .put("expr", "histogram_quantile(" + Json.number(quantile) + ", " + by + ")")
              .put("legendFormat", "{{instance}} p" + Json.number(quantile * 100)));
        }
        panel(title, family.help(), "timeseries", units[0], targets.toArray());
      }
      case SUMMARY -> panel(title, family.help(), "timeseries", units[0],
          target(Family.selector(sample, family.keyed(), matchers), legend + " {{quantile}}"));
      case INFO -> table(title, family.help(), target(Family.selector(sample, family.keyed(), matchers), legend));
      case GAUGE, STATESET, UNKNOWN -> panel(title, family.help(), "timeseries", units[0],
          target(Family.selector(sample, family.keyed(), matchers), family.keyed() ? "{{__name__}} " + legend : legend));
    }
  }

  /** {@code {{instance}}} and every label of the family, so that each series has its own legend. */
  private static String legend(Family family) {
    StringBuilder legend = new StringBuilder("{{instance}}");
    for (String label : family.labels()) {
      legend.append(" {{").append(label).append("}}");
    }
    return legend.toString();
  }

  private static Json.Obj target(String expr, String legend) {
    return Json.obj().put("expr", expr).put("legendFormat", legend);
  }

  private void row(String title) {
    if (x > 0) {
      x = 0;
      y += HEIGHT;
    }
    panels.add(Json.obj()
        .put("collapsed", false)
        .put("gridPos", Json.obj().put("h", 1).put("w", 24).put("x", 0).put("y", y))
        .put("id", nextId++)
        .put("panels", List.of())
        .put("title", title)
        .put("type", "row"));
    y += 1;
  }

  private void panel(String title, String description, String type, String unit, Object... targets) {
    Json.Obj panel = Json.obj()
        .put("datasource", datasource())
        .put("description", description)
        .put("fieldConfig", Json.obj().put("defaults", Json.obj().put("unit", unit)).put("overrides", List.of()))
        .put("gridPos", gridPos())
        .put("id", nextId++)
        .put("options", Json.obj()
            .put("legend", Json.obj().put("displayMode", "list").put("placement", "bottom").put("showLegend", true))
            .put("tooltip", Json.obj().put("mode", "multi").put("sort", "none")))
        .put("targets", refIds(targets))
        .put("title", title)
        .put("type", type);
    panels.add(panel);
  }

  private void table(String title, String description, Json.Obj target) {
    target.put("format", "table").put("instant", true);
    panels.add(Json.obj()
        .put("datasource", datasource())
        .put("description", description)
        .put("fieldConfig", Json.obj().put("defaults", Json.obj()).put("overrides", List.of()))
        .put("gridPos", gridPos())
        .put("id", nextId++)
        .put("options", Json.obj().put("showHeader", true))
        .put("targets", refIds(new Object[] {target}))
        .put("title", title)
        .put("transformations", List.of(Json.obj().put("id", "organize").put("options",
            Json.obj().put("excludeByName", Json.obj().put("Time", true).put("Value", true).put("__name__", true)))))
        .put("type", "table"));
  }

  /** Each target with the data source, a {@code refId} A, B, C… and its own keys. */
  private static List<Object> refIds(Object[] targets) {
    List<Object> withIds = new ArrayList<>();
    for (int i = 0; i < targets.length; i++) {
      Json.Obj target = (Json.Obj) targets[i];
      Json.Obj full = Json.obj().put("datasource", datasource()).put("refId", String.valueOf((char) ('A' + i)));
      target.forEach(full::put);
      withIds.add(full);
    }
    return withIds;
  }

  private Json.Obj gridPos() {
    Json.Obj position = Json.obj().put("h", HEIGHT).put("w", WIDTH).put("x", x).put("y", y);
    x += WIDTH;
    if (x >= 24) {
      x = 0;
      y += HEIGHT;
    }
    return position;
  }

  private static Json.Obj datasource() {
    return Json.obj().put("type", "prometheus").put("uid", "${datasource}");
  }

  private static Json.Obj datasourceVariable() {
    return Json.obj()
        .put("current", Json.obj())
        .put("hide", 0)
        .put("includeAll", false)
        .put("label", "Data source")
        .put("multi", false)
        .put("name", "datasource")
        .put("options", List.of())
        .put("query", "prometheus")
        .put("refresh", 1)
        .put("regex", "")
        .put("type", "datasource");
  }

  private Json.Obj instanceVariable() {
    String query = "label_values(" + catalog.exporter().namespace() + "_" + SelfMetrics.BUILD_INFO + "{job=\""
        + catalog.exporter().name() + "\"}, instance)";
    return Json.obj()
        .put("allValue", ".+")
        .put("current", Json.obj())
        .put("datasource", datasource())
        .put("definition", query)
        .put("hide", 0)
        .put("includeAll", true)
        .put("label", "Instance")
        .put("multi", true)
        .put("name", "instance")
        .put("options", List.of())
        .put("query", query)
        .put("refresh", 2)
        .put("regex", "")
        .put("sort", 1)
        .put("type", "query");
  }

  /** A dashboard uid of at most 40 characters, the same for every build of the exporter. */
  static String uid(String exporterName) {
    String uid = "exporter-builder-" + KubernetesWriter.objectName(exporterName);
    return uid.length() <= 40 ? uid : uid.substring(0, 40);
  }
}
