package dev.exporterbuilder.processor.descriptor;

import dev.exporterbuilder.processor.model.ValueKind;
import java.util.Optional;

/**
 * How a value the author's code returns becomes a sample: the value kinds a writer can emit, without
 * the reader's {@link ValueKind#ENUM} (a state set's, described by {@link Samples.States}) and
 * {@link ValueKind#UNSUPPORTED}.
 */
public enum SampleValue {
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
  /** {@code ConstHistogram}: the value of a scrape-time {@code @Histogram}; null means no sample. */
  HISTOGRAM_DATA,
  /** {@code ConstSummary}: the value of a scrape-time {@code @Summary}; null means no sample. */
  SUMMARY_DATA;

  /** The sample value of a value kind the reader found; empty for those that are not one. */
  static Optional<SampleValue> of(ValueKind kind) {
    return switch (kind) {
      case PRIMITIVE_NUMBER -> Optional.of(PRIMITIVE_NUMBER);
      case NUMBER -> Optional.of(NUMBER);
      case PRIMITIVE_BOOLEAN -> Optional.of(PRIMITIVE_BOOLEAN);
      case BOOLEAN -> Optional.of(BOOLEAN);
      case ATOMIC_BOOLEAN -> Optional.of(ATOMIC_BOOLEAN);
      case OPTIONAL_DOUBLE -> Optional.of(OPTIONAL_DOUBLE);
      case OPTIONAL_LONG -> Optional.of(OPTIONAL_LONG);
      case OPTIONAL_INT -> Optional.of(OPTIONAL_INT);
      case HISTOGRAM_DATA -> Optional.of(HISTOGRAM_DATA);
      case SUMMARY_DATA -> Optional.of(SUMMARY_DATA);
      case ENUM, UNSUPPORTED -> Optional.empty();
    };
  }
}
