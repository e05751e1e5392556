package dev.exporterbuilder.runtime.web;

import dev.exporterbuilder.runtime.process.FailureLog;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.nio.ByteBuffer;
import java.security.GeneralSecurityException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.SSLException;
import javax.net.ssl.SSLParameters;

/**
 * {@code curve_preferences}: the key exchange groups a handshake may use, in order.
 *
 * <p>Java 20 and later set them per connection ({@code SSLParameters.setNamedGroups}, called
 * reflectively since the build targets 17). Java 17 to 19 only have the JVM-wide
 * {@code jdk.tls.namedGroups} property, read once, when TLS is first used: it is set here before
 * the exporter's first TLS context, and a handshake message is made to check that it took effect.
 * If TLS was used earlier in the JVM, or the property names other groups, the exporter does not
 * start rather than offer groups the file excludes.
 */
final class NamedGroups {

  static final String PROPERTY = "jdk.tls.namedGroups";

  /** {@code SSLParameters.setNamedGroups(String[])}; null before Java 20. */
  private static final Method SET_NAMED_GROUPS = setter();

  /** IANA code points of the groups {@code curve_preferences} can name. */
  private static final Map<String, Integer> CODES = Map.of(
      "secp256r1", 0x17, "secp384r1", 0x18, "secp521r1", 0x19, "x25519", 0x1d);

  private NamedGroups() {}

  private static Method setter() {
    try {
      return SSLParameters.class.getMethod("setNamedGroups", String[].class);
    } catch (NoSuchMethodException e) {
      return null;
    }
  }

  /** Whether groups are set per connection (Java 20 and later). */
  public static boolean perConnection() {
    return SET_NAMED_GROUPS != null;
  }

  /**
   * Before Java 20, makes {@code groups} the JVM's groups, or fails; nothing to do for an empty
   * list, or on later versions.
   *
   * @throws IllegalArgumentException if the JVM offers other groups than {@code groups}
   */
  static synchronized void prepare(List<String> groups) {
    if (perConnection() || groups.isEmpty()) {
      return;
    }
    String wanted = String.join(",", groups);
    String set = System.getProperty(PROPERTY);
    if (set == null) {
      System.setProperty(PROPERTY, wanted);
    } else if (!set.replace(" ", "").equals(wanted)) {
      throw new IllegalArgumentException("tls_server_config.curve_preferences: on Java " + Runtime.version().feature()
          + " the groups are JVM-wide and -D" + PROPERTY + "=" + set + " names others; remove it or use Java 20+");
    }
    List<Integer> expected = groups.stream().map(CODES::get).toList();
    if (!expected.equals(offered())) {
      throw new IllegalArgumentException("tls_server_config.curve_preferences: on Java " + Runtime.version().feature()
          + " the groups are JVM-wide and TLS was used before the exporter started; start the JVM with -D"
          + PROPERTY + "=" + wanted + ", or use Java 20+");
    }
  }

  /** Sets {@code groups} on {@code parameters} on Java 20 and later. */
  static void apply(List<String> groups, SSLParameters parameters) {
    if (!perConnection() || groups.isEmpty()) {
      return;
    }
    try {
      SET_NAMED_GROUPS.invoke(parameters, (Object) groups.toArray(new String[0]));
    } catch (IllegalAccessException | InvocationTargetException e) {
      throw new IllegalArgumentException("tls_server_config.curve_preferences cannot be set: "
          + FailureLog.describe(e.getCause() == null ? e : e.getCause()));
    }
  }

  /** The groups a fresh client of this JVM offers: the {@code supported_groups} of its ClientHello. */
  private static List<Integer> offered() {
    try {
      SSLContext context = SSLContext.getInstance("TLS");
      context.init(null, null, null);
      SSLEngine engine = context.createSSLEngine("localhost", 1);
      engine.setUseClientMode(true);
      ByteBuffer hello = ByteBuffer.allocate(engine.getSession().getPacketBufferSize());
      engine.beginHandshake();
      engine.wrap(ByteBuffer.allocate(0), hello);
      hello.flip();
      return supportedGroups(hello);
    } catch (GeneralSecurityException | SSLException | RuntimeException e) {
      throw new IllegalArgumentException("tls_server_config.curve_preferences cannot be checked: "
          + FailureLog.describe(e));
    }
  }

  /** The groups of a ClientHello record: record and handshake headers, version, random, then lists. */
  private static List<Integer> supportedGroups(ByteBuffer record) {
    int position = 5 + 4 + 2 + 32;
    position += 1 + (record.get(position) & 0xff); // session id
    position += 2 + (record.getShort(position) & 0xffff); // cipher suites
    position += 1 + (record.get(position) & 0xff); // compression methods
    int end = position + 2 + (record.getShort(position) & 0xffff);
    position += 2;
    List<Integer> groups = new ArrayList<>();
    while (position + 4 <= end) {
      int type = record.getShort(position) & 0xffff;
      int length = record.getShort(position + 2) & 0xffff;
      if (type == 10) { // supported_groups: a 2-byte length, then 2-byte code points
        for (int at = position + 6; at + 2 <= position + 4 + length; at += 2) {
          groups.add(record.getShort(at) & 0xffff);
        }
      }
      position += 4 + length;
    }
    return groups;
  }
}
