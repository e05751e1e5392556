package dev.exporterbuilder.processor.model;

import dev.exporterbuilder.annotations.KeyCase;
import javax.lang.model.type.TypeMirror;

/**
 * The {@code {key}} of a member that names one family per key, as written.
 *
 * @param before the name before the first {@code {key}}
 * @param after the name after the first {@code {key}}
 * @param placeholders how often {@code {key}} appears in the name; valid once
 * @param keyCase how a key becomes a name part
 * @param declaredType the member's type as declared: for a valid member a {@code Map} whose values
 *     the model reads as the member's type
 * @param keyType the map's key type; null when the member's type is not a {@code Map}
 */
public record KeyedName(String before, String after, int placeholders, KeyCase keyCase, TypeMirror declaredType,
    TypeMirror keyType) {

  /** What a name holds where the key goes. */
  public static final String PLACEHOLDER = "{key}";

  /**
   * What stands for the key where the static parts of the name are checked: a plain word, so that the
   * name with it must pass every rule that does not depend on the key.
   */
  public static final String SAMPLE_KEY = "key";

  /** The name with each {@code {key}} replaced by {@link #SAMPLE_KEY}. */
  public static String sample(String name) {
    return name.replace(PLACEHOLDER, SAMPLE_KEY);
  }

  /** How often {@code {key}} appears in {@code text}. */
  public static int count(String text) {
    int count = 0;
    for (int at = text.indexOf(PLACEHOLDER); at >= 0; at = text.indexOf(PLACEHOLDER, at + PLACEHOLDER.length())) {
      count++;
    }
    return count;
  }
}
