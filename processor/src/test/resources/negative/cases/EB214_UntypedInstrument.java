package cases;

import dev.exporterbuilder.annotations.Collector;
import dev.exporterbuilder.annotations.Untyped;
import io.prometheus.metrics.core.metrics.Counter;

@Collector
class UntypedInstrument {
  @Untyped(help = "Transactions committed.")
  Counter commits; // error: [EB214] commits holds a client_java Counter, but client_java has no untyped metric to instrument; annotate it @Counter, or expose the value with @Untyped on a method or a field of a number
}
