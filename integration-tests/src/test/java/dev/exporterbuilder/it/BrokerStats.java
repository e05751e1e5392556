package dev.exporterbuilder.it;

import dev.exporterbuilder.annotations.Collector;
import dev.exporterbuilder.annotations.Histogram;
import dev.exporterbuilder.annotations.Label;
import dev.exporterbuilder.annotations.Summary;
import dev.exporterbuilder.runtime.ConstHistogram;
import dev.exporterbuilder.runtime.ConstSummary;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Scrape-time histograms and summaries: the broker aggregates, the exporter relays its numbers. */
@Collector(subsystem = "broker")
public class BrokerStats {

  record TopicLatency(@Label String topic, ConstSummary latency) {}

  @Histogram(help = "Delivery latency as the broker buckets it.", unit = "seconds")
  ConstHistogram delivery() {
    return ConstHistogram.of(10, 2.5, Map.of(0.1, 3L, 0.5, 7L, 1.0, 9L));
  }

  @Histogram(help = "Message size per queue, as the broker buckets it.", unit = "bytes", labels = "queue")
  Map<String, ConstHistogram> messageSize() {
    Map<String, ConstHistogram> sizes = new TreeMap<>();
    sizes.put("orders", ConstHistogram.of(4, 4096, Map.of(512.0, 1L, 2048.0, 4L)));
    sizes.put("refunds", null);
    return sizes;
  }

  @Summary(help = "Publish latency per topic.", unit = "seconds")
  List<TopicLatency> publish() {
    return List.of(new TopicLatency("audit", ConstSummary.of(5, 0.75, Map.of(0.5, 0.1, 0.99, 0.4))));
  }

  /** Counts that decrease: the broker sent garbage, which costs only this member. */
  @Histogram(help = "Buckets that are not cumulative.", unit = "seconds")
  ConstHistogram garbled() {
    return ConstHistogram.of(5, 1, Map.of(0.1, 4L, 1.0, 2L));
  }
}
