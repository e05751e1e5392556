package cases;

import dev.exporterbuilder.annotations.Exporter;

@Exporter(
    name = "pump",
    namespace = "Pump-Station", // error: [EB004] namespace "Pump-Station" is not a snake_case metric name prefix; write something like "pump_station"
    port = 9877)
class NamespaceInvalid {}
