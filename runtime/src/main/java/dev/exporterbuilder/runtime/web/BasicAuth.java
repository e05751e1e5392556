package dev.exporterbuilder.runtime.web;

import at.favre.lib.crypto.bcrypt.BCrypt;
import at.favre.lib.crypto.bcrypt.LongPasswordStrategies;
import dev.exporterbuilder.runtime.process.Log;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Base64;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * HTTP basic authentication against the bcrypt hashes of {@code basic_auth_users}, as
 * exporter-toolkit does it, and such that wrong credentials cannot be used to burn the CPU.
 *
 * <p>A bcrypt check costs what its hash's cost says (with this library about 0.15 s at cost 10,
 * over 30 s at cost 18), so:
 * <ul>
 *   <li>the answer for a (user, stored hash, password) is remembered, successes and failures
 *       alike, so a scraper pays once, not per scrape, and a client with an old password does not
 *       cost a check every scrape. The stored hash is part of the key (the fix of CVE-2022-46146):
 *       a remembered success is for that user with that hash only, not for another user nor after
 *       the hash changed. Keys are SHA-256 digests, so memory does not grow with password length;
 *       successes and failures are kept apart so that a flood of wrong passwords, which only
 *       churns the failures, cannot push out the scrapers' successes.
 *   <li>one check runs at a time, as exporter-toolkit's mutex does: thanks to the cache a check is
 *       needed once per credentials, so more parallel checks would only give an attacker more
 *       cores. At most {@value #IN_LINE} requests hold a worker for a check (one checking, the
 *       others waiting their turn in order); more are refused at once without a check, so a flood
 *       cannot occupy the HTTP workers that remembered scrapers need.
 *   <li>unknown users are checked against {@link #DECOY}, of cost 10 as exporter-toolkit's, so
 *       they cost a check as known users do (response times set them apart only from users of
 *       another cost, as in exporter-toolkit), never more than that whatever costs the file has,
 *       and nothing is hashed at startup.
 * </ul>
 * The decoy, the cache and the one-at-a-time bound are shared by every instance, so re-creating
 * this class for a changed file neither resets them nor costs anything.
 */
final class BasicAuth {

  /**
   * The cost-10 (as exporter-toolkit's decoy) bcrypt hash of 32 random bytes that were thrown away,
   * so no password matches it.
   */
  private static final String DECOY = "$2y$10$m.LZuILUz.Ly0FgZmlyQ1.PKuyMEXZLA/CogrkO7xDU6r0kXrjXX2";

  /** Requests holding a worker for a bcrypt check: the one checking and those waiting for it. */
  static final int IN_LINE = 8;

  /** Remembered successes: only valid credentials add one. */
  private static final Remembered SUCCESSES = new Remembered(256);

  /** Remembered failures: anyone can add one, least recently used go first. */
  private static final Remembered FAILURES = new Remembered(1024);

  /** One check at a time, in the order requests came. */
  private static final Semaphore CHECKING = new Semaphore(1, true);

  private static final AtomicInteger IN_LINE_NOW = new AtomicInteger();

  private static final AtomicLong CHECKS = new AtomicLong();

  /** Passwords over bcrypt's 72 bytes are truncated, as Go's bcrypt does, instead of throwing. */
  private static final BCrypt.Verifyer VERIFYER =
      BCrypt.verifyer(null, LongPasswordStrategies.truncate(BCrypt.Version.VERSION_2A));

  private static final byte[] DECOY_BYTES = DECOY.getBytes(StandardCharsets.US_ASCII);

  private final Map<String, byte[]> hashes;

  BasicAuth(Map<String, String> users) {
    Map<String, byte[]> bytes = new HashMap<>();
    users.forEach((user, hash) -> bytes.put(user, hash.getBytes(StandardCharsets.UTF_8)));
    this.hashes = Map.copyOf(bytes);
  }

  /** How many bcrypt checks this JVM has run, for tests that a remembered answer costs none. */
  static long checks() {
    return CHECKS.get();
  }

  /** Whether an {@code Authorization} header value names a user with the right password. */
  boolean authorized(String authorization) {
    if (authorization == null || !authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
      return false;
    }
    byte[] credentials;
    try {
      credentials = Base64.getDecoder().decode(authorization.substring(6).strip());
    } catch (IllegalArgumentException e) {
      return false;
    }
    int colon = indexOf(credentials, (byte) ':');
    if (colon < 0) {
      return false;
    }
    // bytes as sent, as Go compares them: no replacement characters in the password
    byte[] user = Arrays.copyOfRange(credentials, 0, colon);
    byte[] password = Arrays.copyOfRange(credentials, colon + 1, credentials.length);
    byte[] stored = storedHash(user);
    boolean known = stored != null;
    byte[] hash = known ? stored : DECOY_BYTES;
    String key = key(user, hash, password);
    if (SUCCESSES.contains(key)) {
      return true;
    }
    if (FAILURES.contains(key)) {
      return false;
    }
    if (IN_LINE_NOW.incrementAndGet() > IN_LINE) {
      IN_LINE_NOW.decrementAndGet();
      Log.debug("Basic auth refused without a check: too many checks waiting", "in_line", IN_LINE);
      return false;
    }
    try {
      CHECKING.acquire();
    } catch (InterruptedException e) {
      IN_LINE_NOW.decrementAndGet();
      Thread.currentThread().interrupt();
      return false;
    }
    try {
      // the same credentials may have been checked while this request waited
      if (SUCCESSES.contains(key)) {
        return true;
      }
      if (FAILURES.contains(key)) {
        return false;
      }
      CHECKS.incrementAndGet();
      boolean ok = VERIFYER.verify(password, hash).verified && known;
      (ok ? SUCCESSES : FAILURES).add(key);
      return ok;
    } finally {
      CHECKING.release();
      IN_LINE_NOW.decrementAndGet();
    }
  }

  /** The hash of a user in the file, or null; a user name that is not UTF-8 is in no file. */
  private byte[] storedHash(byte[] user) {
    try {
      return hashes.get(StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(user)).toString());
    } catch (CharacterCodingException e) {
      return null;
    }
  }

  private static int indexOf(byte[] bytes, byte b) {
    for (int i = 0; i < bytes.length; i++) {
      if (bytes[i] == b) {
        return i;
      }
    }
    return -1;
  }

  /** SHA-256 of user, hash and password, each prefixed by its length so no two triples share a key. */
  private static String key(byte[] user, byte[] hash, byte[] password) {
    MessageDigest sha256;
    try {
      sha256 = MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
    for (byte[] part : new byte[][] {user, hash, password}) {
      sha256.update(ByteBuffer.allocate(4).putInt(0, part.length));
      sha256.update(part);
    }
    return HexFormat.of().formatHex(sha256.digest());
  }

  /** A bounded set of keys; the least recently used goes when it is full. */
  private static final class Remembered {

    private final Map<String, Boolean> keys;

    Remembered(int limit) {
      this.keys = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Boolean> eldest) {
          return size() > limit;
        }
      };
    }

    synchronized boolean contains(String key) {
      return keys.get(key) != null;
    }

    synchronized void add(String key) {
      keys.put(key, Boolean.TRUE);
    }
  }
}
