package dev.exporterbuilder.runtime;

/**
 * Why an exporter cannot start, with the exit code the process ends with: 2 for a bad command
 * line (as Go's flag packages do), 1 for a failure while starting, such as a listen address that
 * cannot be bound. The message is always one line.
 */
public final class ExporterException extends Exception {

  private static final long serialVersionUID = 1L;

  /** Exit code of a bad command line. */
  public static final int USAGE = 2;

  /** Exit code of a failure while starting. */
  public static final int STARTUP = 1;

  private final int exitCode;

  ExporterException(String message, int exitCode) {
    super(oneLine(message));
    this.exitCode = exitCode;
  }

  /** A bad command line: exit code {@value #USAGE}. */
  static ExporterException usage(String message) {
    return new ExporterException(message, USAGE);
  }

  /** A failure while starting: exit code {@value #STARTUP}. */
  static ExporterException startup(String message) {
    return new ExporterException(message, STARTUP);
  }

  /** 2 for a bad command line, 1 for a failure while starting. */
  public int exitCode() {
    return exitCode;
  }

  private static String oneLine(String message) {
    return String.valueOf(message).strip().replaceAll("\\s*[\\r\\n]+\\s*", " ");
  }
}
