package dev.exporterbuilder.example;

import dev.exporterbuilder.testsupport.OperatorArtifactsContract;

/** The host exporter's operator artifacts (target/exporter-builder/host/), checked by promtool and the schemas. */
class OperatorArtifactsTest extends OperatorArtifactsContract {

  @Override
  protected String exporterName() {
    return "host";
  }
}
