package cases;

import dev.exporterbuilder.annotations.Collector;
import dev.exporterbuilder.annotations.Gauge;
import dev.exporterbuilder.annotations.Reading;

@Collector
class ReadingInheritedTwice extends ReadingBase {
  @Reading
  Long own() { // error: [EB111] ReadingInheritedTwice has two @Reading methods, own() and ReadingBase.base(); a class has one reading per run, so return everything its members need from one of them
    return 2L;
  }

  @Gauge(help = "Value read.")
  long value(long reading) {
    return reading;
  }
}

class ReadingBase {
  @Reading
  Long base() {
    return 1L;
  }
}
