package dev.exporterbuilder.testsupport;

/**
 * A stand-in for a generated Main: writes its first argument to stderr as a log line and its other
 * arguments to stdout, one a line, then exits with status 3, or waits to be stopped when the
 * second argument is {@code --serve}.
 */
public final class FakeExporter {

  private FakeExporter() {}

  public static void main(String[] args) throws InterruptedException {
    System.err.println(args[0]);
    for (int i = 1; i < args.length; i++) {
      System.out.println(args[i]);
    }
    if (args.length > 1 && args[1].equals("--serve")) {
      Thread.sleep(Long.MAX_VALUE);
    }
    System.exit(3);
  }
}
