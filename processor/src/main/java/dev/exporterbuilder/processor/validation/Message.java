package dev.exporterbuilder.processor.validation;

import dev.exporterbuilder.annotations.contract.FlagValueType;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import javax.tools.Diagnostic;

/**
 * Every diagnostic the processor reports: a stable id, a severity, and a text that says what is wrong
 * and what to write instead. Texts are {@link String#format} patterns. Constants are in id order;
 * ids are never reused: a check that is removed leaves its id in {@link #RETIRED}.
 */
public enum Message {
  // @Exporter
  EXPORTER_NAME_INVALID(1, Diagnostic.Kind.ERROR,
      "exporter name \"%s\" is not lowercase words joined by '-' or '_'; write something like \"%s\""),
  PORT_OUT_OF_RANGE(2, Diagnostic.Kind.ERROR,
      "port %d is outside 1-65535; pick a free port from the Prometheus default port allocations"),
  PORT_OF_PROMETHEUS_COMPONENT(3, Diagnostic.Kind.WARNING, "prometheus-port",
      "port %d is the default port of %s; pick another so both can run on one host"),
  NAMESPACE_INVALID(4, Diagnostic.Kind.ERROR,
      "namespace \"%s\" is not a snake_case metric name prefix; write something like \"%s\""),
  EXPORTER_NOT_A_CLASS(5, Diagnostic.Kind.ERROR,
      "@%s is only allowed on a top-level or static nested class that is not abstract, private or generic; %s"),
  LISTED_CLASS_NOT_A_COLLECTOR(6, Diagnostic.Kind.ERROR,
      "%s is listed in @Exporter(collectors) but is not annotated @Collector; annotate it or remove it from the list"),
  COLLECTOR_LISTED_TWICE(7, Diagnostic.Kind.ERROR,
      "%s is listed twice in @Exporter(collectors); list it once"),
  NO_ACCESSIBLE_CONSTRUCTOR(8, Diagnostic.Kind.ERROR,
      "%s needs a %s constructor without parameters: the generated %s creates it"),
  COLLECTOR_NAMESPACE_CONFLICT(9, Diagnostic.Kind.ERROR,
      "collector %s is served by exporters with namespaces \"%s\" and \"%s\"; a collector's metric names are fixed at"
          + " compile time, so give the exporters one namespace"),
  NAMESPACE_RESERVED(10, Diagnostic.Kind.ERROR,
      "namespace \"%s\" belongs to %s, and names in it would collide or mislead; use the name of the system you"
          + " export"),

  // @Collector
  COLLECTOR_NAME_INVALID(20, Diagnostic.Kind.ERROR,
      "collector name \"%s\" is not snake_case; write something like \"%s\""),
  SUBSYSTEM_INVALID(21, Diagnostic.Kind.ERROR,
      "subsystem \"%s\" is not snake_case; write something like \"%s\""),
  DURATION_INVALID(22, Diagnostic.Kind.ERROR,
      "%s = \"%s\" is not a duration: %s; write Go syntax such as \"30s\" or \"1m30s\""),
  COLLECTOR_WITHOUT_METRICS(24, Diagnostic.Kind.WARNING, "empty-collector",
      "collector %s has no @Gauge or @Counter members; it will expose nothing but its scrape status"),
  DUPLICATE_COLLECTOR_NAME(25, Diagnostic.Kind.ERROR,
      "collector name \"%s\" is also used by %s; give one of them another name"),
  DURATION_NOT_POSITIVE(26, Diagnostic.Kind.ERROR,
      "%s = \"%s\" is not a positive duration; %s"),

