package dev.exporterbuilder.modulepath;

import dev.exporterbuilder.runtime.ExporterCollector;
import dev.exporterbuilder.runtime.ExporterRuntime;
import dev.exporterbuilder.runtime.MemberErrors;
import dev.exporterbuilder.runtime.generated.CollectorDefinition;
import dev.exporterbuilder.runtime.generated.ExporterDefinition;
import io.prometheus.metrics.model.snapshots.GaugeSnapshot;
import io.prometheus.metrics.model.snapshots.GaugeSnapshot.GaugeDataPointSnapshot;
import io.prometheus.metrics.model.snapshots.Labels;
import io.prometheus.metrics.model.snapshots.MetricMetadata;
import io.prometheus.metrics.model.snapshots.MetricSnapshots;
import java.util.List;

/**
 * A {@code Main} as generated code writes one, outside the runtime's packages, so that it sees only
 * what the runtime module exports; started on the module path by {@code ModulePathTest}.
 */
public final class ModulePathMain {

  private ModulePathMain() {}

  public static void main(String[] args) {
    System.err.println("exporter module: " + ModulePathMain.class.getModule().getName());
    System.err.println("runtime module: " + ExporterRuntime.class.getModule().getName());
    ExporterCollector collector = new ExporterCollector() {
      @Override
      public MetricSnapshots collect(MemberErrors errors) {
        return new MetricSnapshots(new GaugeSnapshot(new MetricMetadata("module_path_up", "Served from the module path."),
            List.of(new GaugeDataPointSnapshot(1, Labels.EMPTY, null))));
      }
    };
    ExporterRuntime.main(ExporterDefinition.builder("module-path-exporter", 9997, ModulePathMain.class)
        .collector(CollectorDefinition.of("up", true, collector))
        .build(), args);
  }
}
