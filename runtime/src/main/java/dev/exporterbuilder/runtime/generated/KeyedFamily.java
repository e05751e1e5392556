package dev.exporterbuilder.runtime.generated;

import dev.exporterbuilder.annotations.KeyCase;
import dev.exporterbuilder.runtime.MemberErrors;
import io.prometheus.metrics.model.registry.MetricType;
import io.prometheus.metrics.model.snapshots.MetricMetadata;
import io.prometheus.metrics.model.snapshots.Unit;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * The families of one {@code @Gauge} or {@code @Counter} member whose name holds {@code {key}}: the
 * static parts the processor checked, and per key the metadata of that key's family. A generated
 * collector holds one as a constant per such member and asks it for each key it reads.
 *
 * <p>A key becomes a name part the way node_exporter makes its meminfo names: every run of
 * characters other than {@code [a-zA-Z0-9_]} becomes one {@code _}, an {@code _} this leaves at
 * either end is dropped, and with {@link KeyCase#SNAKE_CASE} the words are lowercased and split at
 * case changes. A key that yields no valid name, a name ending in a suffix reserved for series of
 * other types, or a name another family of the collector has taken costs only its own sample: it is
 * reported to {@link MemberErrors#dropped} and the rest of the member is served. A member on which
 * the author switched the {@code reserved-suffix} rule off {@linkplain #keepingForeignSuffixes keeps}
 * names ending in other types' suffixes, such as a gauge {@code pg_settings_tcp_keepalives_count}.
 *
 * <p>Metadata (which client_java validates and escapes) is built once per key and kept, up to
 * {@link #CACHED_KEYS} keys; keys come from data, so the cache starts over when it is full rather
 * than grow without bound.
 */
public final class KeyedFamily {

  /** How many keys' metadata one member keeps between scrapes. */
  static final int CACHED_KEYS = 4096;

  private static final Pattern OUTSIDE_NAME = Pattern.compile("[^a-zA-Z0-9_]+");
  private static final Pattern EDGES_OUTSIDE_NAME = Pattern.compile("^[^a-zA-Z0-9_]+|[^a-zA-Z0-9_]+$");
  private static final Pattern LEGACY_NAME = Pattern.compile("[a-zA-Z_][a-zA-Z0-9_]*");
  private static final List<String> RESERVED_SUFFIXES = List.of("_total", "_created", "_count", "_sum", "_bucket", "_info");

  private final MetricType type;
  private final String prefix;
  private final String suffix;
  private final Unit unit;
  private final String help;
  private final KeyCase keyCase;
  private final List<String> droppedSuffixes;
  private final Map<String, Family> families = new ConcurrentHashMap<>();

  private KeyedFamily(MetricType type, String prefix, String suffix, Unit unit, String help, KeyCase keyCase,
      List<String> droppedSuffixes) {
    this.type = type;
    this.prefix = Objects.requireNonNull(prefix, "prefix");
    this.suffix = Objects.requireNonNull(suffix, "suffix");
    this.unit = unit;
    this.help = Objects.requireNonNull(help, "help");
    this.keyCase = Objects.requireNonNull(keyCase, "keyCase");
    this.droppedSuffixes = droppedSuffixes;
  }

  /**
   * The gauge families named {@code prefix + key + suffix}, then {@code _unit} unless that already
   * ends the name.
   *
   * @param unit the base unit, empty for none
   * @param help the HELP text, in which {@code {key}} is replaced by the key's name part
   */
  public static KeyedFamily gauge(String prefix, String suffix, String unit, String help, KeyCase keyCase) {
    return new KeyedFamily(MetricType.GAUGE, prefix, suffix, unit(unit), help, keyCase, RESERVED_SUFFIXES);
  }

  /** As {@link #gauge}, for counters: the name is without the {@code _total} the exposition adds. */
  public static KeyedFamily counter(String prefix, String suffix, String unit, String help, KeyCase keyCase) {
    return new KeyedFamily(MetricType.COUNTER, prefix, suffix, unit(unit), help, keyCase, RESERVED_SUFFIXES);
  }

  /**
   * These families, keeping a name that ends in a suffix of other types' series, as a legacy name
   * may: only the suffixes a counter's own series add ({@code _total}, {@code _created}) still drop
   * a key, since the exposition would repeat them. Names that clash are dropped all the same.
   */
  public KeyedFamily keepingForeignSuffixes() {
    return new KeyedFamily(type, prefix, suffix, unit, help, keyCase, ownSuffixes());
  }

  private static Unit unit(String unit) {
    return unit.isEmpty() ? null : new Unit(unit);
  }

  /** The suffixes the exposition adds to this type's own series. */
  private List<String> ownSuffixes() {
    return type == MetricType.COUNTER ? List.of("_total", "_created") : List.of();
  }

  /**
   * The metadata of {@code key}'s family, taken in {@code names}; null if the key's sample is dropped,
   * which is reported to {@code errors} as a drop of {@code member}.
   */
  public MetricMetadata metadata(Object key, FamilyNames names, MemberErrors errors, String member) {
    if (key == null) {
      errors.dropped(member, "null", "a null key names no family");
      return null;
    }
    String written = key.toString();
    Family family = families.get(written);
    if (family == null) {
      if (families.size() >= CACHED_KEYS) {
        families.clear();
      }
      family = family(written);
      families.put(written, family);
    }
    if (family.metadata() == null) {
      errors.dropped(member, written, family.problem());
      return null;
    }
    if (!names.take(type, family.metadata().getPrometheusName())) {
      errors.dropped(member, written, "its name " + exposed(family.metadata().getPrometheusName())
          + " is taken by another family of the collector");
      return null;
    }
    return family.metadata();
  }

  /** {@code key} made a name part: {@code Active(anon)} → {@code Active_anon}, or {@code active_anon}. */
  static String namePart(String key, KeyCase keyCase) {
    String trimmed = EDGES_OUTSIDE_NAME.matcher(key).replaceAll("");
    String part = OUTSIDE_NAME.matcher(trimmed).replaceAll("_");
    return keyCase == KeyCase.KEEP ? part : snakeCase(part);
  }

  private Family family(String key) {
    String part = namePart(key, keyCase);
    if (part.isEmpty()) {
      return Family.dropped("it has no letter, digit or _ to name a family by");
    }
    String name = prefix + part + suffix;
    if (unit != null && !name.endsWith("_" + unit)) {
      name += "_" + unit;
    }
    if (!LEGACY_NAME.matcher(name).matches() || name.startsWith("__")) {
      return Family.dropped("it yields " + exposed(name) + ", which is not a valid metric name");
    }
    for (String reserved : droppedSuffixes) {
      if (name.endsWith(reserved)) {
        String whose = ownSuffixes().contains(reserved)
            ? " the exposition adds to this counter's own series"
            : " belongs to the series of other metric types";
        return Family.dropped("it yields " + exposed(name) + ", whose suffix " + reserved + whose);
      }
    }
    try {
      String text = help.replace("{key}", part);
      return new Family(unit == null ? new MetricMetadata(name, text) : new MetricMetadata(name, text, unit), null);
    } catch (IllegalArgumentException e) {
      return Family.dropped("it yields " + exposed(name) + ": " + e.getMessage());
    }
  }

  /** The name as the exposition shows it. */
  private String exposed(String name) {
    return type == MetricType.COUNTER ? name + "_total" : name;
  }

  /**
   * {@code MemTotal} → {@code mem_total}, {@code HugePages_Total} → {@code huge_pages_total},
   * {@code DirectMap4k} → {@code direct_map4k}: an {@code _} before an upper-case letter that
   * follows a lower-case letter or digit, or that starts a word after an acronym; then lower case.
   */
  private static String snakeCase(String part) {
    StringBuilder out = new StringBuilder(part.length() + 4);
    for (int i = 0; i < part.length(); i++) {
      char c = part.charAt(i);
      if (Character.isUpperCase(c) && i > 0 && out.charAt(out.length() - 1) != '_') {
        char before = part.charAt(i - 1);
        boolean acronymEnds = Character.isUpperCase(before) && i + 1 < part.length()
            && Character.isLowerCase(part.charAt(i + 1));
        if (Character.isLowerCase(before) || Character.isDigit(before) || acronymEnds) {
          out.append('_');
        }
      }
      out.append(c);
    }
    return out.toString().toLowerCase(Locale.ROOT);
  }

  /** A key's family: its metadata, or why the key has none. */
  private record Family(MetricMetadata metadata, String problem) {
    static Family dropped(String problem) {
      return new Family(null, problem);
    }
  }
}
