package cases;

import dev.exporterbuilder.annotations.Exporter;

@Exporter(
    name = "net",
    port = 9878,
    probes = {String.class}) // error: [EB200] java.lang.String is listed in @Exporter(probes) but is not annotated @Probe; annotate it or remove it from the list
class ListedClassNotAProbe {}
