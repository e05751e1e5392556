package dev.exporterbuilder.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.lang.module.ModuleDescriptor;
import java.lang.module.ModuleFinder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The processor jar as a build tool sees it on a processor module path. */
class ProcessorModuleTest {

  /** By name: the processor's class names annotations (AutoService) that are not on this class path. */
  private static final String PROCESSOR = "dev.exporterbuilder.processor.ExporterProcessor";

  @Test
  void theProcessorJarNamesItsModuleAndProvidesTheProcessor() throws Exception {
    Class<?> processor = Class.forName(PROCESSOR, false, ProcessorModuleTest.class.getClassLoader());
    Path jar = Path.of(processor.getProtectionDomain().getCodeSource().getLocation().toURI());
    assumeTrue(Files.isRegularFile(jar), "the processor is not packaged in this build (" + jar + "); mvn verify packages it");
    Set<ModuleDescriptor> modules = ModuleFinder.of(jar).findAll().stream()
        .map(reference -> reference.descriptor()).collect(Collectors.toSet());
    assertEquals(1, modules.size(), modules::toString);
    ModuleDescriptor module = modules.iterator().next();
    assertEquals("dev.exporterbuilder.processor", module.name());
    assertTrue(module.provides().stream().anyMatch(provides -> provides.service().equals("javax.annotation.processing.Processor")
        && provides.providers().equals(List.of(PROCESSOR))), module::toString);
  }
}
