package dev.exporterbuilder.example;

import dev.exporterbuilder.annotations.Collector;
import dev.exporterbuilder.annotations.Info;
import java.io.IOException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * What the uname system call tells, as node_exporter's uname collector serves it, read from the
 * files under {@code <procfs>/sys/kernel} that hold the same strings: {@code ostype},
 * {@code osrelease}, {@code version}, {@code hostname}, {@code domainname} and {@code arch}.
 * Kernels before 6.1 have no {@code arch}; then the machine is the JVM's {@code os.arch}, spelled
 * as the kernel does ({@code x86_64} for {@code amd64}).
 */
@Collector(name = "uname")
public class Uname {

  /** The labels, named as node_exporter names them. */
  record Utsname(String sysname, String release, String version, String machine, String nodename,
      String domainname) {}

  @Info(name = "uname", help = "Labeled system information as provided by the uname system call.")
  Utsname uname() throws IOException {
    Path kernel = HostExporter.procfs.resolve("sys/kernel");
    return new Utsname(read(kernel, "ostype"), read(kernel, "osrelease"), read(kernel, "version"), machine(kernel),
        read(kernel, "hostname"), read(kernel, "domainname"));
  }

  private static String machine(Path kernel) throws IOException {
    try {
      return read(kernel, "arch");
    } catch (NoSuchFileException e) {
      String arch = System.getProperty("os.arch");
      return arch.equals("amd64") ? "x86_64" : arch;
    }
  }

  private static String read(Path kernel, String name) throws IOException {
    return ProcFiles.read(kernel.resolve(name)).strip();
  }
}
