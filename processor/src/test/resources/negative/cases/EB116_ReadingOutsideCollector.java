package cases;

import dev.exporterbuilder.annotations.Reading;

class ReadingOutsideCollector {
  @Reading
  String read() { // error: [EB116] @Reading read() is in ReadingOutsideCollector, which is neither an @Exporter nor a @Collector nor a superclass of one; annotate the class with @Collector
    return "";
  }
}
