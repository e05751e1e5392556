package dev.exporterbuilder.processor;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import com.google.testing.compile.JavaFileObjects;
import java.util.List;
import java.util.Locale;
import javax.tools.Diagnostic;
import org.junit.jupiter.api.Test;

/**
 * javac reports a missing required attribute, or a value that does not compile, itself; with
 * {@code -XDshould-stop.ifError=FLOW} (as some builds set it) it still runs the processor on such
 * code. The processor reads those attributes as absent: its own diagnostics follow from that, and it
 * never fails ([EB099]).
 */
class MissingAttributesTest {

  private static List<String> errors(String source) {
    Compilation compilation = Compiler.javac()
        .withProcessors(new ExporterProcessor())
        .withOptions("-XDshould-stop.ifError=FLOW", "--release", "17")
        .compile(JavaFileObjects.forSourceString("cases.Broken", source));
    assertEquals(Compilation.Status.FAILURE, compilation.status());
    return compilation.errors().stream()
        .map(d -> String.format(Locale.ROOT, "%02d: %s", d.getLineNumber(),
            d.getMessage(Locale.ROOT).lines().findFirst().orElse("")))
        .sorted()
        .toList();
  }

  @Test
  void aMissingHelpIsReportedAsMissingHelp() {
    assertEquals(List.of(
            "07: [EB043] @Gauge level needs a help text saying what is measured; write help = \"...\"",
            "07: annotation @dev.exporterbuilder.annotations.Gauge is missing a default value for the element 'help'"),
        errors("""
            package cases;

            import dev.exporterbuilder.annotations.*;

            @Collector
            class Broken {
              @Gauge(unit = "bytes")
              double level;
            }
            """));
  }

  @Test
  void aHelpThatDoesNotCompileIsReportedAsMissingHelp() {
    assertEquals(List.of(
            "07: [EB043] @Counter requests needs a help text saying what is measured; write help = \"...\"",
            "07: cannot find symbol"),
        errors("""
            package cases;

            import dev.exporterbuilder.annotations.*;

            @Collector
            class Broken {
              @Counter(help = UNDEFINED_HELP)
              long requests;
            }
            """));
  }

  @Test
  void otherAttributesThatAreMissingOrDoNotCompileAreLeftToJavac() {
    // a @SuppressWarnings whose value does not compile switches nothing off, and is not a failure
    assertEquals(List.of(
            "05: annotation @dev.exporterbuilder.annotations.Exporter is missing a default value for the element 'port'",
            "08: cannot find symbol",
            "12: cannot find symbol",
            "16: cannot find symbol",
            "20: incompatible types: java.lang.String cannot be converted to double",
            "23: cannot find symbol",
            "24: [EB041] metric name \"queueDepth\" (exposed as \"broken_queueDepth\") is camelCase; write \"queue_depth\"; or keep it with"
                + " @SuppressWarnings(\"exporter-builder:camel-case\")"),
        errors("""
            package cases;

            import dev.exporterbuilder.annotations.*;

            @Exporter(name = "broken")
            class Broken {
              @Gauge(help = "Queue depth per queue.",
                  labels = {"queue", UNDEFINED_LABEL})
              java.util.Map<String, Long> depth;

              @Histogram(help = "Request latency.", unit = "seconds",
                  buckets = {0.1, UNDEFINED_BOUND})
              io.prometheus.metrics.core.metrics.Histogram latency;

              @Gauge(help = "Temperature.",
                  unit = UNDEFINED_UNIT)
              double temperature;

              @Summary(help = "Response sizes.", unit = "bytes",
                  quantiles = {0.5, "0.9"})
              io.prometheus.metrics.core.metrics.Summary sizes;

              @SuppressWarnings(UNDEFINED_RULE)
              @Gauge(name = "queueDepth", help = "Messages waiting.")
              int waiting;
            }
            """));
  }
}
