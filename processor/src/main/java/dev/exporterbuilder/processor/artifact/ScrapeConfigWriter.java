package dev.exporterbuilder.processor.artifact;

/**
 * {@code scrape.yml}: a {@code scrape_configs:} document with the exporter's job and, for each
 * prober without modules, a job in blackbox_exporter's relabelling layout. The list under
 * {@code scrape_configs:} goes as it is into a {@code prometheus.yml}.
 */
final class ScrapeConfigWriter {

  private ScrapeConfigWriter() {}

  static String write(Catalog catalog) {
    Catalog.Exporter exporter = catalog.exporter();
    Catalog.Scrape scrape = catalog.scrape();
    String address = "localhost:" + exporter.port();
    StringBuilder out = new StringBuilder();
    out.append("# Scrape configuration for the ").append(exporter.name()).append(" exporter: put these jobs under\n")
        .append("# scrape_configs: of prometheus.yml and replace ").append(address)
        .append(" by where the exporter runs.\n");
    out.append("scrape_configs:\n");
    out.append("  - job_name: ").append(Yaml.string(exporter.name())).append('\n');
    times(out, scrape);
    out.append("    metrics_path: ").append(Yaml.string(exporter.metricsPath())).append('\n');
    out.append("    static_configs:\n");
    out.append("      - targets: [").append(Yaml.quoted(address)).append("]\n");
    for (Catalog.Probe probe : catalog.probes()) {
      if (probe.hasModules()) {
        continue; // its modules are named in --config.file, which this file cannot know
      }
      out.append("  # ").append(probe.name()).append(": one target per line under targets; the exporter probes it\n");
      out.append("  - job_name: ").append(Yaml.string(exporter.name() + "-probe-" + probe.name())).append('\n');
      times(out, scrape);
      out.append("    metrics_path: /probe\n");
      out.append("    params:\n");
      out.append("      module: [").append(Yaml.string(probe.name())).append("]\n");
      out.append("    static_configs:\n");
      out.append("      - targets: [").append(Yaml.quoted(probe.exampleTarget())).append("]\n");
      out.append("    relabel_configs:\n");
      out.append("      - source_labels: [__address__]\n");
      out.append("        target_label: __param_target\n");
      out.append("      - source_labels: [__param_target]\n");
      out.append("        target_label: instance\n");
      out.append("      - target_label: __address__\n");
      out.append("        replacement: ").append(Yaml.quoted(address)).append('\n');
    }
    return out.toString();
  }

  private static void times(StringBuilder out, Catalog.Scrape scrape) {
    out.append("    scrape_interval: ").append(scrape.intervalSeconds()).append("s\n");
    out.append("    scrape_timeout: ").append(scrape.timeoutSeconds()).append("s\n");
  }
}
