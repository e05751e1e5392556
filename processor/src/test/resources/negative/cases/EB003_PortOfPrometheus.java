package cases;

import dev.exporterbuilder.annotations.Exporter;

@Exporter(
    name = "pump",
    port = 9093) // warning: [EB003] port 9093 is the default port of Alertmanager; pick another so both can run on one host; or keep it with @SuppressWarnings("exporter-builder:prometheus-port")
class PortOfPrometheus {}
