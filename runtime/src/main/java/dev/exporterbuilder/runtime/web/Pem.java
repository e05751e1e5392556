package dev.exporterbuilder.runtime.web;

import dev.exporterbuilder.runtime.process.FailureLog;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.cert.Certificate;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.spec.InvalidKeySpecException;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Certificates and private keys from PEM text, as Go reads them: X.509 certificates, and PKCS#8,
 * PKCS#1 RSA and SEC1 EC keys (the JDK reads only PKCS#8, so the other two are wrapped into it).
 * Errors are {@link IllegalArgumentException}s with one line saying what is wrong.
 */
final class Pem {

  private static final Pattern PEM = Pattern.compile(
      "-----BEGIN ([A-Z0-9 ]+)-----\\s*([A-Za-z0-9+/=\\s]*?)-----END \\1-----");
  /** {@code 1.2.840.113549.1.1.1}, rsaEncryption. */
  private static final byte[] RSA_OID = {0x06, 0x09, 0x2a, (byte) 0x86, 0x48, (byte) 0x86, (byte) 0xf7, 0x0d, 0x01,
      0x01, 0x01};
  /** {@code 1.2.840.10045.2.1}, id-ecPublicKey. */
  private static final byte[] EC_OID = {0x06, 0x07, 0x2a, (byte) 0x86, 0x48, (byte) 0xce, 0x3d, 0x02, 0x01};

  private Pem() {}

  /** The {@code CERTIFICATE} blocks of {@code pem}, which names {@code what} in its errors. */
  public static List<Certificate> certificates(String pem, String what) {
    List<Certificate> certificates = new ArrayList<>();
    try {
      CertificateFactory factory = CertificateFactory.getInstance("X.509");
      for (Block block : blocks(pem)) {
        if (block.type().equals("CERTIFICATE")) {
          certificates.add(factory.generateCertificate(new ByteArrayInputStream(block.der())));
        }
      }
    } catch (CertificateException e) {
      throw new IllegalArgumentException("the " + what + " is not a valid X.509 certificate: " + FailureLog.describe(e));
    }
    if (certificates.isEmpty()) {
      throw new IllegalArgumentException("the " + what + " has no CERTIFICATE block");
    }
    return certificates;
  }

  /** The first private key block: PKCS#8 ({@code PRIVATE KEY}), PKCS#1 ({@code RSA PRIVATE KEY}) or SEC1 ({@code EC PRIVATE KEY}). */
  public static PrivateKey privateKey(String pem) {
    for (Block block : blocks(pem)) {
      switch (block.type()) {
        case "PRIVATE KEY":
          return pkcs8(block.der(), "RSA", "EC", "Ed25519", "RSASSA-PSS");
        case "RSA PRIVATE KEY":
          return pkcs8(wrap(sequence(RSA_OID, new byte[] {0x05, 0x00}), block.der()), "RSA");
        case "EC PRIVATE KEY":
          return pkcs8(wrap(sequence(EC_OID, curveOf(block.der())), block.der()), "EC");
        case "ENCRYPTED PRIVATE KEY":
          throw new IllegalArgumentException("the key is encrypted; exporters need an unencrypted key file");
        default:
          break;
      }
    }
    throw new IllegalArgumentException("the key file has no PRIVATE KEY, RSA PRIVATE KEY or EC PRIVATE KEY block");
  }

  private static PrivateKey pkcs8(byte[] der, String... algorithms) {
    for (String algorithm : algorithms) {
      try {
        return KeyFactory.getInstance(algorithm).generatePrivate(new PKCS8EncodedKeySpec(der));
      } catch (InvalidKeySpecException | java.security.NoSuchAlgorithmException e) {
        // try the next algorithm
      }
    }
    throw new IllegalArgumentException("the private key is not an RSA, EC or Ed25519 key this JDK can read");
  }

  /** PKCS#8: {@code SEQUENCE { INTEGER 0, algorithm, OCTET STRING key }}. */
  private static byte[] wrap(byte[] algorithm, byte[] key) {
    return tlv(0x30, concat(new byte[] {0x02, 0x01, 0x00}, algorithm, tlv(0x04, key)));
  }

