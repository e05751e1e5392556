package cases;

import dev.exporterbuilder.annotations.Collector;
import dev.exporterbuilder.annotations.ConstLabel;
import dev.exporterbuilder.annotations.Exporter;
import dev.exporterbuilder.annotations.Flag;
import dev.exporterbuilder.annotations.Gauge;
import dev.exporterbuilder.annotations.Label;
import dev.exporterbuilder.annotations.Untyped;
import java.util.List;
import java.util.Map;

/**
 * Constant labels where they meet the other shapes: on an exporter without metric members (an
 * instance method, a static enum field, a flag), on a cached collector of untyped members, on a
 * collector with a family per key, and on an untyped member of records.
 */
@Exporter(name = "const-label-shapes", help = "Constant labels in each shape.", port = 19557,
    collectors = {ConstLabelShapes.Untypeds.class, ConstLabelShapes.Keyed.class, ConstLabelShapes.Rows.class})
class ConstLabelShapes {

  enum Tier { GOLD, SILVER }

  @ConstLabel("tier")
  static Tier tier = Tier.GOLD;

  @Flag(help = "Host and port of the database.")
  @ConstLabel("server")
  static String server = "db:5432";

  @ConstLabel("replica")
  String replica() {
    return "n1";
  }

  @Collector(name = "untypeds", cache = "30s", timeout = "1s")
  static class Untypeds {
    @ConstLabel("shard")
    static char shard = 'a';

    @Untyped(help = "Commits, as the old exporter named them.")
    long xactCommit() {
      return 3;
    }
  }

  @Collector(name = "keyed")
  static class Keyed {
    @ConstLabel("pool")
    int pool() {
      return 2;
    }

    @Gauge(name = "setting_{key}", help = "A setting per name.")
    static Map<String, Double> settings() {
      return Map.of("max_connections", 100.0);
    }
  }

  @Collector(name = "rows")
  static class Rows {
    record Row(@Label String datname, long xactRollback) {}

    @ConstLabel("cluster")
    static final Boolean CLUSTER = true;

    @Untyped(name = "xact_rollback", help = "Rollbacks per database.")
    List<Row> rows() {
      return List.of(new Row("app", 1));
    }
  }
}
