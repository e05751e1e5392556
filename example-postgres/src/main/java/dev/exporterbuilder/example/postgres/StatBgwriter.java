package dev.exporterbuilder.example.postgres;

import dev.exporterbuilder.annotations.Collector;
import dev.exporterbuilder.annotations.ConstLabel;
import dev.exporterbuilder.annotations.Counter;
import dev.exporterbuilder.annotations.Reading;
import dev.exporterbuilder.example.postgres.Database.Row;
import java.sql.SQLException;

/**
 * {@code pg_stat_bgwriter_*_total}: the background writer's counters, postgres_exporter's
 * {@code bgwriter} collector, from one read of the view. These were named for client_golang's
 * counters, so they are plain {@link Counter}s here.
 */
@Collector(name = "bgwriter", subsystem = "stat_bgwriter", timeout = "5s")
public class StatBgwriter {

  @ConstLabel("server")
  static String server() {
    return PostgresExporter.database().server();
  }

  @Reading
  Row read() throws SQLException {
    return PostgresExporter.database().query("""
        SELECT checkpoints_timed, checkpoints_req, checkpoint_write_time, checkpoint_sync_time, buffers_checkpoint,
               buffers_clean, maxwritten_clean, buffers_backend, buffers_backend_fsync, buffers_alloc, stats_reset
        FROM pg_stat_bgwriter""").get(0);
  }

  @Counter(help = "Number of scheduled checkpoints that have been performed")
  double checkpointsTimed(Row row) {
    return Database.toDouble(row.get("checkpoints_timed"));
  }

  @Counter(help = "Number of requested checkpoints that have been performed")
  double checkpointsReq(Row row) {
    return Database.toDouble(row.get("checkpoints_req"));
  }

  @Counter(help = "Total amount of time that has been spent in the portion of checkpoint processing where files are"
      + " written to disk, in milliseconds")
  double checkpointWriteTime(Row row) {
    return Database.toDouble(row.get("checkpoint_write_time"));
  }

  @Counter(help = "Total amount of time that has been spent in the portion of checkpoint processing where files are"
      + " synchronized to disk, in milliseconds")
  double checkpointSyncTime(Row row) {
    return Database.toDouble(row.get("checkpoint_sync_time"));
  }

  @Counter(help = "Number of buffers written during checkpoints")
  double buffersCheckpoint(Row row) {
    return Database.toDouble(row.get("buffers_checkpoint"));
  }

  @Counter(help = "Number of buffers written by the background writer")
  double buffersClean(Row row) {
    return Database.toDouble(row.get("buffers_clean"));
  }

  @Counter(help = "Number of times the background writer stopped a cleaning scan because it had written too many buffers")
  double maxwrittenClean(Row row) {
    return Database.toDouble(row.get("maxwritten_clean"));
  }

  @Counter(help = "Number of buffers written directly by a backend")
  double buffersBackend(Row row) {
    return Database.toDouble(row.get("buffers_backend"));
  }

  @Counter(help = "Number of times a backend had to execute its own fsync call (normally the background writer"
      + " handles those even when the backend does its own write)")
  double buffersBackendFsync(Row row) {
    return Database.toDouble(row.get("buffers_backend_fsync"));
  }

  @Counter(help = "Number of buffers allocated")
  double buffersAlloc(Row row) {
    return Database.toDouble(row.get("buffers_alloc"));
  }

  @Counter(help = "Time at which these statistics were last reset")
  double statsReset(Row row) {
    return Database.toDouble(row.get("stats_reset"));
  }
}
