package dev.exporterbuilder.processor.model;

import com.squareup.javapoet.ClassName;

/**
 * The types of the exporter-builder runtime and of client_java that generated code names, by
 * qualified name. The processor does not depend on either jar, so an exporter's annotation processor
 * path carries only the processor, JavaPoet and the annotations; the golden generated sources catch
 * a rename on either side.
 */
public final class RuntimeTypes {

  private static final String RUNTIME = "dev.exporterbuilder.runtime";
  private static final String GENERATED = "dev.exporterbuilder.runtime.generated";
  private static final String METRICS = "io.prometheus.metrics.core.metrics";
  private static final String SNAPSHOTS = "io.prometheus.metrics.model.snapshots";

  // the runtime: what exporter code uses
  public static final ClassName EXPORTER_COLLECTOR = ClassName.get(RUNTIME, "ExporterCollector");
  public static final ClassName MEMBER_ERRORS = ClassName.get(RUNTIME, "MemberErrors");
  public static final ClassName CONST_HISTOGRAM = ClassName.get(RUNTIME, "ConstHistogram");
  public static final ClassName CONST_SUMMARY = ClassName.get(RUNTIME, "ConstSummary");
  public static final ClassName EXPORTER_RUNTIME = ClassName.get(RUNTIME, "ExporterRuntime");

  // the runtime: what only generated code calls
  public static final ClassName SAMPLES = ClassName.get(GENERATED, "Samples");
  public static final ClassName KEYED_FAMILY = ClassName.get(GENERATED, "KeyedFamily");
  public static final ClassName FAMILY_NAMES = ClassName.get(GENERATED, "FamilyNames");
  public static final ClassName LABEL_SETS = ClassName.get(GENERATED, "LabelSets");
  public static final ClassName KEY_CASE = ClassName.get("dev.exporterbuilder.annotations", "KeyCase");
  public static final ClassName COLLECTOR_DEFINITION = ClassName.get(GENERATED, "CollectorDefinition");
  public static final ClassName EXPORTER_DEFINITION = ClassName.get(GENERATED, "ExporterDefinition");
  public static final ClassName FLAG_DEFINITION = ClassName.get(GENERATED, "FlagDefinition");
  public static final ClassName LIFECYCLE = ClassName.get(GENERATED, "Lifecycle");
  public static final ClassName PROBE_DEFINITION = ClassName.get(GENERATED, "ProbeDefinition");
  public static final ClassName PROBE_COLLECTOR = ClassName.get(GENERATED, "ProbeCollector");
  public static final ClassName PROBE_TARGET = ClassName.get(GENERATED, "ProbeTarget");
  public static final ClassName MODULE_VALUES = ClassName.get(GENERATED, "ModuleValues");

  // client_java's metrics: the classes of direct-instrumentation fields
  public static final ClassName COUNTER = ClassName.get(METRICS, "Counter");
  public static final ClassName GAUGE = ClassName.get(METRICS, "Gauge");
  public static final ClassName HISTOGRAM = ClassName.get(METRICS, "Histogram");
  public static final ClassName SUMMARY = ClassName.get(METRICS, "Summary");

  // client_java's data model
  public static final ClassName METRIC_TYPE = ClassName.get("io.prometheus.metrics.model.registry", "MetricType");
  public static final ClassName LABELS = ClassName.get(SNAPSHOTS, "Labels");
  public static final ClassName UNIT = ClassName.get(SNAPSHOTS, "Unit");
  public static final ClassName METRIC_METADATA = ClassName.get(SNAPSHOTS, "MetricMetadata");
  public static final ClassName METRIC_FAMILY_DESCRIPTOR = ClassName.get(SNAPSHOTS, "MetricFamilyDescriptor");
  public static final ClassName METRIC_SNAPSHOT = ClassName.get(SNAPSHOTS, "MetricSnapshot");
  public static final ClassName METRIC_SNAPSHOTS = ClassName.get(SNAPSHOTS, "MetricSnapshots");
  public static final ClassName GAUGE_SNAPSHOT = ClassName.get(SNAPSHOTS, "GaugeSnapshot");
  public static final ClassName GAUGE_POINT = GAUGE_SNAPSHOT.nestedClass("GaugeDataPointSnapshot");
  public static final ClassName UNKNOWN_SNAPSHOT = ClassName.get(SNAPSHOTS, "UnknownSnapshot");
  public static final ClassName UNKNOWN_POINT = UNKNOWN_SNAPSHOT.nestedClass("UnknownDataPointSnapshot");
  public static final ClassName COUNTER_SNAPSHOT = ClassName.get(SNAPSHOTS, "CounterSnapshot");
  public static final ClassName COUNTER_POINT = COUNTER_SNAPSHOT.nestedClass("CounterDataPointSnapshot");
  public static final ClassName HISTOGRAM_SNAPSHOT = ClassName.get(SNAPSHOTS, "HistogramSnapshot");
  public static final ClassName HISTOGRAM_POINT = HISTOGRAM_SNAPSHOT.nestedClass("HistogramDataPointSnapshot");
  public static final ClassName SUMMARY_SNAPSHOT = ClassName.get(SNAPSHOTS, "SummarySnapshot");
  public static final ClassName SUMMARY_POINT = SUMMARY_SNAPSHOT.nestedClass("SummaryDataPointSnapshot");
  public static final ClassName INFO_SNAPSHOT = ClassName.get(SNAPSHOTS, "InfoSnapshot");
  public static final ClassName INFO_POINT = INFO_SNAPSHOT.nestedClass("InfoDataPointSnapshot");
  public static final ClassName STATE_SET_SNAPSHOT = ClassName.get(SNAPSHOTS, "StateSetSnapshot");
  public static final ClassName STATE_SET_POINT = STATE_SET_SNAPSHOT.nestedClass("StateSetDataPointSnapshot");

  private RuntimeTypes() {}
}
