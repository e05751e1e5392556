/**
 * What the code the annotation processor generates calls: the definitions a generated {@code Main}
 * hands the runtime, and the helpers generated collectors use.
 *
 * <p>Not for hand-written code: these types may change in any release, together with the processor
 * that generates their callers.
 */
package dev.exporterbuilder.runtime.generated;
