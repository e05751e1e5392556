package dev.exporterbuilder.runtime.web;

import dev.exporterbuilder.runtime.process.FailureLog;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The {@code tls_server_config} section of the web config file, with paths resolved against the
 * directory of the config file.
 *
 * @param certPem the server certificate chain, PEM
 * @param keyPem the server's private key, PEM
 * @param clientAuthType exporter-toolkit's name: NoClientCert, RequestClientCert, RequireAnyClientCert,
 *     VerifyClientCertIfGiven or RequireAndVerifyClientCert
 * @param clientCaPem the CAs that client certificates must chain to, PEM; empty for the JDK's default trust store
 * @param minVersion a JSSE protocol name such as {@code TLSv1.2}
 * @param maxVersion a JSSE protocol name such as {@code TLSv1.3}
 * @param cipherSuites IANA names (Go uses the same); empty for the JDK's defaults
 * @param preferServerCipherSuites whether the server's order of suites wins
 * @param clientAllowedSans subject alternative names a client certificate must have one of; empty for any
 * @param namedGroups JSSE's names of {@code curve_preferences}, in order; empty for the JDK's defaults
 */
record TlsSettings(String certPem, String keyPem, String clientAuthType, String clientCaPem, String minVersion,
    String maxVersion, List<String> cipherSuites, boolean preferServerCipherSuites, List<String> clientAllowedSans,
    List<String> namedGroups) {

  /** The settings that make exporter-toolkit serve TLS when any of them is not empty. */
  private static final List<String> TLS_SWITCHES = List.of("cert_file", "cert", "key_file", "key", "client_ca_file",
      "client_ca", "client_auth_type");
  private static final Set<String> TLS_KEYS = Set.of("cert_file", "key_file", "cert", "key", "client_auth_type",
      "client_ca_file", "client_ca", "min_version", "max_version", "cipher_suites", "prefer_server_cipher_suites",
      "curve_preferences", "client_allowed_sans");
  private static final Map<String, String> VERSIONS = Map.of(
      "TLS10", "TLSv1", "TLS11", "TLSv1.1", "TLS12", "TLSv1.2", "TLS13", "TLSv1.3");
  /** exporter-toolkit's names; {@code RequireClientCert} is its old name of {@code RequireAnyClientCert}. */
  private static final List<String> CLIENT_AUTH_TYPES = List.of("NoClientCert", "RequestClientCert",
      "RequireAnyClientCert", "RequireClientCert", "VerifyClientCertIfGiven", "RequireAndVerifyClientCert");
  /** Go's curve names → JSSE's named groups. */
  private static final Map<String, String> CURVES = Map.of(
      "CurveP256", "secp256r1", "CurveP384", "secp384r1", "CurveP521", "secp521r1", "X25519", "x25519");

  /** Whether client certificates are checked against CAs (else any certificate is taken, as Go does). */
  boolean verifiesClients() {
    return clientAuthType.equals("VerifyClientCertIfGiven") || clientAuthType.equals("RequireAndVerifyClientCert");
  }

  /**
   * The TLS settings, checked in the order exporter-toolkit checks them. TLS is on when any of
   * {@link #TLS_SWITCHES} is set, as in exporter-toolkit; unlike it, any other TLS setting without
   * them is an error too, so that a file asking for TLS never gets plain HTTP.
   */
  static Optional<TlsSettings> parse(Map<String, Object> tls, Path directory) {
    WebConfig.checkKeys(tls, TLS_KEYS, "tls_server_config.");
    List<String> namedGroups = new ArrayList<>();
    for (String curve : WebConfig.strings(tls, "curve_preferences")) {
      String group = CURVES.get(curve);
      if (group == null) {
        throw new IllegalArgumentException("tls_server_config.curve_preferences: unknown curve " + curve + "; use "
            + "CurveP256, CurveP384, CurveP521 or X25519");
      }
      namedGroups.add(group);
    }
    String min = version(tls, "min_version", "TLS12");
    String max = version(tls, "max_version", "TLS13");
    boolean enabled = TLS_SWITCHES.stream().anyMatch(key -> !WebConfig.string(tls, key, "").isEmpty());
    if (!enabled) {
      List<String> set = tls.entrySet().stream().filter(entry -> !isEmpty(entry.getValue())).map(Map.Entry::getKey)
          .sorted().toList();
      if (!set.isEmpty()) {
        throw new IllegalArgumentException("tls_server_config sets " + String.join(", ", set) + " but no certificate;"
            + " add cert_file and key_file, or remove tls_server_config to serve plain HTTP");
      }
      return Optional.empty(); // as exporter-toolkit: an empty section means plain HTTP
    }
    if (WebConfig.string(tls, "cert_file", "").isEmpty() && WebConfig.string(tls, "cert", "").isEmpty()) {
      throw new IllegalArgumentException("tls_server_config: missing one of cert or cert_file");
    }
    if (WebConfig.string(tls, "key_file", "").isEmpty() && WebConfig.string(tls, "key", "").isEmpty()) {
      throw new IllegalArgumentException("tls_server_config: missing one of key or key_file");
    }
    String cert = pem(tls, "cert_file", "cert", directory);
    String key = pem(tls, "key_file", "key", directory);
    String clientCa = pem(tls, "client_ca_file", "client_ca", directory);
    String clientAuth = WebConfig.string(tls, "client_auth_type", "NoClientCert");
    if (clientAuth.isEmpty()) {
      clientAuth = "NoClientCert";
    }
    if (!CLIENT_AUTH_TYPES.contains(clientAuth)) {
      throw new IllegalArgumentException("tls_server_config.client_auth_type \"" + clientAuth + "\" is not one of "
          + String.join(", ", CLIENT_AUTH_TYPES));
    }
    if (clientAuth.equals("RequireClientCert")) {
      clientAuth = "RequireAnyClientCert";
    }
    boolean caSet = !WebConfig.string(tls, "client_ca_file", "").isEmpty() || !WebConfig.string(tls, "client_ca", "").isEmpty();
    if (caSet && clientAuth.equals("NoClientCert")) {
      throw new IllegalArgumentException("tls_server_config.client_ca_file is set but client_auth_type is"
          + " NoClientCert (client CAs without a client auth policy); set client_auth_type to"
          + " RequireAndVerifyClientCert or VerifyClientCertIfGiven");
    }
    if (caSet) {
      // an empty file is an error, not "no CA file" (which means the JDK's default trust store)
      Pem.certificates(clientCa, "client CA file (client_ca_file or client_ca)");
    }
    if (Tls.PROTOCOLS.indexOf(min) > Tls.PROTOCOLS.indexOf(max)) {
      throw new IllegalArgumentException("tls_server_config.min_version is above max_version");
    }
    Object prefer = tls.get("prefer_server_cipher_suites");
    if (prefer != null && !(prefer instanceof Boolean)) {
      throw new IllegalArgumentException("tls_server_config.prefer_server_cipher_suites must be true or false");
    }
    List<String> sans = WebConfig.strings(tls, "client_allowed_sans");
    if (!sans.isEmpty() && clientAuth.equals("NoClientCert")) {
      throw new IllegalArgumentException("tls_server_config.client_allowed_sans needs a client_auth_type that asks"
          + " for client certificates, such as RequireAndVerifyClientCert");
    }
    return Optional.of(new TlsSettings(cert, key, clientAuth, clientCa, min, max, WebConfig.strings(tls, "cipher_suites"),
        prefer == null || (Boolean) prefer, sans, List.copyOf(namedGroups)));
  }

  /** Unset as Go sees it: null, "", or an empty list. */
  private static boolean isEmpty(Object value) {
    return value == null || "".equals(value) || (value instanceof List<?> list && list.isEmpty());
  }

  /** The PEM text of a {@code <name>_file} setting (a path) or of its inline form; "" when neither is set. */
  private static String pem(Map<String, Object> tls, String fileKey, String inlineKey, Path directory) {
    String file = WebConfig.string(tls, fileKey, "");
    String inline = WebConfig.string(tls, inlineKey, "");
    if (!file.isEmpty() && !inline.isEmpty()) {
      throw new IllegalArgumentException("tls_server_config sets both " + fileKey + " and " + inlineKey + "; keep one");
    }
    if (inline.isEmpty() && file.isEmpty()) {
      return "";
    }
    if (!inline.isEmpty()) {
      return inline;
    }
    Path path = directory == null ? Path.of(file) : directory.resolve(file);
    try {
      // PEM is ASCII, but text around the blocks (comments) may not be: read bytes as they are
      return Files.readString(path, StandardCharsets.ISO_8859_1);
    } catch (IOException e) {
      throw new IllegalArgumentException("tls_server_config." + fileKey + ": cannot read " + path + ": "
          + (e instanceof NoSuchFileException ? "no such file" : FailureLog.describe(e)));
    }
  }

  private static String version(Map<String, Object> tls, String key, String fallback) {
    String version = WebConfig.string(tls, key, fallback);
    String protocol = VERSIONS.get(version);
    if (protocol == null) {
      throw new IllegalArgumentException("tls_server_config." + key + " \"" + version + "\" is not one of TLS10, TLS11,"
          + " TLS12, TLS13");
    }
    return protocol;
  }
}
