package cases;

import dev.exporterbuilder.annotations.Exporter;
import dev.exporterbuilder.annotations.Reading;

@Exporter(name = "unused-reading", help = "An exporter whose reading nothing receives.", port = 19555)
class ReadingUnused {
  @Reading
  String read() { // warning: [EB117] @Reading read() is never called: ReadingUnused declares no metric members; add members that take its result, or remove it
    return "";
  }
}
