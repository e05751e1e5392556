// promlint: TestLintHistogramSummaryReserved "histogram with quantile label"
// promlint says: tsdb_compaction_duration non-summary metrics should not have "quantile" label
// verdict: agrees
package cases;

import dev.exporterbuilder.annotations.Exporter;
import dev.exporterbuilder.annotations.Histogram;
import dev.exporterbuilder.runtime.ConstHistogram;
import java.util.Map;

@Exporter(name = "tsdb", port = 19100)
class HistogramWithQuantileLabel {
  @Histogram(
      name = "compaction_duration",
      help = "Duration of compaction runs.",
      labels = "quantile") // error: [EB218] label "quantile" is reserved for the quantiles of summaries, though this metric is a histogram; choose another name, unless it is a legacy one that dashboards query; or keep it with @SuppressWarnings("exporter-builder:reserved-label")
  Map<String, ConstHistogram> compactionDuration() {
    return Map.of("0.01", ConstHistogram.of(69, 28.740810936000006, Map.of(0.5, 57L, 1.0, 68L, 2.5, 69L)));
  }
}
