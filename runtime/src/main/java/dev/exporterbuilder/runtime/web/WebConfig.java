package dev.exporterbuilder.runtime.web;

import dev.exporterbuilder.annotations.contract.GoDuration;
import dev.exporterbuilder.runtime.ExporterException;
import dev.exporterbuilder.runtime.process.FailureLog;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.YAMLException;

/**
 * The web configuration file of {@code --web.config.file}, in exporter-toolkit's format, so that
 * one file serves Go and Java exporters alike:
 *
 * <pre>
 * tls_server_config:
 *   cert_file: server.crt            # PEM; relative paths are relative to this file
 *   key_file: server.key             # PEM: PKCS#8, PKCS#1 (RSA) or SEC1 (EC), not encrypted
 *   client_auth_type: RequireAndVerifyClientCert
 *   client_ca_file: ca.crt
 *   min_version: TLS12
 *   curve_preferences: [X25519, CurveP256]
 * http_server_config:
 *   headers:
 *     Strict-Transport-Security: max-age=31536000
 * basic_auth_users:
 *   prometheus: $2y$10$...           # bcrypt, as htpasswd -nBC 10 writes it
 * rate_limit:
 *   interval: 100ms                  # one request per interval on average
 *   burst: 10                        # and up to this many at once
 * </pre>
 *
 * <p>As exporter-toolkit does, unknown keys are errors, so a misspelt setting is not silently
 * ignored. {@link LiveWebConfig} reads the file again while the exporter runs.
 *
 * @param tls the TLS settings; empty to serve plain HTTP
 * @param headers response headers added to every answer
 * @param users user name → bcrypt hash; empty for no authentication
 * @param rateLimit the limit on requests; empty for none
 */
