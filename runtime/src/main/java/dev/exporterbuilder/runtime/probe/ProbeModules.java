package dev.exporterbuilder.runtime.probe;

import dev.exporterbuilder.annotations.contract.GoDuration;
import dev.exporterbuilder.runtime.generated.ModuleValues;
import dev.exporterbuilder.runtime.generated.ProbeDefinition;
import dev.exporterbuilder.runtime.process.FailureLog;
import dev.exporterbuilder.runtime.process.StartupFailure;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.YAMLException;

/**
 * The modules a {@code /probe} request may name with {@code module=}: those of
 * {@code --config.file}, in blackbox_exporter's layout, and one per probe without modules, named
 * after the probe.
 *
 * <pre>
 * modules:
 *   tcp_connect:
 *     prober: tcp        # the @Probe's name; may be left out when the exporter has one probe
 *     timeout: 5s        # optional; bounds each probe with this module
 *     tcp:               # the prober's settings: its module record's components, snake_case
 *       send: "PING"
 * </pre>
 *
 * Unknown keys, values of the wrong type, missing components and unknown probers are errors at
 * start, naming the file and the key, as exporter-toolkit's strict parsing does for its files.
 */
final class ProbeModules {

  /**
   * One module.
   *
   * @param probe the probe it runs
   * @param timeout its own bound, if it has one
   * @param value the probe's module record; null for a probe without modules
   */
  record Module(String name, ProbeDefinition probe, Optional<Duration> timeout, Object value) {}

  private final Map<String, Module> modules;

  private ProbeModules(Map<String, Module> modules) {
    this.modules = Map.copyOf(modules);
  }

  /**
   * The modules of {@code file} (null: none given) and of the probes without modules.
   *
   * @throws StartupFailure one line naming the file and the key that is wrong
   */
  static ProbeModules load(Path file, List<ProbeDefinition> probes) throws StartupFailure {
    Map<String, Module> modules = new LinkedHashMap<>();
    for (ProbeDefinition probe : probes) {
      if (!probe.hasModules()) {
        modules.put(probe.name(), new Module(probe.name(), probe, Optional.empty(), null));
      }
    }
    if (file != null) {
      String yaml;
      try {
        yaml = Files.readString(file, StandardCharsets.UTF_8);
      } catch (IOException e) {
        throw invalid(file, "cannot read it: " + FailureLog.describe(e));
      }
      Map<String, Module> configured;
      try {
        configured = parse(yaml, probes);
      } catch (IllegalArgumentException e) {
        throw invalid(file, e.getMessage());
      }
      for (String name : configured.keySet()) {
        if (modules.containsKey(name)) {
          throw invalid(file, "modules." + name + ": the probe " + name
              + " has no modules and answers to this name; name the module otherwise");
        }
      }
      modules.putAll(configured);
    }
    return new ProbeModules(modules);
  }

  private static StartupFailure invalid(Path file, String problem) {
    return StartupFailure.startup("config file " + file + ": " + problem);
  }

  /** @throws IllegalArgumentException naming the key that is wrong */
  static Map<String, Module> parse(String yaml, List<ProbeDefinition> probes) {
    Object root;
    try {
      LoaderOptions options = new LoaderOptions();
      options.setAllowDuplicateKeys(false);
      root = new Yaml(new SafeConstructor(options)).load(yaml);
    } catch (YAMLException e) {
      throw new IllegalArgumentException("not valid YAML: " + e.getMessage().lines().findFirst().orElse(""));
    }
    Map<String, Module> modules = new LinkedHashMap<>();
    if (root == null) {
      return modules;
    }
    Map<String, Object> top = map(root, "the file");
    for (String key : top.keySet()) {
      if (!key.equals("modules")) {
        throw new IllegalArgumentException(key + ": unknown key; the file has modules: only");
      }
    }
    if (top.get("modules") == null) {
      return modules;
    }
    for (Map.Entry<String, Object> entry : map(top.get("modules"), "modules").entrySet()) {
      String name = entry.getKey();
      String at = "modules." + name;
      Map<String, Object> settings = entry.getValue() == null ? Map.of() : map(entry.getValue(), at);
      ProbeDefinition probe = prober(settings.get("prober"), probes, at);
      Optional<Duration> timeout = Optional.empty();
      if (settings.get("timeout") != null) {
        timeout = Optional.of(timeout(settings.get("timeout"), at + ".timeout"));
      }
      for (String key : settings.keySet()) {
        if (!key.equals("prober") && !key.equals("timeout") && !(probe.hasModules() && key.equals(probe.name()))) {
          throw new IllegalArgumentException(at + "." + key + ": unknown key; a module has prober, timeout"
              + (probe.hasModules() ? " and " + probe.name() : ""));
        }
      }
      Object value = null;
      if (probe.hasModules()) {
        Object section = settings.get(probe.name());
        String sectionAt = at + "." + probe.name();
        ModuleValues values = new ModuleValues(section == null ? Map.of() : map(section, sectionAt));
        try {
          value = probe.readModule(values);
        } catch (IllegalArgumentException e) {
          throw new IllegalArgumentException(sectionAt + "." + e.getMessage());
        } catch (RuntimeException e) {
          throw new IllegalArgumentException(sectionAt + ": " + FailureLog.describe(e));
        }
        if (!values.unread().isEmpty()) {
          throw new IllegalArgumentException(sectionAt + "." + values.unread().get(0) + ": unknown key");
        }
      }
      modules.put(name, new Module(name, probe, timeout, value));
    }
    return modules;
  }

  private static ProbeDefinition prober(Object prober, List<ProbeDefinition> probes, String at) {
    if (prober == null) {
      if (probes.size() == 1) {
        return probes.get(0);
      }
      throw new IllegalArgumentException(at + ".prober: missing; write one of " + names(probes));
    }
    for (ProbeDefinition probe : probes) {
      if (probe.name().equals(String.valueOf(prober))) {
        return probe;
      }
    }
    throw new IllegalArgumentException(at + ".prober: unknown prober \"" + prober + "\"; write one of " + names(probes));
  }

  private static String names(List<ProbeDefinition> probes) {
    return String.join(", ", probes.stream().map(ProbeDefinition::name).toList());
  }

  private static Duration timeout(Object value, String at) {
    Duration duration;
    try {
      duration = GoDuration.parse(String.valueOf(value));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(at + ": \"" + value + "\" is not a duration such as 5s");
    }
    if (duration.isZero()) {
      throw new IllegalArgumentException(at + ": must be positive; leave it out for no timeout of its own");
    }
    return duration;
  }

  @SuppressWarnings("unchecked") // SnakeYAML's SafeConstructor builds maps with String keys for these documents
  private static Map<String, Object> map(Object value, String at) {
    if (!(value instanceof Map<?, ?> map)) {
      throw new IllegalArgumentException(at + ": expected a mapping of keys to values");
    }
    for (Object key : map.keySet()) {
      if (!(key instanceof String)) {
        throw new IllegalArgumentException(at + ": key " + key + " is not a string");
      }
    }
    return (Map<String, Object>) map;
  }

  /** The module {@code name} names; empty if there is none. */
  Optional<Module> get(String name) {
    return Optional.ofNullable(modules.get(name));
  }

  /** The only module, when there is exactly one. */
  Optional<Module> only() {
    return modules.size() == 1 ? Optional.of(modules.values().iterator().next()) : Optional.empty();
  }

  /** The module names, sorted, for messages and the landing page. */
  List<String> names() {
    return modules.keySet().stream().sorted().toList();
  }
}
