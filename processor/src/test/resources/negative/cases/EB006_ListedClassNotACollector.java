package cases;

import dev.exporterbuilder.annotations.Exporter;

@Exporter(
    name = "pump",
    port = 9877,
    collectors = {String.class}) // error: [EB006] java.lang.String is listed in @Exporter(collectors) but is not annotated @Collector; annotate it or remove it from the list
class ListedClassNotACollector {}
