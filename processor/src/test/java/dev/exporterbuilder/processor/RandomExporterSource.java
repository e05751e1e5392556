package dev.exporterbuilder.processor;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * Writes one random, syntactically valid compilation unit {@code gen.Case<n>}: a top-level class
 * holding an {@code @Exporter} and some {@code @Collector} classes as nested classes, with random
 * names, units, help, member kinds and types, modifiers, constructors and flags. Every choice has a
 * pool of good values and one of mistakes; a third of the cases use only good ones, the others make
 * each choice a mistake with probability 1/6. Everything comes from {@link Random}, so a seed
 * reproduces a case.
 */
final class RandomExporterSource {

  /** Metric member types with an expression of each. */
  private static final Map<String, String> VALUES = Map.ofEntries(
      Map.entry("double", "1.5"), Map.entry("float", "1.5f"), Map.entry("long", "2L"), Map.entry("int", "3"),
      Map.entry("short", "(short) 4"), Map.entry("byte", "(byte) 5"), Map.entry("Double", "1.5"),
      Map.entry("Integer", "3"), Map.entry("Long", "null"), Map.entry("Number", "7"), Map.entry("boolean", "true"),
      Map.entry("Boolean", "Boolean.TRUE"), Map.entry("OptionalDouble", "OptionalDouble.of(1)"),
      Map.entry("OptionalLong", "OptionalLong.empty()"), Map.entry("OptionalInt", "OptionalInt.of(2)"),
      Map.entry("AtomicLong", "new AtomicLong(3)"), Map.entry("AtomicInteger", "new AtomicInteger(4)"),
      Map.entry("LongAdder", "new LongAdder()"), Map.entry("DoubleAdder", "new DoubleAdder()"),
      Map.entry("AtomicBoolean", "new AtomicBoolean(true)"), Map.entry("BigDecimal", "BigDecimal.TEN"),
      Map.entry("String", "\"s\""), Map.entry("char", "'c'"), Map.entry("Object", "new Object()"),
      Map.entry("int[]", "new int[0]"), Map.entry("List<String>", "List.of()"),
      Map.entry("Duration", "Duration.ofSeconds(15)"),
      Map.entry("Path", "Path.of(\"/tmp\")"), Map.entry("Mode", "Mode.A"), Map.entry("List<Integer>", "List.of()"),
      Map.entry("Map<String, Double>", "Map.of(\"a\", 1.0, \"b\\\"\\n\", 2.0)"),
      Map.entry("Map<Mode, OptionalLong>", "Map.of(Mode.A, OptionalLong.of(2), Mode.B, OptionalLong.empty())"),
      Map.entry("Map<String, String>", "Map.of()"),
      Map.entry("List<R>", "List.of(new R(\"a\", Mode.A, 1), new R(\"b\\\"\", Mode.B, 2))"),
      Map.entry("Stream<R>", "Stream.of(new R(\"a\", null, 1))"), Map.entry("R[]", "new R[] {new R(null, Mode.A, 3)}"),
      Map.entry("List<NoLabel>", "List.of()"), Map.entry("List<TwoValues>", "List.of()"),
      Map.entry("List<Hidden>", "List.of()"),
      Map.entry("ConstHistogram", "ConstHistogram.of(3, 1.5, Map.of(1.0, 2L))"),
      Map.entry("ConstSummary", "ConstSummary.of(3, 1.5, Map.of(0.5, 1.0))"),
      Map.entry("Map<String, ConstHistogram>", "Map.of(\"a\", ConstHistogram.of(1, 1, Map.of()))"),
      Map.entry("List<Disk>", "List.of(new Disk(\"sda\", 5), new Disk(\"sdb\", 6))"),
      Map.entry("List<Bare>", "List.of()"),
      Map.entry("io.prometheus.metrics.core.metrics.Counter", "null"),
      Map.entry("io.prometheus.metrics.core.metrics.Gauge", "null"));

