package dev.exporterbuilder.runtime;

import at.favre.lib.crypto.bcrypt.BCrypt;
import at.favre.lib.crypto.bcrypt.LongPasswordStrategies;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * HTTP basic authentication against the bcrypt hashes of {@code basic_auth_users}, as
 * exporter-toolkit does it: a bcrypt check costs tens of milliseconds by design, so a successful
 * (user, password) pair is remembered, by a SHA-256 of the password, for later scrapes; an unknown
 * user costs a bcrypt check as well, so that response times do not tell which users exist.
 */
final class BasicAuth {

  /** Remembered successes; cleared when full, which only a flood of distinct valid passwords does. */
  private static final int CACHE_LIMIT = 1024;

  /** Passwords over bcrypt's 72 bytes are truncated, as Go's bcrypt does, instead of throwing. */
  private static final BCrypt.Verifyer VERIFYER =
      BCrypt.verifyer(null, LongPasswordStrategies.truncate(BCrypt.Version.VERSION_2A));

  private final Map<String, byte[]> hashes;
  private final byte[] decoy;
  private final Map<String, Boolean> verified = new ConcurrentHashMap<>();

  BasicAuth(Map<String, String> users) {
    Map<String, byte[]> bytes = new java.util.HashMap<>();
    users.forEach((user, hash) -> bytes.put(user, hash.getBytes(StandardCharsets.UTF_8)));
    this.hashes = Map.copyOf(bytes);
    // a hash of the cost the users' hashes have, for unknown users
    String any = users.values().iterator().next();
    int cost = Integer.parseInt(any.substring(any.indexOf('$', 1) + 1, any.indexOf('$', 1) + 3));
    this.decoy = BCrypt.withDefaults().hash(cost, new byte[16], "decoy".getBytes(StandardCharsets.UTF_8));
  }

  /** Whether an {@code Authorization} header value names a user with the right password. */
  boolean authorized(String authorization) {
    if (authorization == null || !authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
      return false;
    }
    String credentials;
    try {
      credentials = new String(Base64.getDecoder().decode(authorization.substring(6).strip()), StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      return false;
    }
    int colon = credentials.indexOf(':');
    if (colon < 0) {
      return false;
    }
    String user = credentials.substring(0, colon);
    byte[] password = credentials.substring(colon + 1).getBytes(StandardCharsets.UTF_8);
    String key = user + ":" + sha256(password);
    if (verified.containsKey(key)) {
      return true;
    }
    byte[] hash = hashes.get(user);
    boolean ok = VERIFYER.verify(password, hash != null ? hash : decoy).verified && hash != null;
    if (ok) {
      if (verified.size() >= CACHE_LIMIT) {
        verified.clear();
      }
      verified.put(key, Boolean.TRUE);
    }
    return ok;
  }

  private static String sha256(byte[] password) {
    try {
      return Base64.getEncoder().encodeToString(MessageDigest.getInstance("SHA-256").digest(password));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
