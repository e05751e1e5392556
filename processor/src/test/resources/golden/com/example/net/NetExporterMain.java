package com.example.net;

import dev.exporterbuilder.runtime.ExporterRuntime;
import dev.exporterbuilder.runtime.generated.ExporterDefinition;
import dev.exporterbuilder.runtime.generated.ProbeDefinition;
import dev.exporterbuilder.runtime.generated.ProbeTarget;
import java.lang.String;
import javax.annotation.processing.Generated;

/**
 * The command line of exporter {@code net-probe}, generated from {@link NetExporter}.
 * Run it with {@code --help} for its flags.
 */
@Generated("dev.exporterbuilder.processor.ExporterProcessor")
public final class NetExporterMain {
  private NetExporterMain() {
  }

  /**
   * Serves the exporter until SIGTERM or SIGINT; exits 2 on a bad flag, 1 if it cannot listen.
   */
  public static void main(String[] args) {
    ExporterRuntime.main(NetExporterMain::definition, args);
  }

  /**
   * The exporter as the runtime serves it, bound to new instances of its classes.
   */
  public static ExporterDefinition definition() {
    TcpCheck tcpCheck = new TcpCheck();
    HttpCheck httpCheck = new HttpCheck();
    Echo echo = new Echo();
    return ExporterDefinition.builder("net-probe", 9878, NetExporterMain.class)
        .help("Checks network services, one target per request.")
        .namespace("net_probe")
        .probe(ProbeDefinition.withModules("tcp", "TCP connect check.", ProbeTarget.SOCKET_ADDRESS,
            TcpCheckCollector::readModule, new TcpCheckCollector(tcpCheck)))
        .probe(ProbeDefinition.of("http", "HTTP status check.", ProbeTarget.URI,
            new HttpCheckCollector(httpCheck)))
        .probe(ProbeDefinition.of("echo", "Echoes the target's length.", ProbeTarget.STRING,
            new EchoCollector(echo)))
        .build();
  }
}
