package cases;

import dev.exporterbuilder.annotations.Collector;
import dev.exporterbuilder.annotations.Gauge;
import dev.exporterbuilder.annotations.Label;
import java.util.stream.Stream;

@Collector
class StreamField {
  record Link(@Label String port, boolean up) {}

  @Gauge(help = "Link state per port.")
  static Stream<Link> links = Stream.of(); // error: [EB094] links is a Stream field, which can be read only once; return the stream from a method, or hold a List
}
