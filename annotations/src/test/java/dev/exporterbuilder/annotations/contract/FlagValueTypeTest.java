package dev.exporterbuilder.annotations.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class FlagValueTypeTest {

  @Test
  void fieldTypesAsTheProcessorNamesThem() {
    assertEquals(Optional.of(FlagValueType.INT), FlagValueType.of("int"));
    assertEquals(Optional.of(FlagValueType.INT), FlagValueType.of("java.lang.Integer"));
    assertEquals(Optional.of(FlagValueType.BOOLEAN), FlagValueType.of("boolean"));
    assertEquals(Optional.of(FlagValueType.STRING_LIST), FlagValueType.of("java.util.List"));
    assertEquals(Optional.empty(), FlagValueType.of("float"));
    assertEquals(Optional.empty(), FlagValueType.of("java.lang.Float"));
    assertEquals(Optional.empty(), FlagValueType.of(""), "no type has an empty name");
  }

  @Test
  void valueClassesAsTheRuntimeSeesThem() {
    assertEquals(Optional.of(FlagValueType.LONG), FlagValueType.of(Long.class));
    assertEquals(Optional.of(FlagValueType.DURATION), FlagValueType.of(Duration.class));
    assertEquals(Optional.of(FlagValueType.PATH), FlagValueType.of(Path.class));
    assertEquals(Optional.of(FlagValueType.ENUM), FlagValueType.of(ChronoUnit.class));
    assertEquals(Optional.of(FlagValueType.STRING_LIST), FlagValueType.of(List.class));
    // a parsed value is an object: a primitive class is never a flag's value class
    assertEquals(Optional.empty(), FlagValueType.of(int.class));
    assertEquals(Optional.empty(), FlagValueType.of(boolean.class));
  }

  @Test
  void placeholders() {
    assertEquals("INT", FlagValueType.LONG.placeholder("ignored"));
    assertEquals("FLOAT", FlagValueType.DOUBLE.placeholder("ignored"));
    assertEquals("CHRONOUNIT", FlagValueType.ENUM.placeholder("ChronoUnit"));
  }

  @Test
  void theDescriptionNamesEveryTypeOnce() {
    assertEquals("String, int, long, double, boolean (or their boxes), Duration, Path, an enum or List<String>",
        FlagValueType.DESCRIPTION);
  }
}
