package cases;

import dev.exporterbuilder.annotations.Exporter;

@Exporter(
    name = "pump",
    port = 70000) // error: [EB002] port 70000 is outside 1-65535; pick a free port from the Prometheus default port allocations
class PortOutOfRange {}
