package cases;

import dev.exporterbuilder.annotations.Exporter;
import dev.exporterbuilder.annotations.Info;

@Exporter(name = "self", port = 9877)
class SelfMetricBuildInfo {
  record Build(String version) {}

  @Info(name = "exporter_build", help = "The build.")
  Build build() { // error: [EB049] metric "self_exporter_build_info" is also exposed by the exporter runtime's self-metrics; give one of them another name
    return new Build("1.0");
  }
}
