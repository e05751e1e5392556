package dev.exporterbuilder.runtime.process;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The values of secret flags this process knows, and {@link #redact} that replaces each of them by
 * {@value #REPLACEMENT} in a text: the log and every text response pass through it, so that a
 * password that ends up in an exception message (a JDBC URL in "No suitable driver found for ...")
 * is not written out. A value shorter than {@value #MIN_LENGTH} characters is not redacted: a
 * one-letter "secret" would otherwise cut that letter out of every line, and protects nothing.
 */
public final class Secrets {

  /** The shortest value that is redacted. */
  public static final int MIN_LENGTH = 4;

  public static final String REPLACEMENT = "<secret>";

  /** Longest first, so that a secret that contains another is replaced whole. */
  private static volatile List<String> values = List.of();

  private Secrets() {}

  /** Redacts {@code value} from now on; null, short and known values are ignored. */
  public static synchronized void add(String value) {
    if (value == null || value.length() < MIN_LENGTH || values.contains(value)) {
      return;
    }
    List<String> more = new ArrayList<>(values);
    more.add(value);
    more.sort(Comparator.comparingInt(String::length).reversed());
    values = List.copyOf(more);
  }

  /** {@code text} with every known secret replaced by {@value #REPLACEMENT}; null stays null. */
  public static String redact(String text) {
    if (text == null) {
      return null;
    }
    String redacted = text;
    for (String value : values) {
      if (redacted.contains(value)) {
        redacted = redacted.replace(value, REPLACEMENT);
      }
    }
    return redacted;
  }
}
