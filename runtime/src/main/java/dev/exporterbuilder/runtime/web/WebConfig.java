package dev.exporterbuilder.runtime.web;

import dev.exporterbuilder.annotations.contract.GoDuration;
import dev.exporterbuilder.runtime.process.FailureLog;
import dev.exporterbuilder.runtime.process.StartupFailure;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
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
  private static final Set<String> HTTP_KEYS = Set.of("http2", "headers");
  /** bcrypt as Go's x/crypto/bcrypt reads it: versions 2a, 2b, 2y, cost 4 to 31. */
  private static final Pattern BCRYPT = Pattern.compile("\\$2[aby]\\$(0[4-9]|[12][0-9]|3[01])\\$[./A-Za-z0-9]{53}");

  /**
   * exporter-toolkit's {@code rate_limit}: a token bucket of {@code burst} tokens, refilled by one
   * every {@code interval}.
   */
  record RateLimit(long intervalNanos, int burst) {}

  /**
   * Reads and checks {@code file}.
   *
   * @throws StartupFailure with one line naming the file and what is wrong
   */
  static WebConfig load(Path file) throws StartupFailure {
    try {
      return parse(Files.readString(file, StandardCharsets.UTF_8), file.toAbsolutePath().getParent());
    } catch (IOException e) {
      throw invalid(file, "cannot read it: " + FailureLog.describe(e));
    } catch (IllegalArgumentException e) {
      throw invalid(file, e.getMessage());
    }
  }

  private static StartupFailure invalid(Path file, String problem) {
    return StartupFailure.startup("web config file " + file + ": " + problem);
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
      tls = TlsSettings.parse(map(top.get("tls_server_config"), "tls_server_config"), directory);
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

  static void checkKeys(Map<String, Object> map, Set<String> known, String prefix) {
    for (String key : map.keySet()) {
      if (!known.contains(key)) {
        throw new IllegalArgumentException("unknown setting " + prefix + key + "; known: "
            + String.join(", ", known.stream().sorted().toList()));
      }
    }
  }

  static String string(Map<String, Object> map, String key, String fallback) {
    Object value = map.get(key);
    if (value == null) {
      return fallback;
    }
    if (value instanceof Map || value instanceof List) {
      throw new IllegalArgumentException(key + " must be a single value");
    }
    return value.toString();
  }

  static List<String> strings(Map<String, Object> map, String key) {
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