  private static byte[] sequence(byte[]... parts) {
    return tlv(0x30, concat(parts));
  }

  /** The named curve of a SEC1 key: the OID in its {@code [0]} parameters. */
  private static byte[] curveOf(byte[] sec1) {
    Der der = new Der(sec1, 0);
    Der sequence = der.enter(0x30);
    sequence.skip(); // version
    sequence.skip(); // private key
    while (sequence.hasMore()) {
      int tag = sequence.peekTag();
      if (tag == 0xa0) {
        Der parameters = sequence.enter(0xa0);
        return parameters.whole(0x06);
      }
      sequence.skip();
    }
    throw new IllegalArgumentException("the EC key names no curve; write it with its parameters (openssl ec -param_out)");
  }

  private static byte[] tlv(int tag, byte[] value) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(value.length + 6);
    out.write(tag);
    int length = value.length;
    if (length < 0x80) {
      out.write(length);
    } else if (length < 0x100) {
      out.write(0x81);
      out.write(length);
    } else if (length < 0x10000) {
      out.write(0x82);
      out.write(length >> 8);
      out.write(length & 0xff);
    } else {
      out.write(0x83);
      out.write(length >> 16);
      out.write((length >> 8) & 0xff);
      out.write(length & 0xff);
    }
    out.writeBytes(value);
    return out.toByteArray();
  }

  private static byte[] concat(byte[]... parts) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (byte[] part : parts) {
      out.writeBytes(part);
    }
    return out.toByteArray();
  }

  private record Block(String type, byte[] der) {}

  private static List<Block> blocks(String pem) {
    List<Block> blocks = new ArrayList<>();
    Matcher matcher = PEM.matcher(pem);
    while (matcher.find()) {
      try {
        blocks.add(new Block(matcher.group(1), Base64.getMimeDecoder().decode(
            matcher.group(2).getBytes(StandardCharsets.US_ASCII))));
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException("a " + matcher.group(1) + " block is not valid base64");
      }
    }
    return blocks;
  }

  /** Just enough DER to find a SEC1 key's curve. */
  private static final class Der {
    private final byte[] bytes;
    private int position;
    private final int end;

    Der(byte[] bytes, int start) {
      this(bytes, start, bytes.length);
    }

    private Der(byte[] bytes, int start, int end) {
      this.bytes = bytes;
      this.position = start;
      this.end = end;
    }

    boolean hasMore() {
      return position < end;
    }

    int peekTag() {
      return bytes[position] & 0xff;
    }

    /** The contents of the element at the position, which must have {@code tag}; moves past it. */
    Der enter(int tag) {
      int[] header = header(tag);
      Der inner = new Der(bytes, header[0], header[0] + header[1]);
      position = header[0] + header[1];
      return inner;
    }

    /** The whole element (tag, length, value) at the position, which must have {@code tag}. */
    byte[] whole(int tag) {
      int start = position;
      int[] header = header(tag);
      position = header[0] + header[1];
      return Arrays.copyOfRange(bytes, start, position);
    }

    void skip() {
      int[] header = header(peekTag());
      position = header[0] + header[1];
    }

    /** {value start, value length} of the element at the position. */
    private int[] header(int tag) {
      if (position + 2 > end || (bytes[position] & 0xff) != tag) {
        throw new IllegalArgumentException("the EC key is not valid SEC1 DER");
      }
      int length = bytes[position + 1] & 0xff;
      int start = position + 2;
      if (length >= 0x80) {
        int count = length & 0x7f;
        if (count < 1 || count > 3 || start + count > end) {
          throw new IllegalArgumentException("the EC key is not valid SEC1 DER");
        }
        length = 0;
        for (int i = 0; i < count; i++) {
          length = (length << 8) | (bytes[start + i] & 0xff);
        }
        start += count;
      }
      if (start + length > end) {
        throw new IllegalArgumentException("the EC key is not valid SEC1 DER");
      }
      return new int[] {start, length};
    }
  }
}
