package dev.exporterbuilder.processor.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Message ids are stable names users search for and suppress by: each is used once, and never again. */
class MessageIdsTest {

  @Test
  void idsAreUniqueAndInDeclarationOrder() {
    Set<String> seen = new HashSet<>();
    Message previous = null;
    for (Message message : Message.values()) {
      assertTrue(seen.add(message.id()), message + " reuses " + message.id());
      if (previous != null) {
        assertTrue(message.number() > previous.number(),
            message + " (" + message.id() + ") is declared after " + previous + " (" + previous.id() + ")");
      }
      previous = message;
    }
  }

  @Test
  void noMessageTakesARetiredId() {
    assertFalse(Message.RETIRED.isEmpty());
    for (Message message : Message.values()) {
      assertFalse(Message.RETIRED.containsKey(message.number()),
          message + " takes " + message.id() + ", retired: " + Message.RETIRED.get(message.number()));
    }
  }

  @Test
  void idsHaveThreeDigits() {
    for (Message message : Message.values()) {
      assertEquals(5, message.id().length(), message.id());
    }
  }
}
