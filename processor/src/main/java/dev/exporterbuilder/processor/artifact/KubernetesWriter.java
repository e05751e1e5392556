package dev.exporterbuilder.processor.artifact;

import dev.exporterbuilder.annotations.contract.JvmFlags;
import java.util.List;
import java.util.Locale;

/**
 * {@code kubernetes.yaml}: a Deployment running the exporter with the recommended JVM flags, a
 * Service, and a prometheus-operator ServiceMonitor that scrapes it as {@code scrape.yml} does.
 * Secret flags with an environment variable come from the Secret named after the exporter.
 */
final class KubernetesWriter {

  /** The JVM flags recommended for a small footprint, the project's {@link JvmFlags#SMALL}. */
  static final String JVM_FLAGS = JvmFlags.line(JvmFlags.SMALL);

  private KubernetesWriter() {}

  static String write(Catalog catalog) {
    Catalog.Exporter exporter = catalog.exporter();
    String name = objectName(exporter.name());
    // The label keeps the exporter name as it is: the ServiceMonitor takes the job label from it
    // (jobLabel), and alerts.yml and dashboard.json select job="<exporter name>", also for a name
    // with '_' that an object name cannot hold.
    String label = Yaml.string(exporter.name());
    List<Catalog.Flag> secrets = catalog.flags().stream().filter(flag -> flag.secret() && flag.env().isPresent()).toList();
    StringBuilder out = new StringBuilder();
    out.append("# The ").append(exporter.name()).append(" exporter on Kubernetes. The image is a placeholder: build one that\n")
        .append("# runs the shaded jar (java -jar) as its entrypoint and put its name here.\n");
    out.append("apiVersion: apps/v1\n");
    out.append("kind: Deployment\n");
    metadata(out, name, label);
    out.append("spec:\n");
    out.append("  replicas: 1\n");
    out.append("  selector:\n");
    out.append("    matchLabels:\n");
    out.append("      app.kubernetes.io/name: ").append(label).append('\n');
    out.append("  template:\n");
    out.append("    metadata:\n");
    out.append("      labels:\n");
    out.append("        app.kubernetes.io/name: ").append(label).append('\n');
    out.append("    spec:\n");
    out.append("      securityContext:\n");
    out.append("        runAsNonRoot: true\n");
    out.append("        runAsUser: 65534\n");
    out.append("        runAsGroup: 65534\n");
    out.append("      containers:\n");
    out.append("        - name: ").append(Yaml.string(name)).append('\n');
    out.append("          image: ").append(Yaml.quoted(name + ":latest")).append('\n');
    out.append("          ports:\n");
    out.append("            - name: metrics\n");
    out.append("              containerPort: ").append(exporter.port()).append('\n');
    out.append("          env:\n");
    out.append("            - name: JAVA_TOOL_OPTIONS\n");
    out.append("              value: ").append(Yaml.string(JVM_FLAGS)).append('\n');
    for (Catalog.Flag flag : secrets) {
      String variable = flag.env().orElseThrow();
      out.append("            - name: ").append(Yaml.string(variable)).append('\n');
      out.append("              valueFrom:\n");
      out.append("                secretKeyRef:\n");
      out.append("                  name: ").append(Yaml.string(name)).append('\n');
      out.append("                  key: ").append(Yaml.string(secretKey(variable))).append('\n');
    }
    for (String probe : List.of("readinessProbe", "livenessProbe")) {
      out.append("          ").append(probe).append(":\n");
      out.append("            httpGet:\n");
      out.append("              path: /-/healthy\n");
      out.append("              port: metrics\n");
      out.append("            periodSeconds: ").append(probe.equals("livenessProbe") ? 30 : 10).append('\n');
    }
    out.append("          resources:\n");
    out.append("            requests:\n");
    out.append("              cpu: 50m\n");
    out.append("              memory: 96Mi\n");
    out.append("            limits:\n");
    out.append("              cpu: 500m\n");
    out.append("              memory: 160Mi\n");
    out.append("          securityContext:\n");
    out.append("            allowPrivilegeEscalation: false\n");
    out.append("            readOnlyRootFilesystem: true\n");
    out.append("            capabilities:\n");
    out.append("              drop: [ALL]\n");
    out.append("          volumeMounts:\n");
    out.append("            - name: tmp\n");
    out.append("              mountPath: /tmp\n");
    out.append("      volumes:\n");
    out.append("        - name: tmp\n");
    out.append("          emptyDir: {}\n");
    out.append("---\n");
    out.append("apiVersion: v1\n");
    out.append("kind: Service\n");
    metadata(out, name, label);
    out.append("spec:\n");
    out.append("  selector:\n");
    out.append("    app.kubernetes.io/name: ").append(label).append('\n');
    out.append("  ports:\n");
    out.append("    - name: metrics\n");
    out.append("      port: ").append(exporter.port()).append('\n');
    out.append("      targetPort: metrics\n");
    out.append("---\n");
    out.append("apiVersion: monitoring.coreos.com/v1\n");
    out.append("kind: ServiceMonitor\n");
    metadata(out, name, label);
    out.append("spec:\n");
    out.append("  jobLabel: app.kubernetes.io/name\n");
    out.append("  selector:\n");
    out.append("    matchLabels:\n");
    out.append("      app.kubernetes.io/name: ").append(label).append('\n');
    out.append("  endpoints:\n");
    out.append("    - port: metrics\n");
    out.append("      path: ").append(Yaml.string(exporter.metricsPath())).append('\n');
    out.append("      interval: ").append(catalog.scrape().intervalSeconds()).append("s\n");
    out.append("      scrapeTimeout: ").append(catalog.scrape().timeoutSeconds()).append("s\n");
    return out.toString();
  }

  private static void metadata(StringBuilder out, String name, String label) {
    out.append("metadata:\n");
    out.append("  name: ").append(Yaml.string(name)).append('\n');
    out.append("  labels:\n");
    out.append("    app.kubernetes.io/name: ").append(label).append('\n');
  }

  /** The exporter name as a Kubernetes object name (RFC 1123 label): lower case, {@code -} for anything else. */
  static String objectName(String exporterName) {
    String name = exporterName.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9-]+", "-").replaceAll("^-+|-+$", "");
    return name.isEmpty() ? "exporter" : name;
  }

  /** The key of a secret flag's value in the Secret: its environment variable in lower case. */
  static String secretKey(String variable) {
    return variable.toLowerCase(Locale.ROOT);
  }
}
