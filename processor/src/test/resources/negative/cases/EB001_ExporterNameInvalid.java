package cases;

import dev.exporterbuilder.annotations.Exporter;

@Exporter(
    name = "Cpu Temp", // error: [EB001] exporter name "Cpu Temp" is not lowercase words joined by '-' or '_'; write something like "cpu-temp"
    port = 9877)
class ExporterNameInvalid {}
