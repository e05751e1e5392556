package dev.exporterbuilder.processor;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.exporterbuilder.processor.validation.Message;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The README's "Compile-time checks" table lists exactly the message catalog, so the two cannot drift. */
class ReadmeChecksTest {

  @Test
  void readmeListsEveryDiagnostic() throws IOException {
    List<String> documented = new ArrayList<>();
    for (String line : Files.readAllLines(Path.of("../README.md"))) {
      if (line.matches("\\| EB\\d{3} \\|.*")) {
        documented.add(line);
      }
    }
    List<String> catalog = new ArrayList<>();
    for (Message message : Message.values()) {
      String text = message.pattern().replace("%s", "…").replace("%d", "…").replace("|", "\\|");
      catalog.add("| " + message.id() + " | " + message.kind().name().toLowerCase(Locale.ROOT) + " | " + text + " |");
    }
    assertEquals(String.join("\n", catalog), String.join("\n", documented),
        "update the README's Compile-time checks table from the catalog");
  }
}
