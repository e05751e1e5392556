package dev.exporterbuilder.bench.jmh;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/** A reusable, unsynchronized in-memory byte sink: what the text writer writes a scrape to in the benchmarks. */
public final class ByteSink extends OutputStream {

  private byte[] bytes = new byte[1 << 16];
  private int size;

  /** Forgets what was written, keeping the buffer. */
  public void reset() {
    size = 0;
  }

  /** The number of bytes written since the last {@link #reset()}. */
  public int size() {
    return size;
  }

  @Override
  public void write(int b) {
    ensure(1);
    bytes[size++] = (byte) b;
  }

  @Override
  public void write(byte[] source, int offset, int length) {
    ensure(length);
    System.arraycopy(source, offset, bytes, size, length);
    size += length;
  }

  private void ensure(int more) {
    if (size + more > bytes.length) {
      bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, size + more));
    }
  }

  @Override
  public String toString() {
    return new String(bytes, 0, size, StandardCharsets.UTF_8);
  }
}
