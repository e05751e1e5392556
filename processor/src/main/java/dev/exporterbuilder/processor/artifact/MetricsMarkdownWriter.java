package dev.exporterbuilder.processor.artifact;

import dev.exporterbuilder.processor.artifact.Catalog.Family;
import java.util.List;

/**
 * {@code METRICS.md}: the catalog for people: the exporter, its flags, each collector with its
 * flags and families, the probers, the self-metrics, and the runbook of every alert of
 * {@code alerts.yml}.
 */
final class MetricsMarkdownWriter {

  private MetricsMarkdownWriter() {}

  static String write(Catalog catalog) {
    Catalog.Exporter exporter = catalog.exporter();
    StringBuilder out = new StringBuilder();
    out.append("# ").append(exporter.name()).append(" metrics\n\n");
    if (!exporter.help().isEmpty()) {
      out.append(text(exporter.help())).append("\n\n");
    }
    out.append("Generated from `").append(exporter.className()).append("` at compile time. The exporter listens on port ")
        .append(exporter.port()).append(" and serves its metrics at `").append(exporter.metricsPath())
        .append("`, every name under the namespace `").append(exporter.namespace()).append("`. ")
        .append("Besides the families below it serves the JVM's, the process's and the HTTP handler's ")
        .append("(`jvm_*`, `process_*`, `promhttp_*`) unless ")
        .append("`--web.disable-exporter-metrics` is given; they are not listed here.\n\n");
    out.append("Scrape it every ").append(catalog.scrape().intervalSeconds()).append("s with a ")
        .append(catalog.scrape().timeoutSeconds()).append("s timeout (`scrape.yml`).\n\n");

    out.append("## Flags\n\n");
    List<Catalog.Flag> own = catalog.flags().stream().filter(flag -> flag.collector().isEmpty()).toList();
    out.append("The standard flags (`--web.*`, `--log.*`, `--collector.<name>`) are described by `--help`.");
    if (own.isEmpty()) {
      out.append(" The exporter has no flags of its own.\n\n");
    } else {
      out.append(" The exporter's own:\n\n");
      flags(out, own);
    }

    out.append("## Collectors\n\n");
    out.append("| collector | enabled by default | cache | timeout | families |\n|---|---|---|---|---|\n");
    for (Catalog.Collector collector : catalog.collectors()) {
      out.append("| [").append(collector.name()).append("](#collector-").append(anchor(collector.name())).append(") | ")
          .append(collector.enabledByDefault() ? "yes" : "no").append(" | ")
          .append(collector.cacheSeconds().map(MetricsMarkdownWriter::seconds).orElse("—")).append(" | ")
          .append(collector.timeoutSeconds().map(MetricsMarkdownWriter::seconds).orElse("—")).append(" | ")
          .append(collector.families().size()).append(" |\n");
    }
    out.append('\n');
    for (Catalog.Collector collector : catalog.collectors()) {
      out.append("### Collector ").append(collector.name()).append("\n\n");
      out.append("`").append(collector.className()).append("`; ")
          .append(collector.enabledByDefault() ? "enabled by default, `--no-collector." : "disabled by default, `--collector.")
          .append(collector.name()).append("` ").append(collector.enabledByDefault() ? "disables" : "enables").append(" it.");
      collector.cacheSeconds().ifPresent(cache -> out.append(" Its result is cached and refreshed every ")
          .append(seconds(cache)).append(" in the background."));
      collector.timeoutSeconds().ifPresent(timeout -> out.append(" A run may take ").append(seconds(timeout))
          .append(" at most."));
      if (!collector.constLabels().isEmpty()) {
        out.append(" Every sample has the constant labels ").append(codes(collector.constLabels())).append('.');
      }
      out.append("\n\n");
      List<Catalog.Flag> flags = catalog.flags().stream()
          .filter(flag -> flag.collector().filter(collector.name()::equals).isPresent()).toList();
      if (!flags.isEmpty()) {
        out.append("Flags:\n\n");
        flags(out, flags);
      }
      families(out, collector.families());
    }

    if (!catalog.probes().isEmpty()) {
      out.append("## Probers\n\n");
      out.append("Served at `/probe?target=<target>&module=<module>`; each answer also has `probe_success` and ")
          .append("`probe_duration_seconds`.\n\n");
      for (Catalog.Probe probe : catalog.probes()) {
        out.append("### Prober ").append(probe.name()).append("\n\n").append(text(probe.help())).append(' ')
            .append(probe.hasModules()
                ? "Its modules are configured in `--config.file`."
                : "Its module is `" + probe.name() + "`; `scrape.yml` has a job for it.")
            .append(" Example target: `").append(probe.exampleTarget()).append("`.\n\n");
        families(out, probe.families());
      }
    }

    out.append("## Self-metrics\n\n");
    families(out, catalog.selfMetrics());

    out.append("## Runbook\n\n");
    out.append("The alerts of `alerts.yml`. Each alert's `runbook_url` points to its section here.\n\n");
    for (Alert alert : Alert.of(catalog)) {
      out.append("### ").append(alert.name()).append("\n\n");
      out.append("Severity `").append(alert.severity()).append("`, when `").append(alert.expr())
          .append("` holds for ").append(alert.forDuration()).append(".\n\n");
      out.append("**What it means.** ").append(alert.meaning()).append("\n\n");
      out.append("**How to find the cause.** ").append(alert.diagnosis()).append("\n\n");
      out.append("**What to do.** ").append(alert.action()).append("\n\n");
    }
    // one line break at the end of the file
    return out.toString().stripTrailing() + "\n";
  }

