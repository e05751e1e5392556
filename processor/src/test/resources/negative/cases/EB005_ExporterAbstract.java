package cases;

import dev.exporterbuilder.annotations.Exporter;

@Exporter(name = "pump", port = 9877) // error: [EB005] @Exporter is only allowed on a top-level or static nested class that is not abstract, private or generic; ExporterAbstract is abstract
abstract class ExporterAbstract {}
