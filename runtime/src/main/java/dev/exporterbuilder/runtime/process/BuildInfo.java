package dev.exporterbuilder.runtime.process;

import dev.exporterbuilder.annotations.contract.SelfMetrics;
import io.prometheus.metrics.model.registry.MultiCollector;
import io.prometheus.metrics.model.snapshots.GaugeSnapshot;
import io.prometheus.metrics.model.snapshots.GaugeSnapshot.GaugeDataPointSnapshot;
import io.prometheus.metrics.model.snapshots.Labels;
import io.prometheus.metrics.model.snapshots.MetricFamilyDescriptor;
import io.prometheus.metrics.model.snapshots.MetricMetadata;
import io.prometheus.metrics.model.snapshots.MetricSnapshots;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.util.List;
import java.util.jar.Attributes;
import java.util.jar.JarFile;
import java.util.jar.Manifest;

/**
 * Version and revision of an exporter, read from the manifest of the jar holding its main class:
 * {@code Implementation-Version} (Maven's {@code addDefaultImplementationEntries}) and
 * {@code Build-Revision}; {@code "unknown"} for what is missing.
 */
public record BuildInfo(String version, String revision) {

  static final String UNKNOWN = "unknown";
  static final String REVISION_ATTRIBUTE = "Build-Revision";

  public static BuildInfo of(Class<?> mainClass) {
    Attributes attributes = manifestAttributes(mainClass);
    String version = attributes == null ? null : attributes.getValue(Attributes.Name.IMPLEMENTATION_VERSION);
    if (version == null && mainClass.getPackage() != null) {
      version = mainClass.getPackage().getImplementationVersion();
    }
    String revision = attributes == null ? null : attributes.getValue(REVISION_ATTRIBUTE);
    return new BuildInfo(orUnknown(version), orUnknown(revision));
  }

  /** {@code <ns>_exporter_build_info{version,revision,javaversion} 1}, the same snapshot on every scrape. */
  public MultiCollector collector(String exporterName, String namespace) {
    String name = namespace + "_" + SelfMetrics.BUILD_INFO;
    String help = "A metric with a constant '1' value labeled by version, revision and Java version from which "
        + exporterName + " was built.";
    Labels labels = Labels.of("version", version, "revision", revision, "javaversion", System.getProperty("java.version"));
    MetricSnapshots snapshots = MetricSnapshots.of(
        new GaugeSnapshot(new MetricMetadata(name, help), List.of(new GaugeDataPointSnapshot(1, labels, null))));
    List<MetricFamilyDescriptor> descriptors =
        List.of(MetricFamilyDescriptor.gauge(name).help(help).labelNames("version", "revision", "javaversion").build());
    return new MultiCollector() {
      @Override
      public MetricSnapshots collect() {
        return snapshots;
      }

      @Override
      public List<MetricFamilyDescriptor> getMetricFamilyDescriptors() {
        return descriptors;
      }
    };
  }

  private static Attributes manifestAttributes(Class<?> mainClass) {
    try {
      CodeSource source = mainClass.getProtectionDomain().getCodeSource();
      URL location = source == null ? null : source.getLocation();
      if (location == null || !"file".equals(location.getProtocol())) {
        return null;
      }
      Path path = Path.of(location.toURI());
      if (!Files.isRegularFile(path)) {
        return null;
      }
      try (JarFile jar = new JarFile(path.toFile())) {
        Manifest manifest = jar.getManifest();
        return manifest == null ? null : manifest.getMainAttributes();
      }
    } catch (Exception e) {
      // no readable manifest: the version is reported as unknown
      return null;
    }
  }

  private static String orUnknown(String value) {
    return value == null || value.isBlank() ? UNKNOWN : value.strip();
  }
}