  private static final List<String> GOOD_VALUE_TYPES = List.of("double", "float", "long", "int", "short", "byte",
      "Double", "Integer", "Long", "Number", "boolean", "Boolean", "OptionalDouble", "OptionalLong", "OptionalInt",
      "AtomicLong", "AtomicInteger", "LongAdder", "DoubleAdder", "AtomicBoolean", "BigDecimal", "Map<String, Double>",
      "Map<Mode, OptionalLong>", "List<R>", "Stream<R>", "R[]", "List<Disk>", "io.prometheus.metrics.core.metrics.Counter",
      "io.prometheus.metrics.core.metrics.Gauge", "ConstHistogram", "ConstSummary", "Map<String, ConstHistogram>");
  private static final List<String> BAD_VALUE_TYPES = List.of("String", "char", "Object", "int[]", "List<String>",
      "Map<String, String>", "List<NoLabel>", "List<TwoValues>", "List<Integer>", "List<Hidden>", "List<Bare>");
  private static final List<String> GOOD_FLAG_TYPES = List.of("String", "int", "long", "double", "boolean",
      "Integer", "Boolean", "Duration", "Path", "Mode", "List<String>");
  private static final List<String> BAD_FLAG_TYPES = List.of("List<Integer>", "float", "Object");
  private static final List<String> GOOD_MEMBER_NAMES = List.of("value", "getQueueDepth", "isReady", "level",
      "temperature", "x", "seconds", "bytes");
  /** Collector class names; some lower-case to Java keywords, which generated locals must avoid. */
  private static final List<String> COLLECTOR_CLASSES = List.of("Interface", "Default", "Switch");
  private static final List<String> BAD_MEMBER_NAMES = List.of("requestsTotal", "uptimeHours", "latencyMs",
      "getX", "valueCount", "total", "count", "info");
  private static final List<String> BAD_METRIC_NAMES = List.of("cpuTemp", "requests_total", "latency_ms",
      "latency_milliseconds", "pump:speed", "queue_gauge", "__x", "last_run_timestamp", "scrape_collector_success",
      "value_count", "dup");
  private static final List<String> GOOD_UNITS = List.of("", "", "", "seconds", "bytes", "celsius", "ratio",
      "pascals");
  private static final List<String> BAD_UNITS = List.of("milliseconds", "Meters", "kb", "info", "total");
  private static final List<String> BAD_HELPS = List.of("", "Two\\nlines.");
  private static final List<String> GOOD_EXPORTER_NAMES = List.of("pump", "pump-station", "pump_2");
  private static final List<String> BAD_EXPORTER_NAMES = List.of("Pump", "9lives", "");
  private static final List<Integer> GOOD_PORTS = List.of(9877, 19100, 65535, 9090);
  private static final List<Integer> BAD_PORTS = List.of(0, 70000, -1);
  private static final List<String> GOOD_NAMESPACES = List.of("", "", "pump", "p_1");
  private static final List<String> BAD_NAMESPACES = List.of("Pump-x", "9p");
  private static final List<String> GOOD_SUBSYSTEMS = List.of("", "", "tank", "process", "scrape");
  private static final List<String> BAD_SUBSYSTEMS = List.of("bad-sub", "Tank");
  private static final List<String> BAD_COLLECTOR_NAMES = List.of("BadName", "dup", "a-b");
  private static final List<String> GOOD_DURATIONS = List.of("", "", "", "30s", "1m30s", "500ms");
  private static final List<String> BAD_DURATIONS = List.of("5 seconds", "0s", "-1s");
  private static final List<String> BAD_FLAG_NAMES = List.of("web.port", "Bad_Name", "dup", "collector", "help");

  private final Random random;
  private final boolean clean;
  private final StringBuilder out = new StringBuilder();
  /** Identifiers used so far; unique across the case so that derived metric names do not collide. */
  private final Set<String> used = new HashSet<>();
  private int collectorSubsystem;

  RandomExporterSource(Random random) {
    this.random = random;
    this.clean = random.nextInt(3) == 0;
  }

