package cases;

import dev.exporterbuilder.annotations.Collector;
import dev.exporterbuilder.annotations.Gauge;
import dev.exporterbuilder.annotations.Label;
import java.util.List;

/** Labels and a value inherited from a superclass, and deprecated members: no warning in generated code. */
@Collector
class InheritedAndDeprecatedElements {
  static class Base {
    @Label String host;
    private long hidden; // private in a superclass: not inherited, not a value candidate

    long bytes() {
      return hidden;
    }
  }

  static class Disk extends Base {
    @Label String device;
  }

  @Deprecated
  record Old(@Label String name, double value) {}

  @Gauge(help = "Bytes per disk.", unit = "bytes")
  List<Disk> size() {
    return List.of();
  }

  @Deprecated
  @Gauge(help = "A metric on its way out.")
  double legacy() {
    return 1;
  }

  @SuppressWarnings("deprecation")
  @Gauge(help = "Old records.")
  List<Old> olds() {
    return List.of();
  }
}

/** A deprecated collector served by an exporter: the generated Main creates it without a warning. */
@Deprecated
@dev.exporterbuilder.annotations.Collector(name = "retired")
class Retired {
  @Gauge(help = "Still served for now.")
  double still() {
    return 1;
  }
}

@SuppressWarnings("deprecation") // the author's own reference to Retired
@dev.exporterbuilder.annotations.Exporter(name = "deprecations", port = 19999, collectors = Retired.class)
class DeprecationsExporter {}
