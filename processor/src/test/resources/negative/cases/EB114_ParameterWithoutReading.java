package cases;

import dev.exporterbuilder.annotations.Collector;
import dev.exporterbuilder.annotations.Counter;
import dev.exporterbuilder.annotations.Reading;

@Collector
class ParameterWithoutReading {
  record Stat(long ctxt) {}

  @Counter(help = "Context switches.")
  long contextSwitches(Stat stat) { // error: [EB114] contextSwitches() takes a cases.ParameterWithoutReading.Stat, but ParameterWithoutReading has no @Reading method to pass it; add a @Reading method that returns it, or remove the parameter
    return stat.ctxt();
  }
}
