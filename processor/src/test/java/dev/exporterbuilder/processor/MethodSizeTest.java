package dev.exporterbuilder.processor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import dev.exporterbuilder.runtime.ExporterCollector;
import dev.exporterbuilder.runtime.MemberErrors;
import io.prometheus.metrics.model.snapshots.MetricSnapshots;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.spi.ToolProvider;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A collector of many members stays JIT-compilable: HotSpot leaves a method of more than 8,000
 * bytes of bytecode interpreted for good, so {@code collect} calls one method per member rather
 * than holding every member's loop itself. Checked on the class file javac wrote, with javap.
 */
class MethodSizeTest {

  /** HotSpot's HugeMethodLimit: larger methods are never compiled (DontCompileHugeMethods). */
  private static final int HUGE_METHOD_LIMIT = 8000;
  private static final int MEMBERS = 150;

  @Test
  void everyMethodOfACollectorOf150LabelledMembersIsUnderTheJitsSizeLimit(@TempDir Path dir) throws Exception {
    StringBuilder source = new StringBuilder("""
        package big;

        import dev.exporterbuilder.annotations.Collector;
        import dev.exporterbuilder.annotations.Gauge;
        import dev.exporterbuilder.annotations.Label;
        import java.util.List;

        @Collector(name = "big")
        public class Big {
          public record Item(@Label String id, double value) {}

          static final List<Item> ITEMS = List.of(new Item("a", 1), new Item("b", 2));
        """);
    for (int i = 0; i < MEMBERS; i++) {
      source.append("\n  @Gauge(help = \"Member ").append(i).append(".\")\n  List<Item> member")
          .append(i).append("() {\n    return ITEMS;\n  }\n");
    }
    source.append("}\n");
    Compilation compilation = Sources.compile(List.of(JavaFileObjects.forSourceString("big.Big", source.toString())));
    assertEquals(Compilation.Status.SUCCESS, compilation.status(), () -> compilation.diagnostics().toString());

    Path classFile = dir.resolve("BigCollector.class");
    JavaFileObject compiled = compilation.generatedFile(javax.tools.StandardLocation.CLASS_OUTPUT,
        "big/BigCollector.class").orElseThrow();
    try (InputStream in = compiled.openInputStream()) {
      Files.write(classFile, in.readAllBytes());
    }
    Map<String, Integer> sizes = bytecodeSizes(classFile);
    assertTrue(sizes.containsKey("collect"), () -> "no collect method in " + sizes.keySet());
    // what runs on every collection; the constructor and static initializer (which set up a field or
    // constant per member) run once, where the interpreter is no loss
    sizes.forEach((method, size) -> {
      if (method.equals("collect") || method.startsWith("read")) {
        assertTrue(size < HUGE_METHOD_LIMIT, method + " has " + size + " bytes of bytecode, which HotSpot never compiles");
      }
    });
    assertEquals(MEMBERS, sizes.keySet().stream().filter(method -> method.startsWith("read")).count(), sizes::toString);

    // and it still reads every member
    ClassLoader loader = new CompiledClassLoader(compilation);
    Object big = loader.loadClass("big.Big").getDeclaredConstructor().newInstance();
    ExporterCollector collector = (ExporterCollector) loader.loadClass("big.BigCollector")
        .getConstructor(loader.loadClass("big.Big")).newInstance(big);
    List<String> failures = new ArrayList<>();
    MetricSnapshots snapshots = collector.collect(new MemberErrors() {
      @Override
      public void failed(String member, Throwable cause) {
        failures.add(member + ": " + cause);
      }
    });
    assertEquals(List.of(), failures);
    assertEquals(MEMBERS, snapshots.size());
    snapshots.forEach(snapshot -> assertEquals(2, snapshot.getDataPoints().size(), snapshot.getMetadata().getName()));
  }

  /** Per method name, the offset of its last instruction plus one: a lower bound of its code length. */
  private static Map<String, Integer> bytecodeSizes(Path classFile) {
    ToolProvider javap = ToolProvider.findFirst("javap").orElseThrow();
    StringWriter out = new StringWriter();
    int exit = javap.run(new PrintWriter(out), new PrintWriter(out), "-c", "-p", classFile.toString());
    assertEquals(0, exit, out::toString);
    Map<String, Integer> sizes = new LinkedHashMap<>();
    Pattern method = Pattern.compile("^  [^ ].*?([A-Za-z0-9_$]+)\\(.*\\);$");
    Pattern instruction = Pattern.compile("^ +(\\d+): ");
    String current = null;
    for (String line : out.toString().split("\n")) {
      Matcher m = method.matcher(line);
      if (m.matches()) {
        current = m.group(1);
        continue;
      }
      Matcher i = instruction.matcher(line);
      if (current != null && i.find()) {
        sizes.merge(current, Integer.parseInt(i.group(1)) + 1, Math::max);
      }
    }
    return sizes;
  }
}
