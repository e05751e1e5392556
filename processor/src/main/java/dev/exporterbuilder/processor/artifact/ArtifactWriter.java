package dev.exporterbuilder.processor.artifact;

import dev.exporterbuilder.annotations.contract.Artifacts;
import java.io.IOException;
import java.io.Writer;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.annotation.processing.Filer;
import javax.annotation.processing.Messager;
import javax.lang.model.element.Element;
import javax.tools.Diagnostic;
import javax.tools.FileObject;
import javax.tools.StandardLocation;

/**
 * Writes the operator files of an exporter: into the class output as resources
 * {@code META-INF/exporter-builder/<exporter>/<file>}, so that they are in the jar, and a copy into
 * {@code <dir>/<exporter>/}, where {@code <dir>} is {@code -Aexporterbuilder.artifacts} when given,
 * otherwise {@code target/exporter-builder} when the class output is Maven's {@code target/classes}
 * or {@code target/test-classes}; otherwise there is no copy.
 */
public final class ArtifactWriter {

  /** {@code -Aexporterbuilder.artifacts=<dir>}: where the copies of the operator files go. */
  public static final String OPTION = "exporterbuilder.artifacts";
  /** The directory beside Maven's class output that takes the copies by default. */
  static final String DEFAULT_DIRECTORY = "exporter-builder";

  private final Filer filer;
  private final Messager messager;
  private final Optional<Path> directory;
  /** The exporters whose files this compilation has written. */
  private final Set<String> written = new HashSet<>();

  /**
   * @param directory the value of {@link #OPTION}; empty for the default
   */
  public ArtifactWriter(Filer filer, Messager messager, Optional<String> directory) {
    this.filer = filer;
    this.messager = messager;
    this.directory = directory.filter(value -> !value.isBlank()).map(Path::of);
  }

  /** The six files of {@code catalog}, by file name, in {@link Artifacts#FILES} order. */
  public static Map<String, String> render(Catalog catalog) {
    Map<String, String> files = new LinkedHashMap<>();
    files.put(Artifacts.METRICS_JSON, MetricsJsonWriter.write(catalog));
    files.put(Artifacts.METRICS_MD, MetricsMarkdownWriter.write(catalog));
    files.put(Artifacts.ALERTS_YML, AlertsWriter.write(catalog));
    files.put(Artifacts.DASHBOARD_JSON, DashboardWriter.write(catalog));
    files.put(Artifacts.SCRAPE_YML, ScrapeConfigWriter.write(catalog));
    files.put(Artifacts.KUBERNETES_YAML, KubernetesWriter.write(catalog));
    return files;
  }

  /**
   * Writes the files of {@code catalog}; a copy that cannot be written is a warning naming the file.
   *
   * @param origins the elements the files derive from, as for the exporter's {@code Main}
   * @throws IOException the class output cannot be written
   */
  public void write(Catalog catalog, Element... origins) throws IOException {
    String exporter = catalog.exporter().name();
    if (!written.add(exporter)) {
      // the resource names are the exporter's: a second exporter of that name would overwrite the first's
      messager.printMessage(Diagnostic.Kind.WARNING, "exporter-builder writes no operator files for this exporter: "
          + "another exporter of this compilation is named \"" + exporter + "\" too, and has them under "
          + Artifacts.resource(exporter, ""), origins[0]);
      return;
    }
    Optional<Path> copies = directory;
    for (Map.Entry<String, String> file : render(catalog).entrySet()) {
      String resource = Artifacts.resource(exporter, file.getKey());
      FileObject object = filer.createResource(StandardLocation.CLASS_OUTPUT, "", resource, origins);
      try (Writer writer = object.openWriter()) {
        writer.write(file.getValue());
      }
      if (copies.isEmpty()) {
        copies = defaultDirectory(object.toUri(), resource);
      }
      if (copies.isPresent()) {
        Path copy = copies.get().resolve(exporter).resolve(file.getKey());
        try {
          Files.createDirectories(copy.getParent());
          Files.writeString(copy, file.getValue(), StandardCharsets.UTF_8);
        } catch (IOException | RuntimeException e) {
          messager.printMessage(Diagnostic.Kind.WARNING, "exporter-builder cannot write the copy " + copy
              + " of the operator file " + file.getKey() + " (" + e + "); the jar has it as " + resource, origins[0]);
        }
      }
    }
  }

  /**
   * {@code target/exporter-builder} when {@code written}, the URI of {@code resource} in the class
   * output, lies in a directory {@code classes} or {@code test-classes} of a directory {@code target}.
   */
  static Optional<Path> defaultDirectory(URI written, String resource) {
    if (!"file".equals(written.getScheme())) {
      return Optional.empty();
    }
    Path classes = Path.of(written);
    for (int i = 0; i < resource.split("/").length && classes != null; i++) {
      classes = classes.getParent();
    }
    if (classes == null || classes.getParent() == null || classes.getParent().getFileName() == null) {
      return Optional.empty();
    }
    String name = String.valueOf(classes.getFileName());
    boolean maven = (name.equals("classes") || name.equals("test-classes"))
        && classes.getParent().getFileName().toString().equals("target");
    return maven ? Optional.of(classes.getParent().resolve(DEFAULT_DIRECTORY)) : Optional.empty();
  }
}
