package dev.exporterbuilder.processor.model;

/** The value types a {@code @Flag} field may have. */
public enum FlagType {
  STRING,
  INT,
  LONG,
  DOUBLE,
  BOOLEAN,
  DURATION,
  PATH,
  ENUM,
  STRING_LIST,
  UNSUPPORTED
}
