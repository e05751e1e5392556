package dev.exporterbuilder.runtime;

/**
 * Runs an exporter: parses the standard command line, applies {@code @Flag} values, registers the
 * enabled collectors with the scrape self-metrics, build info and JVM metrics, and serves them.
 * Generated {@code Main} classes call {@link #main(ExporterDefinition, String[])}.
 */
public final class ExporterRuntime {

  private ExporterRuntime() {}

  /**
   * The whole life of an exporter process: parse {@code args}; on {@code --help} or {@code --version}
   * print and return; on a bad flag print one error line and the usage to stderr and exit 2; when a
   * listen address cannot be bound log it and exit 1; otherwise serve until SIGTERM or SIGINT, then
   * stop the servers and return.
   */
  public static void main(ExporterDefinition definition, String[] args) {
    throw new UnsupportedOperationException("implemented by the runtime work");
  }
}