  private static void flags(StringBuilder out, List<Catalog.Flag> flags) {
    out.append("| flag | type | default | environment | description |\n|---|---|---|---|---|\n");
    for (Catalog.Flag flag : flags) {
      out.append("| `").append(flag.option()).append("` | ").append(flag.type()).append(" | ")
          .append(flag.secret() ? "(secret)" : flag.defaultValue().map(MetricsMarkdownWriter::code).orElse("—"))
          .append(" | ").append(flag.env().map(MetricsMarkdownWriter::code).orElse("—")).append(" | ")
          .append(cell(flag.help())).append(flag.secret() ? " Secret: never shown; also `" + flag.option() + ".file`." : "")
          .append(" |\n");
    }
    out.append('\n');
  }

  private static void families(StringBuilder out, List<Family> families) {
    if (families.isEmpty()) {
      return;
    }
    out.append("| family | type | labels | samples | help |\n|---|---|---|---|---|\n");
    for (Family family : families) {
      out.append("| `").append(family.name()).append("`").append(family.keyed() ? " (named from data)" : "")
          .append(" | ").append(family.type().spelled()).append(family.unit().isEmpty() ? "" : ", " + family.unit())
          .append(" | ").append(family.labels().isEmpty() ? "—" : codes(family.labels()))
          .append(" | ").append(codes(family.samples()))
          .append(" | ").append(cell(family.help())).append(" |\n");
    }
    out.append('\n');
  }

  private static String codes(List<String> names) {
    return String.join(", ", names.stream().map(MetricsMarkdownWriter::code).toList());
  }

  /** {@code text} as inline code, fenced with enough backticks for those it holds. */
  static String code(String text) {
    String fence = "`";
    while (text.contains(fence)) {
      fence += "`";
    }
    String padded = text.startsWith("`") || text.endsWith("`") ? " " + text + " " : text;
    return (fence + padded + fence).replace("|", "\\|");
  }

  /** Text in a table cell: Markdown and HTML specials escaped, one line. */
  static String cell(String text) {
    return text(text).replace("|", "\\|");
  }

  /** Text in a paragraph: characters Markdown or HTML would interpret escaped. */
  static String text(String text) {
    StringBuilder out = new StringBuilder();
    for (char c : text.toCharArray()) {
      switch (c) {
        case '\\', '`', '*', '_', '[', ']', '#' -> out.append('\\').append(c);
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '&' -> out.append("&amp;");
        case '\n', '\r' -> out.append(' ');
        default -> out.append(c);
      }
    }
    return out.toString();
  }

  /** A GitHub heading anchor. */
  static String anchor(String heading) {
    return heading.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9 _-]", "").replace(' ', '-');
  }

  private static String seconds(double seconds) {
    return Json.number(seconds) + "s";
  }
}
