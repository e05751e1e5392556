package dev.exporterbuilder.example.postgres;

import dev.exporterbuilder.annotations.Label;
import dev.exporterbuilder.example.postgres.Database.Row;
import java.util.List;

/** One column of a per-database view for one database, labelled as postgres_exporter labels it. */
record DatabaseValue(@Label String datid, @Label String datname, double value) {

  /** {@code column} of every row, labelled by the row's {@code datid} and {@code datname}. */
  static List<DatabaseValue> of(List<Row> rows, String column) {
    return rows.stream()
        .map(row -> new DatabaseValue(Database.toLabel(row.get("datid")), Database.toLabel(row.get("datname")),
            Database.toDouble(row.get(column))))
        .toList();
  }
}
