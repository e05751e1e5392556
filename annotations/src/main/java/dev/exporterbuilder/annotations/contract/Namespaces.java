package dev.exporterbuilder.annotations.contract;

/** The metric namespace of an exporter. */
public final class Namespaces {

  private Namespaces() {}

  /**
   * The namespace an exporter gets when its {@code @Exporter} gives none: its name with dashes made
   * underscores, so {@code queue-depth} serves {@code queue_depth_...}.
   */
  public static String defaultFor(String exporterName) {
    return exporterName.replace('-', '_');
  }
}
