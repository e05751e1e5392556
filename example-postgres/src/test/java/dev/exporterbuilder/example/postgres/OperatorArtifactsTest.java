package dev.exporterbuilder.example.postgres;

import dev.exporterbuilder.testsupport.OperatorArtifactsContract;

/** The postgres exporter's operator artifacts (target/exporter-builder/postgres/), checked by promtool and the schemas. */
class OperatorArtifactsTest extends OperatorArtifactsContract {

  @Override
  protected String exporterName() {
    return "postgres";
  }
}
