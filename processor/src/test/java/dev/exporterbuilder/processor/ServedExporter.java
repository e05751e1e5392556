package dev.exporterbuilder.processor;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.testing.compile.Compilation;
import dev.exporterbuilder.runtime.ExporterRuntime;
import dev.exporterbuilder.runtime.RunningExporter;
import dev.exporterbuilder.runtime.generated.ExporterDefinition;
import dev.exporterbuilder.testsupport.Http;
import java.util.List;

/** The exporter a compilation generated, started in this JVM as its Main would start it, and scraped over HTTP. */
final class ServedExporter {

  private ServedExporter() {}

  /** The body of one scrape of {@code /metrics} from the compilation's only generated Main. */
  static String scrape(Compilation compilation) throws Exception {
    List<String> mains = compilation.generatedSourceFiles().stream()
        .map(file -> file.getName().replaceFirst("^/SOURCE_OUTPUT/", "").replace(".java", "").replace('/', '.'))
        .filter(name -> name.endsWith("Main"))
        .toList();
    assertEquals(1, mains.size(), () -> "generated Main classes: " + mains);
    ClassLoader loader = new CompiledClassLoader(compilation);
    ExporterDefinition definition = (ExporterDefinition) loader.loadClass(mains.get(0)).getMethod("definition")
        .invoke(null);
    try (RunningExporter exporter = ExporterRuntime.start(definition, "--web.listen-address=127.0.0.1:0",
        "--log.level=error")) {
      return Http.scrape(exporter.addresses().get(0));
    }
  }
}
