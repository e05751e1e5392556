package com.example.pump;

import dev.exporterbuilder.annotations.Collector;
import dev.exporterbuilder.annotations.Histogram;
import dev.exporterbuilder.annotations.Label;
import dev.exporterbuilder.annotations.Summary;
import dev.exporterbuilder.runtime.ConstHistogram;
import dev.exporterbuilder.runtime.ConstSummary;
import java.util.List;
import java.util.Map;

/** Scrape-time histograms and summaries: the pump controller aggregates, the exporter relays. */
@Collector(subsystem = "controller")
public class Controller {

  record StationPolling(@Label String station, ConstSummary seconds) {}

  @Histogram(help = "Controller response time, as the controller aggregates it.", unit = "seconds")
  ConstHistogram response() {
    return ConstHistogram.of(10, 1.5, Map.of(0.1, 4L, 1.0, 9L));
  }

  @Histogram(help = "Valve travel time per valve.", unit = "seconds", labels = "valve")
  Map<String, ConstHistogram> travel() {
    return Map.of("inlet", ConstHistogram.of(2, 7, Map.of(5.0, 2L)));
  }

  @Summary(help = "Polling time per station.", unit = "seconds")
  List<StationPolling> polling() {
    return List.of(new StationPolling("north", ConstSummary.of(3, 0.3, Map.of(0.5, 0.1))));
  }

  @Summary(help = "Time to prime the pump.", unit = "seconds")
  static ConstSummary priming;
}
