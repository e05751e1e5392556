package cases;

import dev.exporterbuilder.annotations.Exporter;

@Exporter(name = "pump", port = 9100) // error: [EB005] @Exporter is only allowed on a top-level or static nested class that is neither abstract nor private
abstract class ExporterAbstract {}
