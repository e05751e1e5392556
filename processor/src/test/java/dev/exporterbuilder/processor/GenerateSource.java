package dev.exporterbuilder.processor;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Test input: asks {@link SourceGeneratingProcessor}, an annotation processor other than ours, to
 * write a source file, as AutoValue or Immutables write the types that users' classes refer to.
 */
@Retention(RetentionPolicy.SOURCE)
@Target(ElementType.TYPE)
public @interface GenerateSource {

  /** The qualified name of the type to write. */
  String name();

  /** Its source. */
  String source();
}
