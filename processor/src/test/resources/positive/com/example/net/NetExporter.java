package com.example.net;

import dev.exporterbuilder.annotations.Exporter;

@Exporter(
    name = "net-probe",
    help = "Checks network services, one target per request.",
    port = 9878,
    probes = {TcpCheck.class, HttpCheck.class, Echo.class})
public class NetExporter {}
