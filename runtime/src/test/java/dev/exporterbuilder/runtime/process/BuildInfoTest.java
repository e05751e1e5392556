package dev.exporterbuilder.runtime.process;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;

import java.io.InputStream;
import java.io.OutputStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BuildInfoTest {

  @TempDir
  Path dir;

  private Class<?> probeFromJar(Manifest manifest) throws Exception {
    String entry = VersionProbe.class.getName().replace('.', '/') + ".class";
    Path jar = Files.createTempFile(dir, "probe", ".jar");
    try (OutputStream file = Files.newOutputStream(jar);
        JarOutputStream out = manifest == null ? new JarOutputStream(file) : new JarOutputStream(file, manifest);
        InputStream classBytes = VersionProbe.class.getClassLoader().getResourceAsStream(entry)) {
      out.putNextEntry(new JarEntry(entry));
      classBytes.transferTo(out);
      out.closeEntry();
    }
    URLClassLoader loader = new URLClassLoader(new URL[] {jar.toUri().toURL()}, ClassLoader.getPlatformClassLoader());
    Class<?> probe = loader.loadClass(VersionProbe.class.getName());
    assertNotSame(VersionProbe.class, probe);
    return probe;
  }

  @Test
  void readsVersionAndRevisionFromTheMainClassJar() throws Exception {
    Manifest manifest = new Manifest();
    manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
    manifest.getMainAttributes().put(Attributes.Name.IMPLEMENTATION_VERSION, "1.4.2");
    manifest.getMainAttributes().putValue("Build-Revision", "0123abcd");
    assertEquals(new BuildInfo("1.4.2", "0123abcd"), BuildInfo.of(probeFromJar(manifest)));
  }

  @Test
  void unknownWithoutManifestEntries() throws Exception {
    Manifest manifest = new Manifest();
    manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
    assertEquals(new BuildInfo("unknown", "unknown"), BuildInfo.of(probeFromJar(manifest)));
    assertEquals(new BuildInfo("unknown", "unknown"), BuildInfo.of(probeFromJar(null)));
  }

  @Test
  void unknownForAClassOutsideAJar() {
    assertEquals(new BuildInfo("unknown", "unknown"), BuildInfo.of(BuildInfoTest.class));
  }
}
