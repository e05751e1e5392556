package cases;

import dev.exporterbuilder.annotations.Exporter;

@Exporter(
    name = "relay",
    namespace = "relay_ms", // error: [EB051] namespace "relay_ms" puts the abbreviated unit "ms" into the exposed name relay_ms_scrape_collector_success; remove it, and where it is the metric's unit set unit = "seconds", converting the value if needed; or keep it with @SuppressWarnings("exporter-builder:unit-abbreviation")
    port = 9105)
class NamespaceWithoutMetrics {}