  // metric names, help and units; the metric annotations
  METRIC_NAME_INVALID(40, Diagnostic.Kind.ERROR,
      "metric name %s is not a valid Prometheus name ([a-zA-Z_:][a-zA-Z0-9_:]*, no leading \"__\"); write"
          + " something like \"%s\""),
  METRIC_NAME_CAMEL_CASE(41, Diagnostic.Kind.ERROR, "camel-case",
      "metric name %s is camelCase; write \"%s\""),
  METRIC_NAME_RESERVED_SUFFIX(42, Diagnostic.Kind.ERROR,
      "%s ends with \"%s\", which client_java adds itself to the samples of %s, so it would write %s; write %s"),
  HELP_MISSING(43, Diagnostic.Kind.ERROR,
      "%s needs a help text saying what is measured; write help = \"...\""),
  HELP_MULTILINE(44, Diagnostic.Kind.ERROR,
      "help must be one line; remove the line break"),
  UNIT_INVALID(45, Diagnostic.Kind.ERROR,
      "unit %s is not a snake_case word; write a base unit such as \"seconds\", \"bytes\", \"celsius\" or \"ratio\""),
  UNIT_NOT_BASE(46, Diagnostic.Kind.ERROR, "non-base-unit",
      "unit %s is not a base unit; write \"%s\" and convert the value"),
  TWO_METRIC_ANNOTATIONS(47, Diagnostic.Kind.ERROR,
      "a member can be one metric only; remove %s or %s"),
  LABELS_NOT_SUPPORTED(48, Diagnostic.Kind.ERROR,
      "labels are only allowed on members that return one sample per entry; %s returns a single value, so remove"
          + " labels"),
  DUPLICATE_METRIC_NAME(49, Diagnostic.Kind.ERROR,
      "metric %s is also exposed by %s%s; give one of them another name"),
  NAME_NON_BASE_UNIT(50, Diagnostic.Kind.ERROR, "non-base-unit",
      "%s puts \"%s\", which is not a base unit, into the exposed name %s%s; use \"%s\" and convert the value"),
  NAME_UNIT_ABBREVIATION(51, Diagnostic.Kind.ERROR, "unit-abbreviation",
      "%s puts the abbreviated unit \"%s\" into the exposed name %s%s; remove it, and where it is the metric's unit"
          + " set unit = \"%s\", converting the value if needed"),
  NAME_TYPE_WORD(52, Diagnostic.Kind.ERROR, "type-in-name",
      "%s puts the type \"%s\" into the exposed name %s%s; the TYPE line already says it, so leave it out"),
  NAME_RESERVED_PREFIX(53, Diagnostic.Kind.WARNING, "reserved-prefix",
      "metric name %s starts with \"%s\", which %s; choose another first word"),
  TIMESTAMP_NOT_GAUGE(54, Diagnostic.Kind.ERROR, "timestamp-gauge",
      "metric name %s ends with \"_timestamp_seconds\", which only gauges may; use @Gauge or another name"),
  INFO_TYPE_UNSUPPORTED(55, Diagnostic.Kind.ERROR,
      "%s has type %s; an @Info member returns a record, each component a label, or a Map<String, String> of label"
          + " names to values"),
  STATE_SET_TYPE_UNSUPPORTED(56, Diagnostic.Kind.ERROR,
      "%s has type %s; a @StateSet member returns a non-private enum, whose constants are the states"),
  INSTRUMENT_NOT_ASSIGNABLE(57, Diagnostic.Kind.ERROR,
      "%s holds a client_java %s, which the generated collector builds and assigns; make it a non-final field"),
  INSTRUMENT_TYPE_MISMATCH(58, Diagnostic.Kind.ERROR,
      "%s holds a client_java %s; annotate it @%s"),

