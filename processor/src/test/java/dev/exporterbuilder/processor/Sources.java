package dev.exporterbuilder.processor;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import com.google.testing.compile.JavaFileObjects;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import javax.annotation.processing.Processor;
import javax.tools.JavaFileObject;

/** Test inputs under {@code src/test/resources}, and the compiler configured as a user's build is. */
final class Sources {

  private Sources() {}

  /** The test resource directory {@code name}. */
  static Path resourceDirectory(String name) {
    URL url = Sources.class.getClassLoader().getResource(name);
    if (url == null) {
      throw new IllegalArgumentException("no test resource " + name);
    }
    try {
      return Path.of(url.toURI());
    } catch (URISyntaxException e) {
      throw new IllegalArgumentException(e);
    }
  }

  /** Every {@code .java} file below {@code directory}, in a stable order. */
  static List<Path> javaFiles(Path directory) {
    try (Stream<Path> files = Files.walk(directory)) {
      return files.filter(file -> file.toString().endsWith(".java")).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static JavaFileObject fileObject(Path root, Path file) {
    try {
      String className = root.relativize(file).toString().replace(".java", "").replace('/', '.');
      return JavaFileObjects.forSourceString(className, Files.readString(file));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Every lint but javac's processing lint, which reports each annotation that no processor claims:
   * the processor claims only its own, so with it alone that is the {@code @Generated} of its output
   * (OtherProcessorsTest measures it). It says nothing about the code.
   */
  static final String LINT = "-Xlint:all,-processing";

  /** Compiles with the processor and {@link #LINT} {@code -Werror}, so generated code must be warning-free. */
  static Compilation compile(List<JavaFileObject> files) {
    return Compiler.javac()
        .withProcessors(new ExporterProcessor())
        .withOptions(LINT, "-Werror", "--release", "17")
        .compile(files);
  }

  /**
   * Compiles with the processor without turning warnings into errors, for tests that expect warnings.
   * Negative cases keep several classes in one file, which javac's auxiliaryclass lint would flag in
   * the generated code that uses them; that lint is about the test layout, so it is off here.
   */
  static Compilation compileAllowingWarnings(List<JavaFileObject> files, Processor processor) {
    return Compiler.javac()
        .withProcessors(processor)
        .withOptions(LINT + ",-auxiliaryclass", "--release", "17")
        .compile(files);
  }
}
