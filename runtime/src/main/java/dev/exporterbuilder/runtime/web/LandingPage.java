package dev.exporterbuilder.runtime.web;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import dev.exporterbuilder.runtime.generated.CollectorDefinition;
import dev.exporterbuilder.runtime.generated.ExporterDefinition;
import dev.exporterbuilder.runtime.generated.ProbeDefinition;
import dev.exporterbuilder.runtime.http.Http;
import dev.exporterbuilder.runtime.process.BuildInfo;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The HTML page at {@code /}: name, help, version, a link to the metrics, the collectors and the
 * probes with an example {@code /probe} link. Rendered once.
 */
public final class LandingPage implements HttpHandler {

  private final byte[] html;

  public LandingPage(ExporterDefinition definition, BuildInfo build, String telemetryPath, List<CollectorDefinition> enabled,
      boolean profiling) {
    String name = escape(definition.name());
    StringBuilder out = new StringBuilder(1024)
        .append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>").append(name).append("</title>\n")
        .append("<style>body{font-family:sans-serif;margin:2em;max-width:60em}"
            + "table{border-collapse:collapse}th,td{border:1px solid #ccc;padding:.3em .8em;text-align:left}"
            + ".enabled{color:#070}.disabled{color:#888}</style>\n")
        .append("</head>\n<body>\n<h1>").append(name).append("</h1>\n");
    if (!definition.help().isEmpty()) {
      out.append("<p>").append(escape(definition.help())).append("</p>\n");
    }
    out.append("<p>Version: ").append(escape(build.version()))
        .append(" (revision: ").append(escape(build.revision())).append(")</p>\n")
        // relative, so that the link also works behind a reverse proxy that adds a path prefix
        .append("<p><a href=\".").append(escape(telemetryPath)).append("\">Metrics</a></p>\n");
    if (profiling) {
      out.append("<p>Profiling: <a href=\".").append(Profiling.THREADS_PATH).append("\">threads</a>, <a href=\".")
          .append(Profiling.JFR_PATH).append("?seconds=").append(Profiling.DEFAULT_SECONDS)
          .append("\">flight recording (").append(Profiling.DEFAULT_SECONDS).append(" s)</a></p>\n");
    }
    out.append("<h2>Collectors</h2>\n<table>\n<tr><th>Collector</th><th>State</th></tr>\n");
    for (CollectorDefinition collector : definition.collectors()) {
      String state = enabled.contains(collector) ? "enabled" : "disabled";
      out.append("<tr><td>").append(escape(collector.name())).append("</td><td class=\"").append(state).append("\">")
          .append(state).append("</td></tr>\n");
    }
    out.append("</table>\n");
    if (!definition.probes().isEmpty()) {
      out.append("<h2>Probes</h2>\n<table>\n<tr><th>Probe</th><th>Target</th><th>Example</th><th>Help</th></tr>\n");
      for (ProbeDefinition probe : definition.probes()) {
        // a probe with modules is asked for with a module of --config.file, which the page does not name
        String link = "./probe?target=" + URLEncoder.encode(probe.target().example(), StandardCharsets.UTF_8)
            + (probe.hasModules() ? "" : "&module=" + URLEncoder.encode(probe.name(), StandardCharsets.UTF_8));
        out.append("<tr><td>").append(escape(probe.name())).append("</td><td>").append(escape(probe.target().typeName()))
            .append("</td><td><a href=\"").append(escape(link)).append("\">").append(escape(link.substring(1)))
            .append("</a>").append(probe.hasModules() ? " with &amp;module= a module of --config.file" : "")
            .append("</td><td>").append(escape(probe.help())).append("</td></tr>\n");
      }
      out.append("</table>\n");
    }
    out.append("</body>\n</html>\n");
    this.html = out.toString().getBytes(StandardCharsets.UTF_8);
  }

  @Override
  public void handle(HttpExchange exchange) throws IOException {
    Http.send(exchange, 200, Http.HTML, html);
  }

  static String escape(String text) {
    StringBuilder out = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '<':
          out.append("&lt;");
          break;
        case '>':
          out.append("&gt;");
          break;
        case '&':
          out.append("&amp;");
          break;
        case '"':
          out.append("&quot;");
          break;
        case '\'':
          out.append("&#39;");
          break;
        default:
          out.append(c);
      }
    }
    return out.toString();
  }
}
