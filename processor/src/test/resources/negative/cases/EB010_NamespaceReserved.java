package cases;

import dev.exporterbuilder.annotations.Exporter;

@Exporter(
    name = "sidecar",
    namespace = "process", // error: [EB010] namespace "process" belongs to client_java's process metrics, which every generated exporter serves, and names in it would collide or mislead; use the name of the system you export
    port = 9905)
class NamespaceReserved {}
