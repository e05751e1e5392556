package cases;

import dev.exporterbuilder.annotations.Collector;
import dev.exporterbuilder.annotations.Gauge;
import dev.exporterbuilder.annotations.Reading;

@Collector
class ReadingUnusable {
  @Reading
  private void read(int tank) throws Throwable { // error: [EB112] @Reading read() is private; the generated collector calls it, so write a non-private method without parameters or type parameters that returns what the members take and throws at most Exception // error: [EB112] @Reading read() takes parameters; the generated collector calls it, so write a non-private method without parameters or type parameters that returns what the members take and throws at most Exception // error: [EB112] @Reading read() returns void; the generated collector calls it, so write a non-private method without parameters or type parameters that returns what the members take and throws at most Exception // error: [EB112] @Reading read() declares throws java.lang.Throwable; the generated collector calls it, so write a non-private method without parameters or type parameters that returns what the members take and throws at most Exception
  }

  @Gauge(help = "Water level.")
  double level() {
    return 1;
  }
}
