package dev.exporterbuilder.runtime.web;

import dev.exporterbuilder.runtime.http.ServerTls;
import dev.exporterbuilder.runtime.process.Log;
import dev.exporterbuilder.runtime.process.StartupFailure;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/**
 * The web config file while the exporter runs. exporter-toolkit reads it again for every request
 * and every TLS handshake, so that certificates can be rotated and users changed without a
 * restart; here it is read again when asked, at most once a second, and what it makes (TLS
 * material, basic auth) is rebuilt only when it changed.
 *
 * <p>A file that becomes invalid fails closed, as in exporter-toolkit: requests are answered 500
 * and handshakes fail, with one error logged per distinct problem, until the file is valid again.
 * Whether TLS is on is decided at startup, as in exporter-toolkit; a changed file that switches it
 * on or off counts as invalid (restart to switch), so plain HTTP is never served for a file that
 * asks for TLS. {@code rate_limit} is read at startup only, as in exporter-toolkit.
 */
public final class LiveWebConfig {

  public static final long CHECK_INTERVAL_NANOS = TimeUnit.SECONDS.toNanos(1);

  /**
   * One reading of the file.
   *
   * @param config the last valid configuration
   * @param tls what its TLS settings make; null without TLS
   * @param auth its basic auth; null without users
   * @param error why the file as it is now cannot be used; null when it can
   */
  record Snapshot(WebConfig config, ServerTls.Setup tls, BasicAuth auth, String error) {}

  private final Path file;
  private final boolean tls;
  private volatile Snapshot snapshot;
  private volatile long checkedAt;

  private LiveWebConfig(Path file, Snapshot snapshot) {
    this.file = file;
    this.tls = snapshot.tls() != null;
    this.snapshot = snapshot;
    this.checkedAt = System.nanoTime();
  }

  /** No {@code --web.config.file}: plain HTTP, no headers, no authentication, nothing to re-read. */
  public static LiveWebConfig none() {
    return new LiveWebConfig(null, new Snapshot(WebConfig.NONE, null, null, null));
  }

  /**
   * Reads and checks {@code file}, including that its certificates, key and CAs can be used.
   *
   * @throws StartupFailure with one line naming the file and what is wrong
   */
  public static LiveWebConfig load(Path file) throws StartupFailure {
    WebConfig config = WebConfig.load(file);
    try {
      return new LiveWebConfig(file, new Snapshot(config, config.tls().map(Tls::setup).orElse(null),
          config.users().isEmpty() ? null : new BasicAuth(config.users()), null));
    } catch (IllegalArgumentException e) {
      throw StartupFailure.startup("web config file " + file + ": " + e.getMessage());
    }
  }

  /** Whether the server speaks TLS; fixed at startup. */
  public boolean tls() {
    return tls;
  }

  /** The configuration as the file is now, read again if the last reading is a second old. */
  Snapshot current() {
    if (file == null || System.nanoTime() - checkedAt < CHECK_INTERVAL_NANOS) {
      return snapshot;
    }
    synchronized (this) {
      if (System.nanoTime() - checkedAt >= CHECK_INTERVAL_NANOS) {
        snapshot = reread(snapshot);
        checkedAt = System.nanoTime();
      }
      return snapshot;
    }
  }

  private Snapshot reread(Snapshot last) {
    WebConfig config;
    try {
      config = WebConfig.load(file);
    } catch (StartupFailure e) {
      return failed(last, e.getMessage());
    }
    if (config.equals(last.config())) {
      if (last.error() != null) {
        Log.info("Web config file is valid again", "file", file);
      }
      return last.error() == null ? last : new Snapshot(last.config(), last.tls(), last.auth(), null);
    }
    if (config.tls().isPresent() != tls) {
      return failed(last, "web config file " + file + ": TLS is " + (tls ? "on" : "off") + " since startup and the"
          + " file now switches it " + (tls ? "off" : "on") + "; restart the exporter to switch");
    }
    try {
      ServerTls.Setup setup = config.tls().equals(last.config().tls()) ? last.tls() : config.tls().map(Tls::setup).orElse(null);
      BasicAuth auth = config.users().equals(last.config().users()) ? last.auth()
          : config.users().isEmpty() ? null : new BasicAuth(config.users());
      Log.info("Web config file reloaded", "file", file);
      return new Snapshot(config, setup, auth, null);
    } catch (IllegalArgumentException e) {
      return failed(last, "web config file " + file + ": " + e.getMessage());
    }
  }

  private Snapshot failed(Snapshot last, String error) {
    if (!error.equals(last.error())) {
      Log.error("Unable to parse configuration", "file", file, "err", error);
    }
    return new Snapshot(last.config(), last.tls(), last.auth(), error);
  }
}
