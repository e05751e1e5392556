package dev.exporterbuilder.it;

import dev.exporterbuilder.annotations.Collector;
import dev.exporterbuilder.annotations.Flag;
import dev.exporterbuilder.annotations.Gauge;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** A collector that fails every run while the file its flag names exists, as a device that stops answering. */
@Collector(name = "switched")
public class Switched {

  @Flag(help = "Fail every scrape while this file exists.")
  Path failWhile = Path.of("/nonexistent/fail");

  @Gauge(help = "Reading of a device that fails while the switch file exists.")
  double reading() throws IOException {
    if (Files.exists(failWhile)) {
      throw new IOException("device not answering: " + failWhile + " exists");
    }
    return 1;
  }
}
