package cases;

import dev.exporterbuilder.annotations.Collector;
import dev.exporterbuilder.annotations.Counter;
import dev.exporterbuilder.annotations.Exporter;
import dev.exporterbuilder.annotations.Gauge;
import dev.exporterbuilder.annotations.Label;
import dev.exporterbuilder.annotations.Reading;
import java.util.List;
import java.util.Map;

/**
 * Readings in each shape: static, primitive (boxed, then unboxed and widened for the member),
 * generic with members taking a supertype, of a private type argument, an array inherited from an
 * abstract base, cached, and the exporter's own.
 */
@Exporter(name = "reading-shapes", help = "Readings in each shape.", port = 19556,
    collectors = {ReadingShapes.Primitive.class, ReadingShapes.Lines.class, ReadingShapes.Inherited.class,
        ReadingShapes.PrivateElements.class})
class ReadingShapes {

  @Reading
  static String version() {
    return "1.2";
  }

  @Gauge(help = "Length of the version string.")
  static int versionLength(CharSequence version) {
    return version.length();
  }

  @Collector(name = "primitive", cache = "30s", timeout = "1s")
  static class Primitive {
    @Reading
    static int count() {
      return 3;
    }

    @Gauge(help = "Count, widened.")
    static long widened(long count) {
      return count;
    }

    @Gauge(help = "Count, boxed.")
    static Integer boxed(Number count) {
      return count.intValue();
    }
  }

  @Collector(name = "lines")
  static class Lines {
    record Line(@Label String name, long value) {}

    @Reading
    List<Line> read() {
      return List.of(new Line("a", 1));
    }

    @Gauge(help = "Value per line.")
    List<Line> line(List<? extends Line> lines) {
      return List.copyOf(lines);
    }

    @Counter(help = "Lines per name.", labels = "name")
    Map<String, Long> lines(Iterable<Line> lines) {
      return Map.of("a", 1L);
    }
  }

  abstract static class Base {
    @Reading
    protected long[] read() {
      return new long[] {4, 5};
    }
  }

  @Collector(name = "inherited")
  static class Inherited extends Base {
    @Gauge(help = "The first value read.")
    long first(long[] values) {
      return values[0];
    }
  }

  /** A type argument the generated code cannot name is fine: it never names it. */
  @Collector(name = "private_elements")
  static class PrivateElements {
    private record Stat(long ctxt) {}

    @Reading
    List<Stat> read() {
      return List.of(new Stat(1));
    }

    @Gauge(help = "Stats read.")
    int stats(List<?> stats) {
      return stats.size();
    }
  }
}
