package dev.exporterbuilder.processor.artifact;

import dev.exporterbuilder.annotations.contract.SelfMetrics;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * An alerting rule of {@code alerts.yml}, with what {@code METRICS.md}'s runbook says about it; both
 * files take the alerts from {@link #of(Catalog)}, so every alert has its runbook section.
 *
 * @param name the alert name, such as {@code HostCollectorFailing}
 * @param expr its PromQL expression
 * @param forDuration how long the expression must hold, such as {@code 5m}
 * @param severity {@code critical} or {@code warning}
 * @param summary one line
 * @param description one line, with {@code {{ $labels.x }}} templates
 * @param meaning the runbook: what it means
 * @param diagnosis the runbook: how to find the cause
 * @param action the runbook: what to do
 */
record Alert(String name, String expr, String forDuration, String severity, String summary, String description,
    String meaning, String diagnosis, String action) {

  /** The fraction of the scrape timeout above which a scrape counts as near it. */
  static final double NEAR_TIMEOUT = 0.8;
  /** How many cache intervals old a cached result may be before it counts as stale. */
  static final int STALE_INTERVALS = 3;

  /** The anchor of the alert's runbook section in {@code METRICS.md}, as GitHub and most renderers make it. */
  String anchor() {
    return name.toLowerCase(Locale.ROOT);
  }

  String runbookUrl() {
    return "METRICS.md#" + anchor();
  }

  static List<Alert> of(Catalog catalog) {
    Catalog.Exporter exporter = catalog.exporter();
    String prefix = exporter.camelName();
    String name = exporter.name();
    String job = "job=\"" + name + "\"";
    String ns = exporter.namespace() + "_";
    List<Alert> alerts = new ArrayList<>();
    alerts.add(new Alert(prefix + "ExporterDown", "up{" + job + "} == 0", "5m", "critical",
        name + " exporter is down",
        "Every scrape of " + name + " at {{ $labels.instance }} has failed for 5 minutes.",
        "Prometheus cannot scrape the exporter: the process is not running, does not listen where Prometheus "
            + "looks, or answers with an error or too late. None of its metrics are current.",
        "Check that the process runs (`systemctl status " + name + "`, `kubectl get pods -l app.kubernetes.io/name="
            + name + "`) and read its last log lines: a start-up failure is logged as one `level=error` line and "
            + "exit status 1, a bad flag as exit status 2. On the Prometheus targets page, the target's error "
            + "says whether the connection was refused, timed out or got an HTTP error. `curl -s http://<host>:"
            + exporter.port() + exporter.metricsPath() + "` from the Prometheus host tells network problems from "
            + "exporter problems.",
        "Start the exporter or fix what its log names; open the port between Prometheus and the exporter; if "
            + "scrapes time out, see " + prefix + "ScrapeNearTimeout."));
    alerts.add(new Alert(prefix + "CollectorFailing", ns + SelfMetrics.COLLECTOR_SUCCESS + "{" + job + "} == 0", "5m",
        "warning",
        name + " collector {{ $labels.collector }} is failing",
        "Collector {{ $labels.collector }} of " + name + " at {{ $labels.instance }} has failed every scrape for 5 minutes.",
        "The collector throws, times out, or one of its members fails: its samples are missing or incomplete while "
            + "the other collectors go on being served.",
        "The exporter logs every failure with `collector=<name>` and the error (`level=error`); run it with "
            + "`--log.level=debug` for each member that fails. `" + ns + SelfMetrics.COLLECTOR_DURATION
            + "{collector=\"<name>\"}` near the collector's timeout points at a slow source. The collector's flags "
            + "(listed with it above) say where it reads from.",
        "Fix the source the collector reads (a file, a service, its permissions) or its flags; while that is "
            + "not possible, switch it off with `--no-collector.<name>` so the alert stops."));
    List<String> stale = new ArrayList<>();
    for (Catalog.Collector collector : catalog.collectors()) {
      collector.cacheSeconds().ifPresent(cache -> stale.add(ns + SelfMetrics.COLLECTOR_CACHE_AGE + "{" + job
          + ",collector=\"" + collector.name() + "\"} > " + Json.number(STALE_INTERVALS * cache)));
    }
    if (!stale.isEmpty()) {
      alerts.add(new Alert(prefix + "CollectorStale", String.join(" or ", stale), "5m", "warning",
          name + " collector {{ $labels.collector }} serves stale results",
          "The cached result of collector {{ $labels.collector }} of " + name + " at {{ $labels.instance }} is "
              + "{{ $value | humanizeDuration }} old, more than " + STALE_INTERVALS + " refresh intervals.",
          "A cached collector refreshes in the background; its result has not been refreshed for "
              + STALE_INTERVALS + " intervals, so the values served are old.",
          "The refreshes fail or hang: look for `level=error` lines with `collector=<name>` and at "
              + ns + SelfMetrics.COLLECTOR_SUCCESS + "; a refresh that hangs until its timeout shows in `"
              + ns + SelfMetrics.COLLECTOR_DURATION + "`.",
          "Fix the source as for a failing collector; if a refresh legitimately takes longer than the "
              + "interval, raise the collector's cache interval."));
    }
    int timeout = catalog.scrape().timeoutSeconds();
    alerts.add(new Alert(prefix + "ScrapeNearTimeout",
        "scrape_duration_seconds{" + job + "} > " + Json.number(NEAR_TIMEOUT) + " * " + timeout, "15m", "warning",
        name + " scrapes are near their timeout",
        "Scrapes of " + name + " at {{ $labels.instance }} take {{ $value | humanizeDuration }}, more than "
            + Math.round(NEAR_TIMEOUT * 100) + "% of the " + timeout + "s scrape timeout.",
        "Scrapes take most of the time Prometheus allows (scrape_timeout " + timeout + "s in scrape.yml); a "
            + "little more and they fail, which fires " + prefix + "ExporterDown.",
        "`" + ns + SelfMetrics.COLLECTOR_DURATION + "` names the slow collector. The exporter stops waiting "
            + "for collectors at the timeout Prometheus sends (`X-Prometheus-Scrape-Timeout-Seconds`), so a "
            + "collector that hits it fails rather than the whole scrape.",
        "Make the slow collector faster, cache it (`@Collector(cache = ...)`), give it a `timeout`, or disable "
            + "it; raise the scrape timeout only if the source is slow by nature."));
    return alerts;
  }
}
