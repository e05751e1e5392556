package dev.exporterbuilder.testsupport;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The lines a child process writes to one stream, read on a daemon thread so that the child never
 * blocks on a full pipe, and waited for with a deadline.
 */
final class OutputLines {

  private final List<String> lines = new ArrayList<>();
  private final Thread reader;
  private boolean ended;

  private OutputLines(InputStream stream, String name) {
    reader = new Thread(() -> readAll(stream), name);
    reader.setDaemon(true);
    reader.start();
  }

  static OutputLines of(InputStream stream, String name) {
    return new OutputLines(stream, name);
  }

  private void readAll(InputStream stream) {
    try (BufferedReader in = new BufferedReader(new InputStreamReader(stream, StandardCharsets.UTF_8))) {
      for (String line = in.readLine(); line != null; line = in.readLine()) {
        synchronized (this) {
          lines.add(line);
          notifyAll();
        }
      }
    } catch (IOException e) {
      // the stream closes when the process is destroyed: nothing more to read
    } finally {
      synchronized (this) {
        ended = true;
        notifyAll();
      }
    }
  }

  /**
   * The first match of {@code pattern} in a line, waiting until one is written, the stream ends or
   * {@code timeout} passes; empty in the last two cases.
   */
  synchronized Optional<Matcher> awaitMatch(Pattern pattern, Duration timeout) throws InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    int checked = 0;
    while (true) {
      for (; checked < lines.size(); checked++) {
        Matcher matcher = pattern.matcher(lines.get(checked));
        if (matcher.find()) {
          return Optional.of(matcher);
        }
      }
      long remainingMillis = Duration.ofNanos(deadline - System.nanoTime()).toMillis();
      if (ended || remainingMillis <= 0) {
        return Optional.empty();
      }
      wait(remainingMillis);
    }
  }

  /** Every line once the stream has ended (the process has exited), waiting at most {@code timeout}. */
  List<String> awaitAll(Duration timeout) {
    try {
      reader.join(timeout.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new UncheckedIOException(new IOException("interrupted while reading " + reader.getName(), e));
    }
    return snapshot();
  }

  /** The lines read so far. */
  synchronized List<String> snapshot() {
    return List.copyOf(lines);
  }

  @Override
  public String toString() {
    return String.join("\n", snapshot());
  }
}
