package dev.exporterbuilder.runtime.process;

/** Copied into a jar with a manifest by {@link BuildInfoTest}; depends on nothing else. */
public final class VersionProbe {
  private VersionProbe() {}
}