  // metric members
  MEMBER_PRIVATE(60, Diagnostic.Kind.ERROR,
      "%s is private; the generated collector reads it, so make it package-private or wider"),
  METHOD_HAS_PARAMETERS(61, Diagnostic.Kind.ERROR,
      "%s takes %d parameters; a metric method takes none, or one: what its class's @Reading method returns"),
  METHOD_RETURNS_VOID(62, Diagnostic.Kind.ERROR,
      "%s returns void; return the value to expose"),
  UNSUPPORTED_TYPE(63, Diagnostic.Kind.ERROR,
      "%s has type %s, which cannot be a metric value; use a number, a box, Number, a boolean, OptionalDouble/Long/Int,"
          + " an atomic or an adder"),
  METRIC_OUTSIDE_COLLECTOR(64, Diagnostic.Kind.ERROR,
      "%s is in %s, which is neither an @Exporter nor a @Collector; annotate the class with @Collector"),
  MEMBER_NOT_IN_CLASS(65, Diagnostic.Kind.ERROR,
      "metric members belong to a class; move this member into a @Collector class"),
  METHOD_THROWS_THROWABLE(66, Diagnostic.Kind.ERROR,
      "%s declares throws %s; a metric method may throw exceptions (and errors), so declare Exception or narrower"),
  MAP_LABELS_COUNT(67, Diagnostic.Kind.ERROR,
      "%s returns a map, whose keys become the values of one label; write labels = \"%s\" (one name, not %d)"),
  MAP_VALUE_UNSUPPORTED(68, Diagnostic.Kind.ERROR,
      "%s maps to %s, which cannot be a metric value; use a box such as Double or Long, Number, Boolean,"
          + " OptionalDouble/Long/Int, an atomic or an adder"),
  RECORD_VALUE_UNSUPPORTED(69, Diagnostic.Kind.ERROR,
      "the value component %s of %s %s has type %s, which cannot be a metric value; use a number, a box,"
          + " Number, a boolean, OptionalDouble/Long/Int, an atomic or an adder"),

  // label names and labelled elements
  LABEL_NAME_INVALID(70, Diagnostic.Kind.ERROR,
      "label name \"%s\" is not a valid Prometheus label name ([a-zA-Z_][a-zA-Z0-9_]*, no leading \"__\"); write"
          + " something like \"%s\""),
  LABEL_NAME_CAMEL_CASE(71, Diagnostic.Kind.ERROR, "camel-case",
      "label name \"%s\" is camelCase; write \"%s\""),
  LABEL_RESERVED_FOR_TYPE(72, Diagnostic.Kind.ERROR,
      "label \"%s\" is reserved for %s; choose another name"),
  LABEL_TARGET_LIKE(73, Diagnostic.Kind.WARNING, "target-label",
      "label \"%s\" %s; leave it to Prometheus's target labels and relabeling"),
  LABEL_NAMED_TYPE(74, Diagnostic.Kind.WARNING, "type-label",
      "label \"type\" is too generic to query and join on; name what it classifies, e.g. \"device_type\""),
  DUPLICATE_LABEL(75, Diagnostic.Kind.ERROR,
      "label \"%s\" is listed twice; list it once"),
  LABELS_ATTRIBUTE_WITH_RECORDS(76, Diagnostic.Kind.ERROR,
      "%s returns records, whose @Label components are the labels; remove labels"),
  ELEMENT_NOT_RECORD(77, Diagnostic.Kind.ERROR,
      "%s yields %s, which is neither a record nor a class with @Label fields or methods; yield records whose @Label"
          + " components are the labels and whose one other component is the value"),
  RECORD_VALUE_COUNT(78, Diagnostic.Kind.ERROR,
      "%s %s needs exactly one component that is not a @Label, the value; it has %d%s"),
  RECORD_WITHOUT_LABELS(79, Diagnostic.Kind.ERROR,
      "record %s has no @Label component, so its samples cannot be told apart; annotate the components that"
          + " identify a sample with @Label"),

