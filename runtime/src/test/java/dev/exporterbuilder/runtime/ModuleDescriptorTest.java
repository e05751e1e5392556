package dev.exporterbuilder.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.lang.module.Configuration;
import java.lang.module.ModuleDescriptor;
import java.lang.module.ModuleDescriptor.Exports;
import java.lang.module.ModuleFinder;
import java.lang.module.ResolvedModule;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The runtime's compiled module descriptor: exporter code and generated code see the API and the
 * generated-code package, nothing else, so the architecture the packages show cannot drift.
 */
class ModuleDescriptorTest {

  private static final String MODULE = "dev.exporterbuilder.runtime";

  @Test
  void exportsOnlyTheApiAndWhatGeneratedCodeCalls() throws Exception {
    ModuleDescriptor descriptor = descriptor();
    assertEquals(MODULE, descriptor.name());
    assertEquals(Set.of(MODULE, MODULE + ".generated"),
        descriptor.exports().stream().map(Exports::source).collect(Collectors.toSet()));
    assertTrue(descriptor.exports().stream().noneMatch(Exports::isQualified), descriptor.exports().toString());
    assertTrue(descriptor.opens().isEmpty(), descriptor.opens().toString());
    assertTrue(descriptor.packages().containsAll(Set.of(MODULE + ".http", MODULE + ".web", MODULE + ".scrape",
        MODULE + ".cli", MODULE + ".process")), descriptor.packages().toString());
  }

  /** Every module the runtime requires is found under the name it requires, among its dependencies' jars. */
  @Test
  void requiredModulesResolveFromTheDependencies() throws Exception {
    Path[] entries = Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
        .map(Path::of)
        .filter(path -> path.toString().endsWith(".jar") || Files.exists(path.resolve("module-info.class")))
        .filter(path -> !path.getFileName().toString().matches("(junit|opentest4j|apiguardian).*"))
        .toArray(Path[]::new);
    Configuration configuration = Configuration.resolve(ModuleFinder.of(entries),
        List.of(ModuleLayer.boot().configuration()), ModuleFinder.of(), Set.of(MODULE));
    Set<String> resolved = configuration.modules().stream().map(ResolvedModule::name).collect(Collectors.toSet());
    assertTrue(resolved.containsAll(Set.of(MODULE, "dev.exporterbuilder.annotations", "io.prometheus.metrics.model",
        "info.picocli", "org.yaml.snakeyaml", "bcrypt")), resolved.toString());
  }

  private static ModuleDescriptor descriptor() throws Exception {
    Path classes = Path.of(ExporterRuntime.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    return ModuleFinder.of(classes).find(MODULE).orElseThrow().descriptor();
  }
}