  /** The source of {@code gen.<className>}. */
  String write(String className) {
    out.append("package gen;\n\n");
    for (String type : List.of("java.math.BigDecimal", "java.nio.file.Path", "java.time.Duration", "java.util.List", "java.util.Map", "java.util.stream.Stream",
        "java.util.OptionalDouble", "java.util.OptionalInt", "java.util.OptionalLong",
        "java.util.concurrent.atomic.AtomicBoolean", "java.util.concurrent.atomic.AtomicInteger",
        "java.util.concurrent.atomic.AtomicLong", "java.util.concurrent.atomic.DoubleAdder",
        "java.util.concurrent.atomic.LongAdder", "dev.exporterbuilder.annotations.*",
        "dev.exporterbuilder.runtime.ConstHistogram", "dev.exporterbuilder.runtime.ConstSummary")) {
      out.append("import ").append(type).append(";\n");
    }
    out.append("\n@SuppressWarnings(\"unused\")\nclass ").append(className).append(" {\n");
    out.append(mistake() && mistake() ? "  private enum Mode { A, B }\n" : "  enum Mode { A, B }\n");
    out.append("  record R(@Label String key, @Label(\"mode\") Mode m, double value) {}\n");
    out.append("  record NoLabel(String key, double value) {}\n");
    out.append("  record TwoValues(@Label String key, double value, long other) {}\n");
    out.append("  private record Hidden(@Label String key, double value) {}\n");
    out.append("  static class Disk {\n    @Label final String device;\n    final long free;\n"
        + "    Disk(String device, long free) {\n      this.device = device;\n      this.free = free;\n    }\n  }\n");
    out.append("  static class Bare {\n    long free;\n  }\n");
    int collectors = random.nextInt(4);
    List<String> names = new ArrayList<>();
    for (int i = 0; i < collectors; i++) {
      names.add(random.nextInt(4) == 0 ? COLLECTOR_CLASSES.get(i) : "C" + i);
    }
    List<String> listed = new ArrayList<>();
    for (String name : names) {
      if (!mistake()) {
        listed.add(name + ".class");
      }
    }
    if (mistake() && mistake()) {
      listed.add("String.class");
    }
    writeExporter(listed);
    for (String name : names) {
      writeCollector(name);
    }
    out.append("}\n");
    return out.toString();
  }

  /** Whether this choice is a mistake: never in a clean case, one time in six otherwise. */
  private boolean mistake() {
    return !clean && random.nextInt(6) == 0;
  }

  private <T> T choose(List<T> good, List<T> bad) {
    return mistake() ? pick(bad) : pick(good);
  }

  private void writeExporter(List<String> listed) {
    out.append("  @Exporter(name = \"").append(choose(GOOD_EXPORTER_NAMES, BAD_EXPORTER_NAMES))
        .append("\", port = ").append(choose(GOOD_PORTS, BAD_PORTS));
    String namespace = choose(GOOD_NAMESPACES, BAD_NAMESPACES);
    if (!namespace.isEmpty()) {
      out.append(", namespace = \"").append(namespace).append('"');
    }
    out.append(", help = \"").append(mistake() ? pick(BAD_HELPS) : "An exporter.").append('"');
    out.append(", collectors = {").append(String.join(", ", listed)).append("})\n");
    writeClass("E", random.nextInt(3) == 0 ? 0 : random.nextInt(3));
  }

  private void writeCollector(String name) {
    if (!mistake()) {
      String subsystem = choose(GOOD_SUBSYSTEMS, BAD_SUBSYSTEMS);
      if (!subsystem.isEmpty()) {
        subsystem = subsystem + "_" + collectorSubsystem++; // distinct, so collectors' names never collide
      }
      out.append("  @Collector(name = \"").append(mistake() ? pick(BAD_COLLECTOR_NAMES) : "")
          .append("\", subsystem = \"").append(subsystem).append("\", enabledByDefault = ").append(random.nextBoolean())
          .append(", cache = \"").append(choose(GOOD_DURATIONS, BAD_DURATIONS))
          .append("\", timeout = \"").append(choose(GOOD_DURATIONS, BAD_DURATIONS)).append("\")\n");
    }
    writeClass(name, random.nextInt(5));
  }

  private void writeClass(String name, int members) {
    String modifiers = mistake() ? pick(List.of("private static ", "abstract static ", "")) : "static ";
    String typeParameters = mistake() && mistake() ? "<T>" : "";
    out.append("  ").append(modifiers).append("class ").append(name).append(typeParameters).append(" {\n");
    // a utility class: only static members and a private constructor, which is fine
    boolean utility = random.nextInt(8) == 0;
    if (utility) {
      out.append("    private ").append(name).append("() {}\n");
    } else if (mistake()) {
      out.append(random.nextBoolean() ? "    private " + name + "() {}\n" : "    " + name + "(int unused) {}\n");
    }
    for (int i = 0; i < members; i++) {
      writeMember(utility);
    }
    int flags = random.nextInt(3) == 0 ? random.nextInt(4) : 0;
    for (int i = 0; i < flags; i++) {
      writeFlag(utility);
    }
    out.append("  }\n");
  }