  // @Flag
  FLAG_UNSUPPORTED_TYPE(80, Diagnostic.Kind.ERROR,
      "@Flag field %s has type %s; use " + FlagValueType.DESCRIPTION),
  FLAG_FINAL(81, Diagnostic.Kind.ERROR,
      "@Flag field %s is final, so the parsed value cannot be assigned; remove final"),
  FLAG_PRIVATE(82, Diagnostic.Kind.ERROR,
      "@Flag field %s is private, so the generated Main cannot assign it; make it package-private or wider"),
  FLAG_HELP_MISSING(83, Diagnostic.Kind.ERROR,
      "@Flag field %s needs a help text; write help = \"...\""),
  FLAG_NAME_INVALID(84, Diagnostic.Kind.ERROR,
      "flag name \"%s\" is not lowercase words joined by '.' or '-'; write something like \"%s\""),
  FLAG_NAME_RESERVED(85, Diagnostic.Kind.ERROR,
      "flag --%s collides with the standard flags (%s); choose another name"),
  DUPLICATE_FLAG(86, Diagnostic.Kind.ERROR,
      "flag --%s is also declared by %s; give one of them another name"),
  FLAG_OUTSIDE_COLLECTOR(87, Diagnostic.Kind.ERROR,
      "@Flag field %s is in %s, which is neither an @Exporter nor a @Collector; move it into the @Exporter class (a"
          + " static field collectors can read) or into the @Collector that uses it"),
  FLAG_NOT_ACCESSIBLE(89, Diagnostic.Kind.ERROR,
      "@Flag field %s cannot be set by %s in package %s; %s"),
  FLAG_ON_UNREAD_INSTANCE(90, Diagnostic.Kind.ERROR,
      "@Flag field %s is an instance field of an exporter class that declares no metrics, so nothing reads the"
          + " instance it is set on; make it static so that collectors can read it"),

  // added later, numbered in turn whatever they concern
  BUCKETS_INVALID(91, Diagnostic.Kind.ERROR,
      "buckets %s are not finite and strictly ascending; write upper bounds such as {0.1, 0.5, 1, 5}"),
  QUANTILES_INVALID(92, Diagnostic.Kind.ERROR,
      "quantiles %s must each be between 0 and 1 exclusive and listed once; write e.g. {0.5, 0.9, 0.99}"),
  TYPE_NOT_ACCESSIBLE(93, Diagnostic.Kind.ERROR,
      "%s uses %s, which the generated collector in package %s cannot reach; make it and its enclosing classes %s"),
  STREAM_FIELD(94, Diagnostic.Kind.ERROR,
      "%s is a Stream field, which can be read only once; return the stream from a method, or hold a List"),
  UNKNOWN_RULE(95, Diagnostic.Kind.WARNING,
      "-Aexporterbuilder.disable names \"%s\", which is not a rule that can be switched off; known rules: %s"),
  METRIC_NAME_NOTE(96, Diagnostic.Kind.NOTE,
      "%s on %s exposes %s"),
  ARRAY_LABEL(97, Diagnostic.Kind.ERROR,
      "label \"%s\" has the array type %s, whose toString() differs for every array, so each scrape would make new"
          + " series; use a String, a number or an enum"),
  AGGREGATE_VALUE_UNSUPPORTED(98, Diagnostic.Kind.ERROR,
      "%s has type %s; a scrape-time %s member returns %s (alone, as map values or as the value component of"
          + " records), or is a field of client_java's %s that your code observes into"),
  PROCESSOR_FAILURE(99, Diagnostic.Kind.ERROR,
      "exporter-builder failed on this element (%s); please report it with the source of this class"),
  AGGREGATE_PARAMETERS_IGNORED(100, Diagnostic.Kind.ERROR,
      "%s on %s: a %s carries its own %s, so these would be ignored; remove %s, or make the member a field of"
          + " client_java's %s to have them applied"),
  ELEMENT_MEMBER_UNREADABLE(101, Diagnostic.Kind.ERROR,
      "%s of class %s cannot be read by the generated collector: it %s; make it an instance field or a method"
          + " without parameters that returns a value, not private (public when the class is in another package)"),
  NAMESPACE_OF_OTHERS(102, Diagnostic.Kind.ERROR, "foreign-namespace",
      "namespace \"%s\" is where %s live, so dashboards and alerts would mistake yours for theirs; use the name of"
          + " the system you export, unless you re-export theirs"),

  // the processor itself
  TYPE_NOT_FOUND(110, Diagnostic.Kind.ERROR,
      "%s uses %s, which no source file declares and no annotation processor generated; declare or import it, or"
          + " make the processor that should generate it run in this build"),

