package dev.exporterbuilder.annotations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.module.ModuleDescriptor;
import java.lang.module.ModuleDescriptor.Exports;
import java.lang.module.ModuleFinder;
import java.nio.file.Path;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The annotations' compiled module descriptor: the annotations and the contract facts, both exported, requiring nothing. */
class ModuleDescriptorTest {

  @Test
  void exportsTheAnnotationsAndTheContract() throws Exception {
    Path classes = Path.of(Exporter.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    ModuleDescriptor descriptor = ModuleFinder.of(classes).find("dev.exporterbuilder.annotations").orElseThrow().descriptor();
    assertEquals(Set.of("dev.exporterbuilder.annotations", "dev.exporterbuilder.annotations.contract"),
        descriptor.exports().stream().map(Exports::source).collect(Collectors.toSet()));
    assertTrue(descriptor.exports().stream().noneMatch(Exports::isQualified), descriptor.exports().toString());
    assertEquals(Set.of("java.base"), descriptor.requires().stream().map(ModuleDescriptor.Requires::name).collect(Collectors.toSet()));
  }
}