  private void writeMember(boolean utility) {
    if (random.nextInt(8) == 0) {
      writeInfoOrStateSet(utility);
      return;
    }
    boolean method = random.nextBoolean();
    String type = choose(GOOD_VALUE_TYPES, BAD_VALUE_TYPES);
    if (method && mistake() && mistake()) {
      type = "void";
    }
    String annotation = random.nextInt(3) == 0 ? "Counter" : "Gauge";
    if (type.contains("ConstHistogram")) {
      annotation = mistake() ? "Summary" : "Histogram";
    } else if (type.contains("ConstSummary")) {
      annotation = mistake() ? "Gauge" : "Summary";
    }
    StringBuilder attributes = new StringBuilder("help = \"" + (mistake() ? pick(BAD_HELPS) : "Help.") + "\"");
    if (mistake()) {
      attributes.append(", name = \"").append(pick(BAD_METRIC_NAMES)).append('"');
    }
    String unit = choose(GOOD_UNITS, BAD_UNITS);
    if (!unit.isEmpty()) {
      attributes.append(", unit = \"").append(unit).append('"');
    }
    if (type.startsWith("Map") ? !mistake() : mistake() && mistake()) {
      attributes.append(", labels = \"key\"");
    }
    out.append("    @").append(annotation).append('(').append(attributes).append(")\n");
    if (mistake() && mistake()) {
      out.append(annotation.equals("Gauge") ? "    @Counter(help = \"Twice.\")\n" : "    @Gauge(help = \"Twice.\")\n");
    }
    out.append("    ");
    if (mistake() && mistake()) {
      out.append("private ");
    }
    if (utility || random.nextInt(4) == 0) {
      out.append("static ");
    }
    String member = unique(choose(GOOD_MEMBER_NAMES, BAD_MEMBER_NAMES));
    if (method) {
      String parameters = mistake() && mistake() ? "int p" : "";
      String throwsClause = random.nextInt(4) > 0 ? "" : mistake() ? " throws Throwable" : " throws java.io.IOException";
      out.append(type).append(' ').append(member).append('(').append(parameters).append(')').append(throwsClause);
      out.append(type.equals("void") ? " {}\n" : " {\n      return " + VALUES.get(type) + ";\n    }\n");
    } else {
      if (random.nextInt(3) == 0) {
        out.append("final ");
      }
      out.append(type).append(' ').append(member).append(" = ").append(VALUES.get(type)).append(";\n");
    }
  }

  /** An {@code @Info} (a record or a string map) or a {@code @StateSet} (an enum); mistakes use other types. */
  private void writeInfoOrStateSet(boolean utility) {
    boolean info = random.nextBoolean();
    String type = info ? choose(List.of("R", "Map<String, String>"), List.of("String", "Mode"))
        : choose(List.of("Mode"), List.of("int", "R"));
    String value = switch (type) {
      case "Mode" -> "Mode.B";
      case "Map<String, String>" -> "Map.of(\"vendor\", \"acme\")";
      default -> VALUES.getOrDefault(type, "new R(\"a\", Mode.A, 1)");
    };
    out.append("    @").append(info ? "Info" : "StateSet").append("(help = \"Help.\")\n    ");
    if (utility || random.nextInt(4) == 0) {
      out.append("static ");
    }
    out.append(type).append(' ').append(unique(info ? "details" : "state")).append("() {\n      return ")
        .append(value).append(";\n    }\n");
  }

  private void writeFlag(boolean utility) {
    String type = choose(GOOD_FLAG_TYPES, BAD_FLAG_TYPES);
    out.append("    @Flag(help = \"").append(mistake() ? pick(BAD_HELPS) : "Help.").append('"');
    if (mistake()) {
      out.append(", name = \"").append(pick(BAD_FLAG_NAMES)).append('"');
    }
    out.append(")\n    ");
    if (mistake()) {
      out.append(random.nextBoolean() ? "private " : "final ");
    }
    if (utility || random.nextBoolean()) {
      out.append("static ");
    }
    out.append(type).append(' ').append(unique("flag")).append(" = ").append(VALUES.get(type)).append(";\n");
  }

  private String unique(String base) {
    String name = base;
    for (int i = 2; !used.add(name); i++) {
      name = base + i;
    }
    return name;
  }

  private <T> T pick(List<T> values) {
    return values.get(random.nextInt(values.size()));
  }
}
