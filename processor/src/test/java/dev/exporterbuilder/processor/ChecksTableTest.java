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

/**
 * The table of docs/checks.md, "Compile-time checks", is the message catalog, row for row, so the
 * two cannot drift. {@code -Dreadme.update=true} rewrites the table from the catalog.
 */
class ChecksTableTest {

  private static final Path CHECKS = Path.of("../docs/checks.md");
  private static final String ROW = "\\| EB\\d{3} \\|.*";

  static List<String> catalogRows() {
    List<String> rows = new ArrayList<>();
    for (Message message : Message.values()) {
      String text = message.pattern().replace("%s", "…").replace("%d", "…").replace("|", "\\|");
      rows.add("| " + message.id() + " | " + message.kind().name().toLowerCase(Locale.ROOT) + " | "
          + message.rule().map(rule -> "`" + rule + "`").orElse("—") + " | "
          + (message.promlint().isEmpty() ? "—" : message.promlint()) + " | " + text + " |");
    }
    return rows;
  }

  @Test
  void checksPageListsEveryDiagnostic() throws IOException {
    List<String> lines = Files.readAllLines(CHECKS);
    if (Boolean.getBoolean("readme.update")) {
      List<String> updated = new ArrayList<>();
      boolean written = false;
      for (String line : lines) {
        if (!line.matches(ROW)) {
          updated.add(line);
        } else if (!written) {
          updated.addAll(catalogRows());
          written = true;
        }
      }
      Files.write(CHECKS, updated);
      lines = updated;
    }
    List<String> documented = lines.stream().filter(line -> line.matches(ROW)).toList();
    assertEquals(String.join("\n", catalogRows()), String.join("\n", documented),
        "the table of docs/checks.md differs from the catalog; run with -Dreadme.update=true");
  }
}
