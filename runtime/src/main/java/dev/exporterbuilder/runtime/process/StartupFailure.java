package dev.exporterbuilder.runtime.process;

/**
 * Why the internals cannot start an exporter: a bad command line or a configuration that cannot be
 * used. {@code ExporterRuntime} turns it into the public {@code ExporterException} with the exit
 * code of its {@link Kind}, so the parts of the runtime do not depend on its API package. The
 * message is always one line.
 */
public final class StartupFailure extends Exception {

  private static final long serialVersionUID = 1L;

  /** What went wrong, which decides the exit code. */
  public enum Kind {
    /** A bad command line: the exporter prints the usage and exits 2. */
    USAGE,
    /** A failure while starting, such as an invalid web config file: exit 1. */
    STARTUP
  }

  private final Kind kind;

  private StartupFailure(String message, Kind kind) {
    super(String.valueOf(message).strip().replaceAll("\\s*[\\r\\n]+\\s*", " "));
    this.kind = kind;
  }

  /** A bad command line. */
  public static StartupFailure usage(String message) {
    return new StartupFailure(message, Kind.USAGE);
  }

  /** A failure while starting. */
  public static StartupFailure startup(String message) {
    return new StartupFailure(message, Kind.STARTUP);
  }

  public Kind kind() {
    return kind;
  }
}
