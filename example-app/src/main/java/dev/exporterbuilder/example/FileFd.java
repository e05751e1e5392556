package dev.exporterbuilder.example;

import dev.exporterbuilder.annotations.Collector;
import dev.exporterbuilder.annotations.Gauge;
import dev.exporterbuilder.annotations.Reading;
import java.io.IOException;
import java.nio.file.Path;

/**
 * File handles from {@code <procfs>/sys/fs/file-nr}, as node_exporter's filefd collector serves
 * them. Its one line holds three numbers: the handles allocated, the allocated but unused ones
 * (always 0 since Linux 2.6), and the system-wide maximum.
 */
@Collector(name = "filefd")
public class FileFd {

  /** One read of {@code file-nr}. */
  record FileNr(long allocated, long maximum) {

    static FileNr parse(Path file, String content) throws IOException {
      String[] fields = content.strip().split("\\s+");
      try {
        if (fields.length == 3) {
          return new FileNr(Long.parseLong(fields[0]), Long.parseLong(fields[2]));
        }
      } catch (NumberFormatException e) {
        throw new IOException(file + ": unexpected content \"" + content.strip() + "\"", e);
      }
      throw new IOException(file + ": unexpected content \"" + content.strip() + "\"");
    }
  }

  /** Runs once at the start of each run; the members serve what it read. */
  @Reading
  FileNr read() throws IOException {
    Path fileNr = HostExporter.procfs.resolve("sys/fs/file-nr");
    return FileNr.parse(fileNr, ProcFiles.read(fileNr));
  }

  @Gauge(name = "filefd_allocated", help = "File descriptor statistics: allocated.")
  long allocated(FileNr fileNr) {
    return fileNr.allocated();
  }

  @Gauge(name = "filefd_maximum", help = "File descriptor statistics: maximum.")
  long maximum(FileNr fileNr) {
    return fileNr.maximum();
  }
}