  // @Reading
  READING_TWICE(111, Diagnostic.Kind.ERROR,
      "%s has two @Reading methods, %s and %s; a class has one reading per run, so return everything its members"
          + " need from one of them"),
  READING_UNUSABLE(112, Diagnostic.Kind.ERROR,
      "@Reading %s %s; the generated collector calls it, so write a non-private method without parameters or type"
          + " parameters that returns what the members take and throws at most Exception"),
  READING_IS_METRIC(113, Diagnostic.Kind.ERROR,
      "%s is both the @Reading and a metric (%s); keep @Reading here and expose the value from a member that takes"
          + " the reading as its parameter"),
  PARAMETER_WITHOUT_READING(114, Diagnostic.Kind.ERROR,
      "%s takes a %s, but %s has no @Reading method to pass it; add a @Reading method that returns it, or remove"
          + " the parameter"),
  PARAMETER_TYPE_MISMATCH(115, Diagnostic.Kind.ERROR,
      "%s takes a %s, but @Reading %s returns %s; declare the parameter as %s or a supertype"),
  READING_OUTSIDE_COLLECTOR(116, Diagnostic.Kind.ERROR,
      "@Reading %s is in %s, which is neither an @Exporter nor a @Collector nor a superclass of one; annotate the"
          + " class with @Collector"),
  READING_UNUSED(117, Diagnostic.Kind.WARNING,
      "@Reading %s is never called: %s declares no metric members; add members that take its result, or remove"
          + " it"),

  // @Init
  INIT_PRIVATE(126, Diagnostic.Kind.ERROR,
      "@Init method %s is private, so the generated Main cannot call it; make it package-private or wider"),
  INIT_PARAMETERS(127, Diagnostic.Kind.ERROR,
      "@Init method %s takes parameters, but it is called with none; read settings from @Flag fields, which are"
          + " set before it runs"),
  INIT_TWICE(128, Diagnostic.Kind.ERROR,
      "%s has two @Init methods, %s and %s; keep one and call the other from it"),
  INIT_OUTSIDE_COLLECTOR(129, Diagnostic.Kind.ERROR,
      "@Init method %s is in %s, which is neither an @Exporter, a @Collector nor a @Probe, so nothing calls it;"
          + " move it into the @Exporter, @Collector or @Probe class whose objects it prepares"),
  INIT_NOT_ACCESSIBLE(130, Diagnostic.Kind.ERROR,
      "%s of %s cannot be called by %s in package %s; %s"),

  // collectors compiled apart from their exporter
  COLLECTOR_WITHOUT_NAMESPACE_CONSTRUCTOR(140, Diagnostic.Kind.ERROR,
      "collector %s was compiled apart from this exporter, but its generated class %s %s, so its names could not"
          + " take the namespace \"%s\"; compile it with this version of the exporter-builder processor on its"
          + " annotation processor path"),

  // families named from data: {key} in a name
  KEY_PLACEHOLDER_REPEATED(185, Diagnostic.Kind.ERROR,
      "name \"%s\" holds {key} %d times; a family named from data takes its key once, as in \"%s\""),
  KEY_CASE_WITHOUT_KEY(186, Diagnostic.Kind.ERROR,
      "keyCase applies only to a name that holds {key}; remove keyCase, or write {key} in name where each key of"
          + " the returned map goes"),
  KEY_IN_HELP_ONLY(187, Diagnostic.Kind.ERROR,
      "help holds {key} but name does not, so there is no key to put there; write {key} in name too, or remove it"
          + " from help"),
  KEY_ON_UNSUPPORTED_KIND(188, Diagnostic.Kind.ERROR,
      "%s does not take {key} in its name: only @Gauge and @Counter name families from data; name this metric"
          + " without {key}, with one label for the key"),
  KEYED_NOT_A_MAP(189, Diagnostic.Kind.ERROR,
      "%s has {key} in its name, so it must return a Map with String keys (one family per key), not %s; return"
          + " Map<String, V> with V what the member could return without {key}"),
  KEYED_VALUE_INSTRUMENT(190, Diagnostic.Kind.ERROR,
      "%s has {key} in its name, but its map's values are client_java %s metrics, which name themselves; return"
          + " their values (Map<String, Double>), or a field of that client_java metric without {key}"),
  NAME_PLACEHOLDER_UNKNOWN(191, Diagnostic.Kind.ERROR,
      "name \"%s\" holds a brace; {key} is the only placeholder a name may hold, and other braces are not valid"
          + " in a metric name"),

