package dev.exporterbuilder.processor;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.testing.compile.Compilation;
import dev.exporterbuilder.runtime.ExporterRuntime;
import dev.exporterbuilder.runtime.RunningExporter;
import dev.exporterbuilder.runtime.generated.ExporterDefinition;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;

/** The exporter a compilation generated, started in this JVM as its Main would start it, and scraped over HTTP. */
final class ServedExporter {

  private static final HttpClient HTTP = HttpClient.newHttpClient();

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
      int port = exporter.addresses().get(0).getPort();
      HttpResponse<String> response = HTTP.send(
          HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/metrics")).build(),
          HttpResponse.BodyHandlers.ofString());
      assertEquals(200, response.statusCode(), response::body);
      return response.body();
    }
  }
}
