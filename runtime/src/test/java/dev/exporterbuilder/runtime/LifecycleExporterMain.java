package dev.exporterbuilder.runtime;

import dev.exporterbuilder.runtime.generated.CollectorDefinition;
import dev.exporterbuilder.runtime.generated.ExporterDefinition;
import dev.exporterbuilder.runtime.generated.FlagDefinition;
import dev.exporterbuilder.runtime.generated.Lifecycle;
import java.io.IOException;
import java.util.List;
import java.util.concurrent.CountDownLatch;

/**
 * What a generated {@code Main} looks like for classes with {@code @Init} methods that are
 * {@link AutoCloseable}: each object prints {@code init <name> target=<flag value>} and
 * {@code close <name>} on stdout. {@code --fail-init=<name>} makes that object's init throw,
 * {@code --hang-close=<name>,...} those objects' closes never return. Started as a separate JVM by
 * {@link LifecycleProcessTest}; {@link LifecycleTest} uses {@link #definition()} in process.
 */
public final class LifecycleExporterMain {

  private LifecycleExporterMain() {}

  /** Settings shared by the objects, set by flags. */
  static final class Settings {
    String failInit = "";
    String hangClose = "";
  }

  /** An object with a flag, an init and a close, as an exporter or collector class would be. */
  static final class Source implements AutoCloseable {
    private final String name;
    private final Settings settings;
    String target = "default";

    Source(String name, Settings settings) {
      this.name = name;
      this.settings = settings;
    }

    void init() throws IOException {
      if (settings.failInit.equals(name)) {
        throw new IOException("cannot reach " + target);
      }
      System.out.println("init " + name + " target=" + target);
    }

    @Override
    public void close() throws InterruptedException {
      System.out.println("close " + name);
      if (List.of(settings.hangClose.split(",")).contains(name)) {
        new CountDownLatch(1).await();
      }
    }
  }

  public static void main(String[] args) {
    ExporterRuntime.main(definition(), args);
  }

  /** An exporter object {@code exporter}, collectors {@code db} and {@code cache}, and {@code spare}, disabled. */
  static ExporterDefinition definition() {
    Settings settings = new Settings();
    Source exporter = new Source("exporter", settings);
    Source db = new Source("db", settings);
    Source cache = new Source("cache", settings);
    Source spare = new Source("spare", settings);
    return ExporterDefinition.builder("lifecycle-exporter", 9997, LifecycleExporterMain.class)
        .flag(FlagDefinition.of("target", "Where the objects connect.", String.class, exporter.target, value -> {
          exporter.target = value;
          db.target = value;
          cache.target = value;
          spare.target = value;
        }))
        .flag(FlagDefinition.of("fail-init", "Whose init throws.", String.class, "", value -> settings.failInit = value))
        .flag(FlagDefinition.of("hang-close", "Whose closes hang, comma-separated.", String.class, "", value -> settings.hangClose = value))
        .lifecycle(Lifecycle.init("exporter.init", exporter::init).andClose("exporter", exporter))
        .collector(collector("db", true, db))
        .collector(collector("cache", true, cache))
        .collector(collector("spare", false, spare))
        .build();
  }

  private static CollectorDefinition collector(String name, boolean enabled, Source source) {
    return CollectorDefinition.of(name, enabled, new GaugeCollector("lifecycle_" + name + "_up", 1, null))
        .lifecycle(Lifecycle.init(name + ".init", source::init).andClose(name, source));
  }
}
