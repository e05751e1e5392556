package dev.exporterbuilder.processor.validation;

import java.util.Map;
import java.util.Optional;

/**
 * The default ports of Prometheus's own components and of the exporters most often run beside a
 * new one: an exporter that listens on one of them cannot run on the same host with its default
 * flags. The ports are those of Prometheus's "Default port allocations" list
 * (https://github.com/prometheus/prometheus/wiki/Default-port-allocations); each exporter's entry is
 * the default {@code --web.listen-address} in that exporter's own source.
 */
final class DefaultPorts {

  private static final Map<Integer, String> OWNERS = Map.ofEntries(
      Map.entry(9090, "Prometheus"),
      Map.entry(9091, "the Pushgateway"),
      Map.entry(9093, "Alertmanager"),
      Map.entry(9094, "Alertmanager's cluster listener"),
      Map.entry(9100, "node_exporter"),
      Map.entry(9101, "haproxy_exporter"),
      Map.entry(9102, "statsd_exporter"),
      Map.entry(9104, "mysqld_exporter"),
      Map.entry(9107, "consul_exporter"),
      Map.entry(9114, "elasticsearch_exporter"),
      Map.entry(9115, "blackbox_exporter"),
      Map.entry(9116, "snmp_exporter"),
      Map.entry(9121, "redis_exporter"),
      Map.entry(9150, "memcached_exporter"),
      Map.entry(9182, "windows_exporter"),
      Map.entry(9187, "postgres_exporter"));

  private DefaultPorts() {}

  /** What listens on {@code port} by default, such as {@code "node_exporter"}; empty for a free port. */
  static Optional<String> owner(int port) {
    return Optional.ofNullable(OWNERS.get(port));
  }
}