  // @Probe
  LISTED_CLASS_NOT_A_PROBE(200, Diagnostic.Kind.ERROR,
      "%s is listed in @Exporter(probes) but is not annotated @Probe; annotate it or remove it from the list"),
  PROBE_LISTED_TWICE(201, Diagnostic.Kind.ERROR,
      "%s is listed twice in @Exporter(probes); list it once"),
  PROBE_NOT_LISTED(202, Diagnostic.Kind.WARNING, "unlisted-probe",
      "probe %s is not listed in the probes of any @Exporter of this compilation, so nothing serves it here; add it"
          + " to @Exporter(probes = ...), or ignore this if an exporter compiled elsewhere lists it"),
  PROBE_NAME_INVALID(203, Diagnostic.Kind.ERROR,
      "probe name \"%s\" is not snake_case; write something like \"%s\""),
  DUPLICATE_PROBE_NAME(204, Diagnostic.Kind.ERROR,
      "probe name \"%s\" is also used by %s in this exporter; give one of them another name"),
  PROBE_WITHOUT_READING(205, Diagnostic.Kind.ERROR,
      "probe %s has no @Reading method, which is called with the target of each request; add one such as"
          + " @Reading Connection connect(InetSocketAddress target%s)"),
  PROBE_READING_INVALID(206, Diagnostic.Kind.ERROR,
      "@Reading %s of probe %s %s; write a method that is not private, returns a value and takes the target%s"),
  PROBE_TARGET_UNSUPPORTED(207, Diagnostic.Kind.ERROR,
      "the target parameter of %s has type %s; a target is a String, a java.net.URI or a java.net.InetSocketAddress"
          + " (host:port)"),
  MODULE_NOT_A_RECORD(208, Diagnostic.Kind.ERROR,
      "module %s of probe %s is not a record; declare the module's settings as a record, such as"
          + " record TcpModule(String send, Duration pause)"),
  MODULE_COMPONENT_UNSUPPORTED(209, Diagnostic.Kind.ERROR,
      "component %s of module %s has type %s, which the config file cannot give; use "
          + FlagValueType.DESCRIPTION),
  PROBE_NAME_RESERVED(210, Diagnostic.Kind.ERROR,
      "%s would expose %s, which every probe response has already; give it another name"),
  PROBE_DUPLICATE_METRIC(211, Diagnostic.Kind.ERROR,
      "%s exposes %s, as %s of this probe does; give one of them another name"),
  PROBE_MEMBER_INVALID(212, Diagnostic.Kind.ERROR,
      "%s of probe %s %s; a probe's metric member is a method that takes nothing or the reading (%s)"),
  PROBE_MEMBER_NAMED_FROM_DATA(213, Diagnostic.Kind.ERROR,
      "%s of probe %s has {key} in its name, but probes do not name families from data; name it without {key}"
          + " and give the key as a label, such as @Gauge(name = \"%s\", labels = \"key\") returning"
          + " Map<String, V>"),

