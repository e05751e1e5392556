package dev.exporterbuilder.example.postgres;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Properties;

/**
 * postgres_exporter's {@code DATA_SOURCE_NAME}, a libpq connection URL such as
 * {@code postgresql://user:password@host:5432/postgres?sslmode=disable}, turned into what the JDBC
 * driver takes: a {@code jdbc:postgresql:} URL without the credentials, and the user, password and
 * parameters as connection properties. {@link #server()} is postgres_exporter's {@code server} label,
 * {@code host:port}.
 *
 * <p>The password is never part of {@link #toString()}, and no message of {@link #parse} quotes the
 * value it was given, which may hold one.
 */
record DataSourceName(String jdbcUrl, Properties properties, String server) {

  private static final int DEFAULT_PORT = 5432;

  /**
   * The libpq parameters a URL may carry and the JDBC driver's names for them. {@code sslmode}
   * defaults to {@code require}, as it does in lib/pq, which postgres_exporter uses.
   */
  private static final Map<String, String> PARAMETERS = Map.of(
      "sslmode", "sslmode",
      "sslrootcert", "sslrootcert",
      "sslcert", "sslcert",
      "sslkey", "sslkey",
      "application_name", "ApplicationName",
      "connect_timeout", "connectTimeout");

  /** Parses a {@code postgresql://} or {@code postgres://} URL; throws naming what is wrong, never quoting it. */
  static DataSourceName parse(String dsn) {
    if (dsn == null || dsn.isBlank()) {
      throw new IllegalArgumentException("no data source name: set DATA_SOURCE_NAME or --data-source-name,"
          + " such as postgresql://user:password@host:5432/postgres?sslmode=disable");
    }
    URI uri;
    try {
      uri = new URI(dsn.strip());
    } catch (URISyntaxException e) {
      throw new IllegalArgumentException("the data source name is not a URL (" + e.getReason() + " at index "
          + e.getIndex() + "); write postgresql://user:password@host:5432/database?sslmode=disable");
    }
    if (!"postgresql".equals(uri.getScheme()) && !"postgres".equals(uri.getScheme())) {
      throw new IllegalArgumentException("the data source name must start with postgresql:// or postgres://");
    }
    String host = uri.getHost();
    if (host == null || host.isEmpty()) {
      throw new IllegalArgumentException("the data source name has no host; write postgresql://user:password@host:port/database");
    }
    int port = uri.getPort() < 0 ? DEFAULT_PORT : uri.getPort();
    String path = uri.getRawPath() == null ? "" : uri.getRawPath();
    String database = path.startsWith("/") ? decode(path.substring(1)) : decode(path);

    Properties properties = new Properties();
    properties.setProperty("sslmode", "require");
    String userInfo = uri.getRawUserInfo();
    if (userInfo != null) {
      int colon = userInfo.indexOf(':');
      properties.setProperty("user", decode(colon < 0 ? userInfo : userInfo.substring(0, colon)));
      if (colon >= 0) {
        properties.setProperty("password", decode(userInfo.substring(colon + 1)));
      }
    }
    String query = uri.getRawQuery();
    if (query != null && !query.isEmpty()) {
      for (String pair : query.split("&")) {
        int equals = pair.indexOf('=');
        String name = decode(equals < 0 ? pair : pair.substring(0, equals));
        String jdbcName = PARAMETERS.get(name);
        if (jdbcName == null) {
          throw new IllegalArgumentException("the data source name has the parameter \"" + name
              + "\", which this exporter does not know; known: " + String.join(", ", PARAMETERS.keySet().stream()
                  .sorted().toList()));
        }
        properties.setProperty(jdbcName, equals < 0 ? "" : decode(pair.substring(equals + 1)));
      }
    }
    String hostPart = host.contains(":") && !host.startsWith("[") ? "[" + host + "]" : host;
    String jdbcUrl = "jdbc:postgresql://" + hostPart + ":" + port + "/" + encodePathSegment(database);
    return new DataSourceName(jdbcUrl, properties, stripBrackets(host) + ":" + port);
  }

  private static String stripBrackets(String host) {
    return host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
  }

  /** Percent-decoding as in a URL; unlike form decoding, {@code +} stays {@code +}. */
  private static String decode(String raw) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(raw.length());
    int i = 0;
    while (i < raw.length()) {
      int percent = raw.indexOf('%', i);
      int end = percent < 0 ? raw.length() : percent;
      bytes.writeBytes(raw.substring(i, end).getBytes(StandardCharsets.UTF_8));
      if (percent < 0) {
        break;
      }
      int high = percent + 2 < raw.length() ? Character.digit(raw.charAt(percent + 1), 16) : -1;
      int low = percent + 2 < raw.length() ? Character.digit(raw.charAt(percent + 2), 16) : -1;
      if (high < 0 || low < 0) {
        throw new IllegalArgumentException("the data source name has a '%' not followed by two hexadecimal digits");
      }
      bytes.write(high * 16 + low);
      i = percent + 3;
    }
    return bytes.toString(StandardCharsets.UTF_8);
  }

  private static String encodePathSegment(String segment) {
    StringBuilder encoded = new StringBuilder();
    for (byte b : segment.getBytes(StandardCharsets.UTF_8)) {
      int c = b & 0xff;
      if (Character.isLetterOrDigit(c) && c < 128 || c == '-' || c == '_' || c == '.' || c == '~') {
        encoded.append((char) c);
      } else {
        encoded.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
            .append(Character.toUpperCase(Character.forDigit(c & 0xf, 16)));
      }
    }
    return encoded.toString();
  }

  /** The URL and server only: the properties hold the password. */
  @Override
  public String toString() {
    return "DataSourceName[" + jdbcUrl + ", user=" + properties.getProperty("user") + "]";
  }
}
