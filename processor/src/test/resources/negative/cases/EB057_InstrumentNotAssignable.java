package cases;

import dev.exporterbuilder.annotations.Collector;
import io.prometheus.metrics.core.metrics.Counter;

@Collector
class InstrumentNotAssignable {
  @dev.exporterbuilder.annotations.Counter(help = "Requests served.")
  final Counter requests = null; // error: [EB057] requests holds a client_java Counter, which the generated collector builds and assigns; make it a non-final field
}
