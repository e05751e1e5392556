// promlint: TestLintHistogramSummaryReserved "histogram OK"
// verdict: agrees
package cases;

import dev.exporterbuilder.annotations.Exporter;
import dev.exporterbuilder.annotations.Histogram;
import dev.exporterbuilder.runtime.ConstHistogram;
import java.util.Map;

@Exporter(name = "tsdb", port = 19100)
class HistogramOk {
  @Histogram(name = "compaction_duration", help = "Duration of compaction runs.")
  ConstHistogram compactionDuration() {
    return ConstHistogram.of(69, 28.740810936000006, Map.of(0.005, 0L, 0.5, 57L, 1.0, 68L, 2.5, 69L));
  }
}