  // legacy names and untyped metrics
  UNTYPED_INSTRUMENT(214, Diagnostic.Kind.ERROR,
      "%s holds a client_java %s, but client_java has no untyped metric to instrument; annotate it @%s, or expose"
          + " the value with @Untyped on a method or a field of a number"),
  NAME_FOREIGN_SUFFIX(215, Diagnostic.Kind.ERROR, "reserved-suffix",
      "%s ends with \"%s\" (exposed as %s), a suffix that %s, though this metric is %s; write %s, unless"
          + " the name is a legacy one that dashboards query"),
  METRIC_NAME_COLON(216, Diagnostic.Kind.ERROR, "colon",
      "%s puts ':' into the exposed name %s; Prometheus reserves colons for the names of recording rules, so write"
          + " \"%s\", unless the name is a legacy one that dashboards query"),
  SAMPLE_NAME_COLLISION(217, Diagnostic.Kind.ERROR,
      "the %s writes samples named \"%s\", and so does the %s; the exposition would mix the two families under one"
          + " name, so give one of them another name"),
  LABEL_OF_OTHER_TYPE(218, Diagnostic.Kind.ERROR, "reserved-label",
      "label \"%s\" is reserved for %s, though this metric is %s; choose another name, unless it is a legacy one"
          + " that dashboards query"),
  UNIT_CAMEL_CASE(219, Diagnostic.Kind.ERROR, "camel-case",
      "unit %s is not lowercase; write \"%s\""),

  // @Flag(env, secret)
  FLAG_ENV_INVALID(230, Diagnostic.Kind.ERROR,
      "env = \"%s\" is not an environment variable name (letters, digits and '_', not starting with a digit);"
          + " write something like \"%s\""),
  FLAG_ENV_LOWERCASE(231, Diagnostic.Kind.WARNING, "lowercase-env",
      "env = \"%s\" has lower-case letters, unlike the variables exporters read (DATA_SOURCE_NAME); write \"%s\""),
  DUPLICATE_FLAG_ENV(232, Diagnostic.Kind.ERROR,
      "flag --%s reads environment variable %s, as --%s (%s) does; give one of them another variable"),
  FLAG_SECRET_NOT_STRING(233, Diagnostic.Kind.ERROR,
      "@Flag field %s is secret but has type %s; only a String flag can be secret: make it a String, or remove"
          + " secret = true"),
  FLAG_SECRET_IN_SOURCE(234, Diagnostic.Kind.WARNING, "secret-in-source",
      "secret @Flag field %s has an initial value in the source, where anyone with the class file can read it;"
          + " leave it null or \"\", and give the value in a file (the option's .file form) or an environment"
          + " variable (env = \"...\")"),
  FLAG_FILE_COLLIDES(235, Diagnostic.Kind.ERROR,
      "option --%s.file is both the file form of secret flag %s and a flag of %s; give one of them another name"),

  // @ConstLabel; @Exporter(cache, timeout)
  CONST_LABEL_TYPE_UNSUPPORTED(240, Diagnostic.Kind.ERROR,
      "@ConstLabel %s has type %s, which cannot be a label value; use a String, a primitive, a box or an enum"),
  CONST_LABEL_MEMBER_INVALID(241, Diagnostic.Kind.ERROR,
      "@ConstLabel %s %s; write a non-private field, or a non-private method without parameters that returns the"
          + " value"),
  CONST_LABEL_OUTSIDE_COLLECTOR(242, Diagnostic.Kind.ERROR,
      "@ConstLabel %s is in %s, which is neither an @Exporter nor a @Collector class; move it to the exporter class"
          + " (it labels the samples of every collector) or to the collector whose samples it labels"),
  CONST_LABEL_ON_PROBE(243, Diagnostic.Kind.ERROR,
      "@ConstLabel %s is in probe %s, and probes do not support constant labels; make it a label of the probe's"
          + " members, or move it to the exporter class, where it labels every collector's samples (not probes')"),
  CONST_LABEL_DUPLICATE(244, Diagnostic.Kind.ERROR,
      "constant label \"%s\" is also given by %s, and both would label the samples of %s; give it once"),
  CONST_LABEL_CLASHES(245, Diagnostic.Kind.ERROR,
      "constant label \"%s\" is also a label of %s (%s), which it would be added to; rename one of them"),
  EXPORTER_TIMING_WITHOUT_METRICS(246, Diagnostic.Kind.ERROR,
      "@Exporter(%s) applies to the exporter class's own metric members, and %s has none; remove it, or set"
          + " @Collector(%s) on the collector it is meant for"),
  CONST_LABEL_NOT_ACCESSIBLE(247, Diagnostic.Kind.ERROR,
      "@ConstLabel %s cannot be read by the generated %s in package %s; make it public, since %s is in another"
          + " package"),
  CONST_LABEL_SECRET(248, Diagnostic.Kind.ERROR,
      "@ConstLabel %s is secret flag --%s, and a label's value is written into every sample, where anyone who can"
          + " scrape the exporter reads it; label with what is not secret (such as the server's host and port, from"
          + " a method), or remove @ConstLabel");

