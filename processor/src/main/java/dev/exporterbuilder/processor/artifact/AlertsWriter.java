package dev.exporterbuilder.processor.artifact;

/** {@code alerts.yml}: a Prometheus rules file, one group named after the exporter. */
final class AlertsWriter {

  private AlertsWriter() {}

  static String write(Catalog catalog) {
    StringBuilder out = new StringBuilder();
    out.append("# Alerting rules for the ").append(catalog.exporter().name())
        .append(" exporter; the runbook of each is in METRICS.md.\n");
    out.append("groups:\n");
    out.append("  - name: ").append(Yaml.string(catalog.exporter().name())).append('\n');
    out.append("    rules:\n");
    for (Alert alert : Alert.of(catalog)) {
      out.append("      - alert: ").append(Yaml.string(alert.name())).append('\n');
      out.append("        expr: ").append(Yaml.string(alert.expr())).append('\n');
      out.append("        for: ").append(alert.forDuration()).append('\n');
      out.append("        labels:\n");
      out.append("          severity: ").append(Yaml.string(alert.severity())).append('\n');
      out.append("        annotations:\n");
      out.append("          summary: ").append(Yaml.string(alert.summary())).append('\n');
      out.append("          description: ").append(Yaml.string(alert.description())).append('\n');
      out.append("          runbook_url: ").append(Yaml.string(alert.runbookUrl())).append('\n');
    }
    return out.toString();
  }
}
