package dev.exporterbuilder.annotations;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.lang.module.ModuleDescriptor;
import java.lang.module.ModuleDescriptor.Exports;
import java.lang.module.ModuleFinder;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The annotations' compiled module descriptor: the annotations exported to all, the contract facts
 * only to the runtime and the processor, requiring nothing.
 */
class ModuleDescriptorTest {

  @Test
  void exportsTheAnnotationsToAllAndTheContractToTheProcessorAndRuntime() throws Exception {
    Path classes = Path.of(Exporter.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    ModuleDescriptor descriptor = ModuleFinder.of(classes).find("dev.exporterbuilder.annotations").orElseThrow().descriptor();
    assertEquals(Set.of("dev.exporterbuilder.annotations", "dev.exporterbuilder.annotations.contract"),
        descriptor.exports().stream().map(Exports::source).collect(Collectors.toSet()));
    Map<String, Set<String>> targets = descriptor.exports().stream().collect(Collectors.toMap(Exports::source, Exports::targets));
    assertEquals(Set.of(), targets.get("dev.exporterbuilder.annotations"), "the annotations are for everyone");
    assertEquals(Set.of("dev.exporterbuilder.runtime", "dev.exporterbuilder.processor"), targets.get("dev.exporterbuilder.annotations.contract"));
    assertEquals(Set.of("java.base"), descriptor.requires().stream().map(ModuleDescriptor.Requires::name).collect(Collectors.toSet()));
  }
}
