package dev.exporterbuilder.processor.artifact;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/** Strings the operator files hold (help texts, flag defaults, PromQL) read back unchanged by real parsers. */
class ScalarsTest {

  private static final List<String> TEXTS = List.of(
      "", " ", "plain", "cpu-temp", "/metrics", "15s", "1.0", "0x1F", "yes", "No", "null", "~", "true", "on",
      "-leading dash", "- item", "? key", ": colon", "a: b", "a #comment", "#hash", "trailing ", " leading",
      "it's", "''", "\"quoted\"", "back\\slash", "{{ $labels.instance }}", "{key}", "[list]", "*alias", "&anchor",
      "!tag", "%directive", "@at", "`tick`", "|pipe", ">fold", "up{job=\"x\"} == 0", "a, b", "tab\there",
      "line\nbreak", "cr\rhere", "bell\u0007", "del\u007f", "nel\u0085", "nbsp\u00a0", "ls\u2028ps\u2029",
      "bom\ufeff", "é ü ß", "温度", "emoji \ud83c\udf21", "^/(dev|proc|sys)($|/)", "C:\\path", "=", "<<");

  @Test
  void yamlScalarsReadBackUnchanged() {
    Yaml yaml = new Yaml(new SafeConstructor(new LoaderOptions()));
    for (String text : TEXTS) {
      String document = "key: " + dev.exporterbuilder.processor.artifact.Yaml.string(text) + "\n";
      Map<String, Object> read = yaml.load(document);
      assertEquals(text, read.get("key"), document);
      String quoted = "key: " + dev.exporterbuilder.processor.artifact.Yaml.quoted(text) + "\n";
      Map<String, Object> readQuoted = yaml.load(quoted);
      assertEquals(text, readQuoted.get("key"), quoted);
    }
  }

  @Test
  void jsonStringsReadBackUnchanged() throws IOException {
    ObjectMapper mapper = new ObjectMapper();
    for (String text : TEXTS) {
      String document = Json.write(Json.obj().put("key", text).put("list", List.of(text, text)));
      assertEquals(text, mapper.readTree(document).get("key").asText(), document);
      assertEquals(text, mapper.readTree(document).get("list").get(1).asText(), document);
    }
    String lone = "lone \ud800 surrogate";
    assertEquals(lone, mapper.readTree(Json.write(Json.obj().put("key", lone))).get("key").asText());
  }

  @Test
  void numbersAreWrittenWithoutNeedlessFractions() {
    assertEquals("90", Json.number(90.0));
    assertEquals("1.5", Json.number(1.5));
    assertEquals("0.001", Json.number(0.001));
    assertEquals("9879", Json.number(9879));
  }
}