record WebConfig(Optional<TlsSettings> tls, Map<String, String> headers, Map<String, String> users,
    Optional<RateLimit> rateLimit) {

  /** A configuration that changes nothing: plain HTTP, no headers, no authentication. */
  static final WebConfig NONE = new WebConfig(Optional.empty(), Map.of(), Map.of(), Optional.empty());

  private static final Set<String> TOP_LEVEL = Set.of("tls_server_config", "http_server_config", "basic_auth_users",
      "rate_limit");
  private static final Set<String> RATE_LIMIT_KEYS = Set.of("interval", "burst");
  /** The settings that make exporter-toolkit serve TLS when any of them is not empty. */
  private static final List<String> TLS_SWITCHES = List.of("cert_file", "cert", "key_file", "key", "client_ca_file",
      "client_ca", "client_auth_type");
  private static final Set<String> TLS_KEYS = Set.of("cert_file", "key_file", "cert", "key", "client_auth_type",
      "client_ca_file", "client_ca", "min_version", "max_version", "cipher_suites", "prefer_server_cipher_suites",
      "curve_preferences", "client_allowed_sans");
  private static final Set<String> HTTP_KEYS = Set.of("http2", "headers");
  private static final Map<String, String> VERSIONS = Map.of(
      "TLS10", "TLSv1", "TLS11", "TLSv1.1", "TLS12", "TLSv1.2", "TLS13", "TLSv1.3");
  /** exporter-toolkit's names; {@code RequireClientCert} is its old name of {@code RequireAnyClientCert}. */
  private static final List<String> CLIENT_AUTH_TYPES = List.of("NoClientCert", "RequestClientCert",
      "RequireAnyClientCert", "RequireClientCert", "VerifyClientCertIfGiven", "RequireAndVerifyClientCert");
  /** Go's curve names → JSSE's named groups. */
  private static final Map<String, String> CURVES = Map.of(
      "CurveP256", "secp256r1", "CurveP384", "secp384r1", "CurveP521", "secp521r1", "X25519", "x25519");
  /** bcrypt as Go's x/crypto/bcrypt reads it: versions 2a, 2b, 2y, cost 4 to 31. */
  private static final Pattern BCRYPT = Pattern.compile("\\$2[aby]\\$(0[4-9]|[12][0-9]|3[01])\\$[./A-Za-z0-9]{53}");

  /**
   * TLS settings, with paths resolved against the directory of the config file.
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

    /** Whether client certificates are checked against CAs (else any certificate is taken, as Go does). */
    boolean verifiesClients() {
      return clientAuthType.equals("VerifyClientCertIfGiven") || clientAuthType.equals("RequireAndVerifyClientCert");
    }
  }

  /**
   * exporter-toolkit's {@code rate_limit}: a token bucket of {@code burst} tokens, refilled by one
   * every {@code interval}.
   */
  record RateLimit(long intervalNanos, int burst) {}

  /**
   * Reads and checks {@code file}.
   *
   * @throws ExporterException exit code 1, with one line naming the file and what is wrong
   */
  static WebConfig load(Path file) throws ExporterException {
    try {
      return parse(Files.readString(file, StandardCharsets.UTF_8), file.toAbsolutePath().getParent());
    } catch (IOException e) {
      throw invalid(file, "cannot read it: " + FailureLog.describe(e));
    } catch (IllegalArgumentException e) {
      throw invalid(file, e.getMessage());
    }
  }

  private static ExporterException invalid(Path file, String problem) {
    return ExporterException.startup("web config file " + file + ": " + problem);
  }

  /**
   * @param directory what relative file names in the configuration are relative to
   * @throws IllegalArgumentException naming the setting that is wrong
   */
  static WebConfig parse(String yaml, Path directory) {
    Object root;
    try {
      LoaderOptions options = new LoaderOptions();
      options.setAllowDuplicateKeys(false); // as exporter-toolkit's strict parsing: a repeated key is an error
      root = new Yaml(new SafeConstructor(options)).load(yaml);
    } catch (YAMLException e) {
      throw new IllegalArgumentException("not valid YAML: " + firstLine(e.getMessage()));
    }
    if (root == null) {
      return NONE;
    }
    Map<String, Object> top = map(root, "the file");
    checkKeys(top, TOP_LEVEL, "");
    Optional<TlsSettings> tls = Optional.empty();
    if (top.get("tls_server_config") != null) {
      tls = tls(map(top.get("tls_server_config"), "tls_server_config"), directory);
    }
    Map<String, String> headers = Map.of();
    if (top.get("http_server_config") != null) {
      Map<String, Object> http = map(top.get("http_server_config"), "http_server_config");
      checkKeys(http, HTTP_KEYS, "http_server_config.");
      if (http.get("http2") != null && !(http.get("http2") instanceof Boolean)) {
        throw new IllegalArgumentException("http_server_config.http2 must be true or false");
      }
      if (http.get("headers") != null) {
        headers = headers(map(http.get("headers"), "http_server_config.headers"));
      }
    }
    Map<String, String> users = Map.of();
    if (top.get("basic_auth_users") != null) {
      users = users(map(top.get("basic_auth_users"), "basic_auth_users"));
    }
    Optional<RateLimit> rateLimit = Optional.empty();
    if (top.get("rate_limit") != null) {
      rateLimit = rateLimit(map(top.get("rate_limit"), "rate_limit"));
    }
    return new WebConfig(tls, headers, users, rateLimit);
  }

  /** As exporter-toolkit: an interval of 0 (the default) means no limit; a burst of 0 refuses every request. */
  private static Optional<RateLimit> rateLimit(Map<String, Object> limit) {
    checkKeys(limit, RATE_LIMIT_KEYS, "rate_limit.");
    Object interval = limit.get("interval");
    long nanos;
    if (interval == null) {
      nanos = 0;
    } else if (interval instanceof Integer || interval instanceof Long) {
      nanos = ((Number) interval).longValue(); // Go reads a bare number as nanoseconds
    } else {
      try {
        nanos = GoDuration.parse(string(limit, "interval", "")).toNanos();
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException("rate_limit.interval: " + e.getMessage());
      }
    }
    if (nanos < 0) {
      throw new IllegalArgumentException("rate_limit.interval must not be negative");
    }
    Object burst = limit.get("burst");
    if (burst != null && !(burst instanceof Integer)) {
      throw new IllegalArgumentException("rate_limit.burst must be a whole number");
    }
    if (nanos == 0) {
      return Optional.empty();
    }
    return Optional.of(new RateLimit(nanos, burst == null ? 0 : (Integer) burst));
  }

  /**
   * The TLS settings, checked in the order exporter-toolkit checks them. TLS is on when any of
   * {@link #TLS_SWITCHES} is set, as in exporter-toolkit; unlike it, any other TLS setting without
   * them is an error too, so that a file asking for TLS never gets plain HTTP.
   */
  private static Optional<TlsSettings> tls(Map<String, Object> tls, Path directory) {
    checkKeys(tls, TLS_KEYS, "tls_server_config.");
    List<String> namedGroups = new ArrayList<>();
    for (String curve : strings(tls, "curve_preferences")) {
      String group = CURVES.get(curve);
      if (group == null) {
        throw new IllegalArgumentException("tls_server_config.curve_preferences: unknown curve " + curve + "; use "
            + "CurveP256, CurveP384, CurveP521 or X25519");
      }
      namedGroups.add(group);
    }
    String min = version(tls, "min_version", "TLS12");
    String max = version(tls, "max_version", "TLS13");
    boolean enabled = TLS_SWITCHES.stream().anyMatch(key -> !string(tls, key, "").isEmpty());
    if (!enabled) {
      List<String> set = tls.entrySet().stream().filter(entry -> !isEmpty(entry.getValue())).map(Map.Entry::getKey)
          .sorted().toList();
      if (!set.isEmpty()) {
        throw new IllegalArgumentException("tls_server_config sets " + String.join(", ", set) + " but no certificate;"
            + " add cert_file and key_file, or remove tls_server_config to serve plain HTTP");
      }
      return Optional.empty(); // as exporter-toolkit: an empty section means plain HTTP
    }
    if (string(tls, "cert_file", "").isEmpty() && string(tls, "cert", "").isEmpty()) {
      throw new IllegalArgumentException("tls_server_config: missing one of cert or cert_file");
    }
    if (string(tls, "key_file", "").isEmpty() && string(tls, "key", "").isEmpty()) {
      throw new IllegalArgumentException("tls_server_config: missing one of key or key_file");
    }
    String cert = pem(tls, "cert_file", "cert", directory);
    String key = pem(tls, "key_file", "key", directory);
    String clientCa = pem(tls, "client_ca_file", "client_ca", directory);
    String clientAuth = string(tls, "client_auth_type", "NoClientCert");
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
    boolean caSet = !string(tls, "client_ca_file", "").isEmpty() || !string(tls, "client_ca", "").isEmpty();
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
    List<String> sans = strings(tls, "client_allowed_sans");
    if (!sans.isEmpty() && clientAuth.equals("NoClientCert")) {
      throw new IllegalArgumentException("tls_server_config.client_allowed_sans needs a client_auth_type that asks"
          + " for client certificates, such as RequireAndVerifyClientCert");
    }
    return Optional.of(new TlsSettings(cert, key, clientAuth, clientCa, min, max, strings(tls, "cipher_suites"),
        prefer == null || (Boolean) prefer, sans, List.copyOf(namedGroups)));
  }

  /** Unset as Go sees it: null, "", or an empty list. */
  private static boolean isEmpty(Object value) {
    return value == null || "".equals(value) || (value instanceof List<?> list && list.isEmpty());
  }

  /** The PEM text of a {@code <name>_file} setting (a path) or of its inline form; "" when neither is set. */
  private static String pem(Map<String, Object> tls, String fileKey, String inlineKey, Path directory) {
    String file = string(tls, fileKey, "");
    String inline = string(tls, inlineKey, "");
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
    String version = string(tls, key, fallback);
    String protocol = VERSIONS.get(version);
    if (protocol == null) {
      throw new IllegalArgumentException("tls_server_config." + key + " \"" + version + "\" is not one of TLS10, TLS11,"
          + " TLS12, TLS13");
    }
    return protocol;
  }

  /**
   * The headers exporter-toolkit allows, with the values it allows: a typo must not weaken a
   * security header silently.
   */
  private static Map<String, String> headers(Map<String, Object> headers) {
    Map<String, String> checked = new LinkedHashMap<>();
    for (Map.Entry<String, Object> header : headers.entrySet()) {
      String name = header.getKey();
      String value = header.getValue() == null ? "" : header.getValue().toString();
      switch (name.toLowerCase(Locale.ROOT)) {
        case "strict-transport-security", "content-security-policy", "x-xss-protection" -> { }
        case "x-content-type-options" -> {
          if (!value.equalsIgnoreCase("nosniff")) {
            throw new IllegalArgumentException("X-Content-Type-Options must be nosniff, not \"" + value + "\"");
          }
        }
        case "x-frame-options" -> {
          if (!value.equalsIgnoreCase("deny") && !value.equalsIgnoreCase("sameorigin")) {
            throw new IllegalArgumentException("X-Frame-Options must be deny or sameorigin, not \"" + value + "\"");
          }
        }
        default -> throw new IllegalArgumentException("header \"" + name + "\" cannot be set; the allowed headers are"
            + " Strict-Transport-Security, Content-Security-Policy, X-Content-Type-Options, X-Frame-Options and"
            + " X-XSS-Protection");
      }
      if (value.indexOf('\r') >= 0 || value.indexOf('\n') >= 0) {
        throw new IllegalArgumentException("header \"" + name + "\" has a line break in its value");
      }
      checked.put(name, value);
    }
    return Map.copyOf(checked);
  }

  private static Map<String, String> users(Map<String, Object> users) {
    Map<String, String> checked = new LinkedHashMap<>();
    for (Map.Entry<String, Object> user : users.entrySet()) {
      String hash = user.getValue() == null ? "" : user.getValue().toString();
      if (!BCRYPT.matcher(hash).matches()) {
        throw new IllegalArgumentException("basic_auth_users." + user.getKey() + " is not a bcrypt hash (such as"
            + " htpasswd -nBC 10 \"\" " + user.getKey() + " writes); plain-text passwords are not accepted");
      }
      if (user.getKey().contains(":")) {
        throw new IllegalArgumentException("basic_auth_users: user name \"" + user.getKey() + "\" contains ':'");
      }
      checked.put(user.getKey(), hash);
    }
    return Map.copyOf(checked);
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> map(Object value, String where) {
    if (!(value instanceof Map<?, ?> map)) {
      throw new IllegalArgumentException(where + " must be a mapping of keys to values");
    }
    for (Object key : map.keySet()) {
      if (!(key instanceof String)) {
        throw new IllegalArgumentException(where + " has a key that is not a string: " + key);
      }
    }
    return (Map<String, Object>) map;
  }

  private static void checkKeys(Map<String, Object> map, Set<String> known, String prefix) {
    for (String key : map.keySet()) {
      if (!known.contains(key)) {
        throw new IllegalArgumentException("unknown setting " + prefix + key + "; known: "
            + String.join(", ", known.stream().sorted().toList()));
      }
    }
  }

  private static String string(Map<String, Object> map, String key, String fallback) {
    Object value = map.get(key);
    if (value == null) {
      return fallback;
    }
    if (value instanceof Map || value instanceof List) {
      throw new IllegalArgumentException(key + " must be a single value");
    }
    return value.toString();
  }

  private static List<String> strings(Map<String, Object> map, String key) {
    Object value = map.get(key);
    if (value == null) {
      return List.of();
    }
    if (!(value instanceof List<?> list)) {
      throw new IllegalArgumentException(key + " must be a list");
    }
    List<String> strings = new ArrayList<>();
    for (Object item : list) {
      strings.add(String.valueOf(item));
    }
    return List.copyOf(strings);
  }

  private static String firstLine(String text) {
    if (text == null) {
      return "";
    }
    int newline = text.indexOf('\n');
    return (newline < 0 ? text : text.substring(0, newline)).strip();
  }
}
