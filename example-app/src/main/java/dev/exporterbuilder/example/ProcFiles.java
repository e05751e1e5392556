package dev.exporterbuilder.example;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Reads a file under {@code /proc} whole, in one read from its start.
 *
 * <p>{@link Files#readString} is wrong for these files: they report a size of 0, so it reads one
 * byte and then asks for the rest at offset 1, and the kernel's numeric sysctl files (such as
 * {@code /proc/sys/fs/file-nr}) answer any read past offset 0 with end of file. On
 * {@code 704 0 2466170} it returns {@code "7"}.
 */
final class ProcFiles {

  private ProcFiles() {}

  static String read(Path file) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
