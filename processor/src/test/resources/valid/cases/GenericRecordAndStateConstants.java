package cases;

import dev.exporterbuilder.annotations.Collector;
import dev.exporterbuilder.annotations.Gauge;
import dev.exporterbuilder.annotations.Label;
import dev.exporterbuilder.annotations.StateSet;
import java.util.List;

/** A generic record's value component, and a member whose constant a state set's states would take. */
@Collector
class GenericRecordAndStateConstants {
  enum Mode { ON, OFF }

  record Pair<T>(@Label String name, T value) {}

  @Gauge(help = "Values by name.")
  List<Pair<Double>> pairs() {
    return List.of();
  }

  @StateSet(help = "The mode.")
  Mode mode() {
    return Mode.ON;
  }

  @Gauge(help = "How many modes were seen.")
  double modeStates() {
    return 2;
  }
}
