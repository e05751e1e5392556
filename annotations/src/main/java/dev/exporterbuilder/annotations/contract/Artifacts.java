package dev.exporterbuilder.annotations.contract;

import java.util.List;

/**
 * The operator files the annotation processor writes for every exporter, and where: the processor
 * writes them, the generated {@code Main}'s {@code --print-artifact=<file>} reads them back from the
 * class path.
 */
public final class Artifacts {

  /** The machine-readable catalog of the exporter's metrics, flags and self-metrics. */
  public static final String METRICS_JSON = "metrics.json";
  /** The same catalog for people, with the runbook of every alert. */
  public static final String METRICS_MD = "METRICS.md";
  /** A Prometheus rules file. */
  public static final String ALERTS_YML = "alerts.yml";
  /** A Grafana dashboard. */
  public static final String DASHBOARD_JSON = "dashboard.json";
  /** A Prometheus {@code scrape_configs:} document. */
  public static final String SCRAPE_YML = "scrape.yml";
  /** A Kubernetes Deployment, Service and prometheus-operator ServiceMonitor. */
  public static final String KUBERNETES_YAML = "kubernetes.yaml";

  /** Every file, in the order they are listed to people. */
  public static final List<String> FILES =
      List.of(METRICS_JSON, METRICS_MD, ALERTS_YML, DASHBOARD_JSON, SCRAPE_YML, KUBERNETES_YAML);

  private static final String DIRECTORY = "META-INF/exporter-builder/";

  private Artifacts() {}

  /** The class-path resource of {@code file} of the exporter {@code exporterName}. */
  public static String resource(String exporterName, String file) {
    return DIRECTORY + exporterName + "/" + file;
  }
}
