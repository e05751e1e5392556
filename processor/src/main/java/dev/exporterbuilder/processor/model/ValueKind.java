package dev.exporterbuilder.processor.model;

/**
 * How a metric member's value becomes a sample. Each kind fixes the Java expression that reads the
 * value and whether the member can yield no sample (a null box, an empty optional).
 */
public enum ValueKind {
  /** {@code double}, {@code float}, {@code long}, {@code int}, {@code short}, {@code byte}. */
  PRIMITIVE_NUMBER,
  /** Any {@code java.lang.Number}: the boxes, atomics and adders; null means no sample. */
  NUMBER,
  /** {@code boolean}: 1 or 0. */
  PRIMITIVE_BOOLEAN,
  /** {@code Boolean}: 1 or 0; null means no sample. */
  BOOLEAN,
  /** {@code AtomicBoolean}: 1 or 0; null means no sample. */
  ATOMIC_BOOLEAN,
  /** {@code OptionalDouble}: empty means no sample. */
  OPTIONAL_DOUBLE,
  /** {@code OptionalLong}: empty means no sample. */
  OPTIONAL_LONG,
  /** {@code OptionalInt}: empty means no sample. */
  OPTIONAL_INT,
  /** An enum: the value of a {@code @StateSet}; not a gauge or counter value. */
  ENUM,
  /** {@code ConstHistogram}: the value of a scrape-time {@code @Histogram}; null means no sample. */
  HISTOGRAM_DATA,
  /** {@code ConstSummary}: the value of a scrape-time {@code @Summary}; null means no sample. */
  SUMMARY_DATA,
  /** Anything else: reported as an error, never written. */
  UNSUPPORTED
}
