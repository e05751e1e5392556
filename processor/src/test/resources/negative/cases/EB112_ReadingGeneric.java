package cases;

import dev.exporterbuilder.annotations.Collector;
import dev.exporterbuilder.annotations.Gauge;
import dev.exporterbuilder.annotations.Reading;

import java.util.List;

@Collector
class ReadingGeneric {
  @Reading
  <T> List<T> read() { // error: [EB112] @Reading read() declares type parameters; the generated collector calls it, so write a non-private method without parameters or type parameters that returns what the members take and throws at most Exception
    return List.of();
  }

  @Gauge(help = "Entries read.")
  int entries(List<?> entries) {
    return entries.size();
  }
}
