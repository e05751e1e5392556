package dev.exporterbuilder.runtime.generated;

/**
 * Builds a probe's module record from one module of {@code --config.file}; generated, reading each
 * component by name and type from {@link ModuleValues}.
 *
 * @param <M> the module record
 */
@FunctionalInterface
public interface ModuleReader<M> {

  /** @throws IllegalArgumentException naming the key, for a value missing or of the wrong type */
  M read(ModuleValues values);
}
