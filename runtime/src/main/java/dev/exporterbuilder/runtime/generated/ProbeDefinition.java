package dev.exporterbuilder.runtime.generated;

import dev.exporterbuilder.runtime.MemberErrors;
import io.prometheus.metrics.model.snapshots.MetricSnapshots;
import java.util.Objects;

/**
 * One {@code @Probe} an exporter serves at {@code /probe}: its name (the {@code prober} of a module
 * in {@code --config.file}), its help, the type of its target, the reader of its module record if
 * it has modules, and the generated collector that probes one target.
 */
public final class ProbeDefinition {

  private final String name;
  private final String help;
  private final ProbeTarget<?> target;
  private final ModuleReader<?> modules;
  private final ProbeCollector<?, ?> collector;
  private final Lifecycle lifecycle;

  private ProbeDefinition(String name, String help, ProbeTarget<?> target, ModuleReader<?> modules,
      ProbeCollector<?, ?> collector, Lifecycle lifecycle) {
    this.name = Objects.requireNonNull(name, "name");
    this.help = Objects.requireNonNull(help, "help");
    this.target = Objects.requireNonNull(target, "target");
    this.modules = modules;
    this.collector = Objects.requireNonNull(collector, "collector");
    this.lifecycle = Objects.requireNonNull(lifecycle, "lifecycle");
  }

  /** A probe without modules: its module parameter is always null. */
  public static <T> ProbeDefinition of(String name, String help, ProbeTarget<T> target,
      ProbeCollector<T, Void> collector) {
    return new ProbeDefinition(name, help, target, null, collector, Lifecycle.NONE);
  }

  /** A probe whose modules are read from {@code --config.file} with {@code modules}. */
  public static <T, M> ProbeDefinition withModules(String name, String help, ProbeTarget<T> target,
      ModuleReader<M> modules, ProbeCollector<T, M> collector) {
    return new ProbeDefinition(name, help, target, Objects.requireNonNull(modules, "modules"), collector,
        Lifecycle.NONE);
  }

  /**
   * This probe with its object's {@code @Init} method and {@code close()}, as a collector's: called
   * once after the flags are applied and before serving, and at shutdown.
   */
  public ProbeDefinition lifecycle(Lifecycle objectLifecycle) {
    return new ProbeDefinition(name, help, target, modules, collector, objectLifecycle);
  }

  public String name() {
    return name;
  }

  public String help() {
    return help;
  }

  public Lifecycle lifecycle() {
    return lifecycle;
  }

  public ProbeTarget<?> target() {
    return target;
  }

  /** Whether the probe takes a module from {@code --config.file}. */
  public boolean hasModules() {
    return modules != null;
  }

  /**
   * The module record of one module's settings.
   *
   * @throws IllegalArgumentException naming the key, for a value missing or of the wrong type
   * @throws IllegalStateException if the probe has no modules
   */
  public Object readModule(ModuleValues values) {
    if (modules == null) {
      throw new IllegalStateException("probe " + name + " has no modules");
    }
    return modules.read(values);
  }

  /**
   * Probes one target.
   *
   * @param target what {@link #target()} parsed
   * @param module what {@link #readModule} read; null without modules
   */
  public MetricSnapshots probe(Object target, Object module, MemberErrors errors) {
    @SuppressWarnings("unchecked") // the target was parsed by this probe's ProbeTarget, the module read by its reader
    ProbeCollector<Object, Object> typed = (ProbeCollector<Object, Object>) collector;
    return typed.probe(target, module, errors);
  }

  @Override
  public String toString() {
    return name;
  }
}
