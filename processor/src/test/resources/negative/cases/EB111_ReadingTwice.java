package cases;

import dev.exporterbuilder.annotations.Collector;
import dev.exporterbuilder.annotations.Counter;
import dev.exporterbuilder.annotations.Reading;

@Collector
class ReadingTwice {
  record Stat(long ctxt) {}

  @Reading
  Stat read() {
    return new Stat(1);
  }

  @Reading
  Stat readAgain() { // error: [EB111] ReadingTwice has two @Reading methods, read() and readAgain(); a class has one reading per run, so return everything its members need from one of them
    return new Stat(2);
  }

  @Counter(help = "Context switches.")
  long contextSwitches(Stat stat) {
    return stat.ctxt();
  }
}
