package dev.exporterbuilder.runtime;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.Base64;
import java.util.List;

/**
 * Reads the tests' PEM fixtures for the clients the tests build, with the JDK alone: the runtime's
 * own PEM reader is internal, and a client made with the code under test would share its mistakes.
 */
final class TestPem {

  private TestPem() {}

  /** Every certificate in {@code pem}. */
  static List<X509Certificate> certificates(String pem) throws GeneralSecurityException {
    return CertificateFactory.getInstance("X.509")
        .generateCertificates(new ByteArrayInputStream(pem.getBytes(StandardCharsets.US_ASCII))).stream()
        .map(X509Certificate.class::cast)
        .toList();
  }

  /** The PKCS#8 ({@code BEGIN PRIVATE KEY}) RSA or EC key in {@code pem}. */
  static PrivateKey privateKey(String pem) throws GeneralSecurityException {
    String base64 = pem.substring(pem.indexOf("-----BEGIN PRIVATE KEY-----") + "-----BEGIN PRIVATE KEY-----".length(),
        pem.indexOf("-----END PRIVATE KEY-----"));
    PKCS8EncodedKeySpec spec = new PKCS8EncodedKeySpec(Base64.getMimeDecoder().decode(base64));
    try {
      return KeyFactory.getInstance("RSA").generatePrivate(spec);
    } catch (GeneralSecurityException e) {
      return KeyFactory.getInstance("EC").generatePrivate(spec);
    }
  }
}
