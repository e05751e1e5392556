package cases;

import dev.exporterbuilder.annotations.Collector;
import dev.exporterbuilder.annotations.Gauge;
import java.util.Map;

@Collector
class KeyedValueInstrument {
  @Gauge(name = "{key}_depth", help = "Depth.")
  Map<String, io.prometheus.metrics.core.metrics.Gauge> depths; // error: [EB190] depths has {key} in its name, but its map's values are client_java Gauge metrics, which name themselves; return their values (Map<String, Double>), or a field of that client_java metric without {key}
}
