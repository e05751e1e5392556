package dev.exporterbuilder.it;

import dev.exporterbuilder.annotations.Exporter;
import dev.exporterbuilder.annotations.Flag;
import dev.exporterbuilder.annotations.Gauge;

/** An exporter written against SPEC §3–§4 only: an exporter class that is also a collector, with a flag. */
@Exporter(
    name = "queue-it",
    help = "Queues of a message broker, for the integration tests.",
    port = 19311,
    collectors = {Queues.class, Faults.class, Extras.class, Devices.class, Rpc.class, BrokerStats.class, Inventory.class,
        Stalled.class, Hung.class, Bulk.class, Overflow.class})
public class QueueExporter {

  @Flag(help = "Broker name, exposed as its length.")
  static String broker = "primary";

  @Gauge(help = "Length of the broker name.")
  static int brokerNameLength() {
    return broker.length();
  }
}
