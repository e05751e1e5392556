package cases;

import dev.exporterbuilder.annotations.Collector;
import dev.exporterbuilder.annotations.ConstLabel;
import dev.exporterbuilder.annotations.Exporter;
import dev.exporterbuilder.annotations.Gauge;
import dev.exporterbuilder.annotations.Histogram;
import dev.exporterbuilder.runtime.ConstHistogram;
import java.util.Map;

@Exporter(name = "db", port = 9878, collectors = ConstLabelClashes.class)
class DbExporter {
  @ConstLabel("datname") // error: [EB245] constant label "datname" is also a label of db_database_size_bytes (ConstLabelClashes.sizes()), which it would be added to; rename one of them
  static String database = "postgres";
}

@Collector(name = "database")
class ConstLabelClashes {
  @ConstLabel("mode") // error: [EB245] constant label "mode" is also a label of db_{key}_locks (ConstLabelClashes.locks()), which it would be added to; rename one of them
  static String mode = "primary";

  @Gauge(name = "database_size", unit = "bytes", help = "Size of each database.", labels = "datname")
  Map<String, Long> sizes() {
    return Map.of();
  }

  @ConstLabel("le") // error: [EB245] constant label "le" is also a label of db_query_seconds (ConstLabelClashes.query()), which it would be added to; rename one of them
  static String level = "high";

  @Histogram(help = "Query time.", unit = "seconds")
  ConstHistogram query() {
    return ConstHistogram.of(1, 0.5, Map.of(1.0, 1L));
  }

  @Gauge(name = "{key}_locks", help = "Locks held, per database.", labels = "mode")
  Map<String, Map<String, Long>> locks() {
    return Map.of();
  }
}
