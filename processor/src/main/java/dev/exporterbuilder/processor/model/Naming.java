package dev.exporterbuilder.processor.model;

import java.util.Locale;

/** How names are derived when the author does not write them. */
public final class Naming {

  private Naming() {}

  /**
   * {@code queueDepth} → {@code queue_depth}, {@code HTTPRequests} → {@code http_requests},
   * {@code LoadAverage} → {@code load_average}; already snake_case input is returned lowercased.
   */
  public static String snakeCase(String identifier) {
    StringBuilder out = new StringBuilder(identifier.length() + 4);
    for (int i = 0; i < identifier.length(); i++) {
      char c = identifier.charAt(i);
      if (Character.isUpperCase(c)) {
        boolean previousIsLowerOrDigit = i > 0
            && (Character.isLowerCase(identifier.charAt(i - 1)) || Character.isDigit(identifier.charAt(i - 1)));
        boolean acronymEnds = i > 0 && Character.isUpperCase(identifier.charAt(i - 1))
            && i + 1 < identifier.length() && Character.isLowerCase(identifier.charAt(i + 1));
        if ((previousIsLowerOrDigit || acronymEnds) && out.length() > 0 && out.charAt(out.length() - 1) != '_') {
          out.append('_');
        }
        out.append(Character.toLowerCase(c));
      } else {
        out.append(c);
      }
    }
    return out.toString().toLowerCase(Locale.ROOT);
  }

  /** {@code sysfsRoot} → {@code sysfs-root}. */
  public static String kebabCase(String identifier) {
    return snakeCase(identifier).replace('_', '-');
  }

  /**
   * The metric name part derived from a member: a method's {@code get}/{@code is} prefix is dropped
   * when a capital letter follows ({@code getQueueDepth} → {@code queue_depth}).
   */
  public static String metricName(String memberName, boolean method) {
    String base = memberName;
    if (method) {
      for (String prefix : new String[] {"get", "is"}) {
        if (base.length() > prefix.length() && base.startsWith(prefix)
            && Character.isUpperCase(base.charAt(prefix.length()))) {
          base = base.substring(prefix.length());
          break;
        }
      }
    }
    return snakeCase(base);
  }

  /**
   * The exposed metric name without a counter's {@code _total}: namespace, subsystem, name, and the
   * unit when the name does not already end with it. Empty parts are left out.
   */
  public static String fullName(String namespace, String subsystem, String name, String unit) {
    StringBuilder fullName = new StringBuilder();
    for (String part : new String[] {namespace, subsystem, name}) {
      if (!part.isEmpty()) {
        if (fullName.length() > 0) {
          fullName.append('_');
        }
        fullName.append(part);
      }
    }
    // client_java requires a name with a unit to end with "_<unit>"; a bare "seconds" does not
    if (!unit.isEmpty() && !fullName.toString().endsWith("_" + unit)) {
      fullName.append('_').append(unit);
    }
    return fullName.toString();
  }

  /** {@code cpu_temperature} → {@code CPU_TEMPERATURE}, for constants. */
  public static String constantCase(String identifier) {
    return snakeCase(identifier).toUpperCase(Locale.ROOT);
  }

  /** {@code LoadAverage} → {@code loadAverage}, for local variables. */
  public static String lowerCamel(String simpleName) {
    return Character.toLowerCase(simpleName.charAt(0)) + simpleName.substring(1);
  }
}
