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
   * The states of a {@code @StateSet}: the constant names in ordinal order, read when the generated
   * collector is loaded, so that they match the enum on the class path.
   */
  public static String[] stateNames(Class<? extends Enum<?>> type) {
    Enum<?>[] constants = type.getEnumConstants();
    String[] names = new String[constants.length];
    for (Enum<?> constant : constants) {
      names[constant.ordinal()] = constant.name();
    }
    return names;
  }

  /** The state flags of a {@code @StateSet}: true only at the current constant's ordinal. */
  public static boolean[] states(Enum<?> current, int count) {
    boolean[] states = new boolean[count];
    states[current.ordinal()] = true;
    return states;
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
