package dev.exporterbuilder.runtime;

/** Value checks that generated collectors apply before building a data point. */
public final class Samples {

  private Samples() {}

  /**
   * Returns {@code value} if it is a valid counter value.
   *
   * @throws IllegalArgumentException if {@code value} is negative or NaN; the member then reports no sample
   */
  public static double counterValue(double value) {
    if (!(value >= 0)) {
      throw new IllegalArgumentException("counter value " + value + " is negative or NaN");
    }
    return value;
  }

  /**
   * A label value: an enum's {@code name()}, {@code ""} for null (client_java accepts a null label
   * value when it is built but fails the whole scrape when writing it), else {@code toString()}.
   */
  public static String labelValue(Object value) {
    if (value == null) {
      return "";
    }
    return value instanceof Enum<?> constant ? constant.name() : value.toString();
  }
}
