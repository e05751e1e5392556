package dev.exporterbuilder.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;

/**
 * The project the archetype generates has no parent to inherit plugin versions from, so its pom.xml
 * names them itself: each must be the version this repository's parent pins, or a generated project
 * builds with other plugins than the ones this repository tests.
 */
class ArchetypePomTest {

  private static final Path PARENT = MavenBuild.ROOT.resolve("pom.xml");
  private static final Path GENERATED = MavenBuild.ROOT.resolve("archetype/src/main/resources/archetype-resources/pom.xml");

  @Test
  void everyPluginHasTheVersionTheParentPins() throws Exception {
    Map<String, String> pinned = versions(Files.readString(PARENT), "pluginManagement");
    // the template's first line is a Velocity directive, not XML
    String template = Files.readString(GENERATED);
    Map<String, String> generated = versions(template.substring(template.indexOf("<?xml")), "plugins");
    assertFalse(generated.isEmpty(), "no plugin in " + GENERATED);
    generated.forEach((plugin, version) -> {
      assertNotNull(pinned.get(plugin), plugin + " is not pinned in the parent's pluginManagement");
      assertEquals(pinned.get(plugin), version, plugin + " in the archetype's pom.xml");
    });
  }

  /** The version of every plugin in {@code <build><section>}, by groupId:artifactId. */
  private static Map<String, String> versions(String pom, String section)
      throws ParserConfigurationException, SAXException, IOException {
    Element project = DocumentBuilderFactory.newInstance().newDocumentBuilder()
        .parse(new InputSource(new StringReader(pom))).getDocumentElement();
    Element build = child(project, "build");
    Element plugins = section.equals("plugins") ? child(build, "plugins") : child(child(build, section), "plugins");
    Map<String, String> versions = new TreeMap<>();
    NodeList list = plugins.getElementsByTagName("plugin");
    for (int i = 0; i < list.getLength(); i++) {
      Element plugin = (Element) list.item(i);
      Element group = child(plugin, "groupId");
      String id = (group == null ? "org.apache.maven.plugins" : group.getTextContent().strip()) + ":"
          + child(plugin, "artifactId").getTextContent().strip();
      Element version = child(plugin, "version");
      versions.put(id, version == null ? null : version.getTextContent().strip());
    }
    return versions;
  }

  private static Element child(Element parent, String name) {
    for (var node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
      if (node instanceof Element element && element.getTagName().equals(name)) {
        return element;
      }
    }
    return null;
  }
}
