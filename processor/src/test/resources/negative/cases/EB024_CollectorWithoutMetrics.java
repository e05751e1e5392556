package cases;

import dev.exporterbuilder.annotations.Collector;

@Collector // warning: [EB024] collector CollectorWithoutMetrics has no @Gauge or @Counter members; it will expose nothing but its scrape status; or keep it with @SuppressWarnings("exporter-builder:empty-collector")
class CollectorWithoutMetrics {}
