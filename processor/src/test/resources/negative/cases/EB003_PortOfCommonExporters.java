package cases;

import dev.exporterbuilder.annotations.Exporter;

/** The default ports of common exporters warn, each naming its exporter; ports beside them do not. */
@Exporter(name = "pump-9100", port = 9100) // warning: [EB003] port 9100 is the default port of node_exporter; pick another so both can run on one host; or keep it with @SuppressWarnings("exporter-builder:prometheus-port")
class PortOfExporter9100 {}

@Exporter(name = "pump-9101", port = 9101) // warning: [EB003] port 9101 is the default port of haproxy_exporter; pick another so both can run on one host; or keep it with @SuppressWarnings("exporter-builder:prometheus-port")
class PortOfExporter9101 {}

@Exporter(name = "pump-9102", port = 9102) // warning: [EB003] port 9102 is the default port of statsd_exporter; pick another so both can run on one host; or keep it with @SuppressWarnings("exporter-builder:prometheus-port")
class PortOfExporter9102 {}

@Exporter(name = "pump-9104", port = 9104) // warning: [EB003] port 9104 is the default port of mysqld_exporter; pick another so both can run on one host; or keep it with @SuppressWarnings("exporter-builder:prometheus-port")
class PortOfExporter9104 {}

@Exporter(name = "pump-9107", port = 9107) // warning: [EB003] port 9107 is the default port of consul_exporter; pick another so both can run on one host; or keep it with @SuppressWarnings("exporter-builder:prometheus-port")
class PortOfExporter9107 {}

@Exporter(name = "pump-9114", port = 9114) // warning: [EB003] port 9114 is the default port of elasticsearch_exporter; pick another so both can run on one host; or keep it with @SuppressWarnings("exporter-builder:prometheus-port")
class PortOfExporter9114 {}

@Exporter(name = "pump-9115", port = 9115) // warning: [EB003] port 9115 is the default port of blackbox_exporter; pick another so both can run on one host; or keep it with @SuppressWarnings("exporter-builder:prometheus-port")
class PortOfExporter9115 {}

@Exporter(name = "pump-9116", port = 9116) // warning: [EB003] port 9116 is the default port of snmp_exporter; pick another so both can run on one host; or keep it with @SuppressWarnings("exporter-builder:prometheus-port")
class PortOfExporter9116 {}

@Exporter(name = "pump-9121", port = 9121) // warning: [EB003] port 9121 is the default port of redis_exporter; pick another so both can run on one host; or keep it with @SuppressWarnings("exporter-builder:prometheus-port")
class PortOfExporter9121 {}

@Exporter(name = "pump-9150", port = 9150) // warning: [EB003] port 9150 is the default port of memcached_exporter; pick another so both can run on one host; or keep it with @SuppressWarnings("exporter-builder:prometheus-port")
class PortOfExporter9150 {}

@Exporter(name = "pump-9182", port = 9182) // warning: [EB003] port 9182 is the default port of windows_exporter; pick another so both can run on one host; or keep it with @SuppressWarnings("exporter-builder:prometheus-port")
class PortOfExporter9182 {}

@Exporter(name = "pump-9187", port = 9187) // warning: [EB003] port 9187 is the default port of postgres_exporter; pick another so both can run on one host; or keep it with @SuppressWarnings("exporter-builder:prometheus-port")
class PortOfExporter9187 {}

@Exporter(name = "pump-9099", port = 9099)
class FreePort9099 {}

@Exporter(name = "pump-19100", port = 19100)
class FreePort19100 {}