  /** Ids of checks that were removed, with what they said; no new message may take one. */
  static final Map<Integer, String> RETIRED = Map.of(
      23, "@Collector(cache, timeout) were \"not supported yet\"",
      59, "scrape-time @Histogram and @Summary were \"not supported yet\"",
      88, "a @Flag of a collector no exporter of its compilation serves \"has no effect\": an exporter compiled"
          + " apart from it serves its flags");

  private static final String STRICTER = "stricter";

  private final int number;
  private final Diagnostic.Kind kind;
  private final String rule;
  private final String format;

  Message(int number, Diagnostic.Kind kind, String format) {
    this(number, kind, null, format);
  }

  /**
   * @param rule the name that switches this check off, per element with
   *     {@code @SuppressWarnings("exporter-builder:<rule>")} or for a whole build with
   *     {@code -Aexporterbuilder.disable=<rule>}; null for checks whose violation would break the
   *     generated code or the exposition, which cannot be switched off
   */
  Message(int number, Diagnostic.Kind kind, String rule, String format) {
    this.number = number;
    this.kind = kind;
    this.rule = rule;
    this.format = format;
  }

  /** The name that switches this check off, if it can be. */
  public Optional<String> rule() {
    return Optional.ofNullable(rule);
  }

  /**
   * How this check compares with promlint, the linter of {@code promtool check metrics}, for the
   * table of docs/checks.md: the same rule, stricter (with how), or empty where promlint has no such rule.
   */
  public String promlint() {
    return switch (this) {
      case METRIC_NAME_CAMEL_CASE, METRIC_NAME_COLON, UNIT_CAMEL_CASE, LABEL_OF_OTHER_TYPE, HELP_MISSING, UNIT_NOT_BASE,
          NAME_UNIT_ABBREVIATION, LABEL_NAME_CAMEL_CASE, LABEL_RESERVED_FOR_TYPE -> "same";
      case NAME_FOREIGN_SUFFIX -> "same for _total, _bucket, _count, _sum; stricter for _info, _created and on"
          + " untyped metrics";
      case NAME_NON_BASE_UNIT -> "same; stricter for percent, percentage";
      case NAME_TYPE_WORD -> "same for the metric's own type; stricter for the others";
      case NAME_RESERVED_PREFIX, NAMESPACE_OF_OTHERS, TIMESTAMP_NOT_GAUGE, LABEL_TARGET_LIKE, LABEL_NAMED_TYPE ->
          STRICTER;
      default -> "";
    };
  }

  /** The number in the id: {@code 41} for {@code EB041}. */
  int number() {
    return number;
  }

  /** The stable id, such as {@code EB041}. */
  public String id() {
    return String.format(Locale.ROOT, "EB%03d", number);
  }

  public Diagnostic.Kind kind() {
    return kind;
  }

  /**
   * The message for these arguments, prefixed with {@code [id]}. A check promlint does not have says
   * so, since promtool would pass what it rejects; a check that can be switched off ends by naming
   * its switch, so that an author who keeps the name on purpose knows how.
   */
  public String format(Object... arguments) {
    String text = "[" + id() + "] " + String.format(Locale.ROOT, format, arguments);
    if (promlint().equals(STRICTER)) {
      text += " (promlint has no such rule; this check is stricter)";
    }
    return rule == null ? text : text + "; or keep it with @SuppressWarnings(\"" + Diagnostics.SUPPRESSION_PREFIX
        + rule + "\")";
  }

  /** The pattern with {@code %s} placeholders, as the table of docs/checks.md shows it. */
  public String pattern() {
    return format;
  }
}
