package dev.exporterbuilder.it;

import dev.exporterbuilder.annotations.Exporter;

/**
 * An exporter whose collectors share one reading per run, counted, or fail in ways that must each
 * make one WARN line, for {@link ReadingTest}.
 */
@Exporter(
    name = "reading-it",
    help = "Collectors with one reading per run, for the integration tests.",
    port = 19312,
    collectors = {StatReading.class, CachedReading.class, BrokenReading.class, NullReading.class,
        MissingFiles.class})
public class ReadingExporter {}
