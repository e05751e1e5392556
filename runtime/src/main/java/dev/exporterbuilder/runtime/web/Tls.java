package dev.exporterbuilder.runtime.web;

import dev.exporterbuilder.runtime.http.ServerTls;
import dev.exporterbuilder.runtime.process.FailureLog;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.Signature;
import java.security.cert.Certificate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.TrustManager;
import javax.net.ssl.TrustManagerFactory;
import javax.net.ssl.X509ExtendedTrustManager;

/**
 * The TLS side of {@code --web.config.file}: an {@link SSLContext} from PEM files, as Go reads
 * them (PKCS#8, PKCS#1 RSA and SEC1 EC keys), client certificate checks and the handshake settings.
 * {@link ReloadingTls} makes them follow changes of the files.
 */
final class Tls {

  /** JSSE's protocol names from oldest to newest. */
  static final List<String> PROTOCOLS = List.of("TLSv1", "TLSv1.1", "TLSv1.2", "TLSv1.3");
  private Tls() {}

  /** JSSE's switch for refusing renegotiations that clients start; read once, at the first server handshake. */
  static final String REJECT_RENEGOTIATION_PROPERTY = "jdk.tls.rejectClientInitiatedRenegotiation";

  /**
   * Refuses TLS 1.2 renegotiations that a client starts, as Go's TLS server does: each would be a
   * full handshake on the exporter's CPU, over and over on one connection. Left alone when given
   * with {@code -D}.
   */
  private static void rejectRenegotiation() {
    if (System.getProperty(REJECT_RENEGOTIATION_PROPERTY) == null) {
      System.setProperty(REJECT_RENEGOTIATION_PROPERTY, "true");
    }
  }

  /**
   * Checks {@code settings} and makes them into what handshakes use: any certificate, key, CA file,
   * version, suite or curve that cannot be used is an error here, never a plain-HTTP fallback.
   *
   * @throws IllegalArgumentException with one line naming the setting that cannot be used
   */
  static ServerTls.Setup setup(TlsSettings settings) {
    NamedGroups.prepare(settings.namedGroups()); // before any SSLContext: Java 17 reads the groups once
    rejectRenegotiation();
    List<Certificate> chain = Pem.certificates(settings.certPem(), "certificate (cert_file or cert)");
    PrivateKey key = Pem.privateKey(settings.keyPem());
    checkPair(key, chain.get(0));
    try {
      KeyStore store = KeyStore.getInstance("PKCS12");
      store.load(null, null);
      char[] password = new char[0];
      store.setKeyEntry("server", key, password, chain.toArray(new Certificate[0]));
      KeyManagerFactory keys = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
      keys.init(store, password);
      SSLContext context = SSLContext.getInstance("TLS");
      context.init(keys.getKeyManagers(), new TrustManager[] {ClientCertificates.trustManager(settings)}, null);
      return new ServerTls.Setup(context, parameters(settings));
    } catch (GeneralSecurityException | java.io.IOException e) {
      throw new IllegalArgumentException("the key (key_file or key) cannot be used: " + FailureLog.describe(e));
    }
  }

  /**
   * The CAs of {@code client_ca_file}/{@code client_ca}; with neither, the JDK's default trust
   * store, as Go uses the system's roots.
   */
  static X509ExtendedTrustManager clientCas(String pem) {
    try {
      KeyStore trusted = null;
      if (!pem.isEmpty()) {
        trusted = KeyStore.getInstance("PKCS12");
        trusted.load(null, null);
        int i = 0;
        for (Certificate ca : Pem.certificates(pem, "client CA file (client_ca_file or client_ca)")) {
          trusted.setCertificateEntry("ca-" + i++, ca);
        }
      }
      TrustManagerFactory factory = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
      factory.init(trusted);
      for (TrustManager manager : factory.getTrustManagers()) {
        if (manager instanceof X509ExtendedTrustManager x509) {
          return x509;
        }
      }
      throw new IllegalArgumentException("the JDK has no X.509 trust manager");
    } catch (GeneralSecurityException | java.io.IOException e) {
      throw new IllegalArgumentException("the client CAs cannot be used: " + FailureLog.describe(e));
    }
  }

  /** Signs with the key and verifies with the certificate: a key of another certificate fails here, not per handshake. */
  private static void checkPair(PrivateKey key, Certificate certificate) {
    String algorithm = switch (key.getAlgorithm()) {
      case "RSA" -> "SHA256withRSA";
      case "EC" -> "SHA256withECDSA";
      case "Ed25519", "EdDSA" -> "Ed25519";
      default -> null;
    };
    if (algorithm == null) {
      return;
    }
    byte[] probe = "exporter-builder".getBytes(StandardCharsets.US_ASCII);
    boolean matches;
    try {
      Signature signer = Signature.getInstance(algorithm);
      signer.initSign(key);
      signer.update(probe);
      byte[] signature = signer.sign();
      Signature verifier = Signature.getInstance(algorithm);
      verifier.initVerify(certificate.getPublicKey());
      verifier.update(probe);
      matches = verifier.verify(signature);
    } catch (GeneralSecurityException e) {
      matches = false;
    }
    if (!matches) {
      throw new IllegalArgumentException("the key does not match the certificate (the first one in the file)");
    }
  }

  /** A context with the JDK's defaults, for what it supports; created after {@link NamedGroups#prepare}. */
  private static SSLContext defaults() {
    try {
      SSLContext context = SSLContext.getInstance("TLS");
      context.init(null, null, null);
      return context;
    } catch (GeneralSecurityException e) {
      throw new IllegalArgumentException("the JDK offers no TLS: " + FailureLog.describe(e));
    }
  }

  static SSLParameters parameters(TlsSettings settings) {
    SSLContext context = defaults();
    SSLParameters parameters = context.getDefaultSSLParameters();
    List<String> supported = Arrays.asList(context.getSupportedSSLParameters().getProtocols());
    List<String> protocols = new ArrayList<>();
    for (String protocol : PROTOCOLS.subList(PROTOCOLS.indexOf(settings.minVersion()),
        PROTOCOLS.indexOf(settings.maxVersion()) + 1)) {
      if (supported.contains(protocol)) {
        protocols.add(protocol);
      }
    }
    if (protocols.isEmpty()) {
      throw new IllegalArgumentException("none of the TLS versions from " + settings.minVersion() + " to "
          + settings.maxVersion() + " is enabled in this JDK");
    }
    parameters.setProtocols(protocols.toArray(new String[0]));
    if (!settings.cipherSuites().isEmpty()) {
      List<String> available = Arrays.asList(context.getSupportedSSLParameters().getCipherSuites());
      List<String> suites = new ArrayList<>();
      for (String suite : settings.cipherSuites()) {
        if (!available.contains(suite)) {
          throw new IllegalArgumentException("tls_server_config.cipher_suites: unknown cipher " + suite
              + " (not supported by this JDK)");
        }
        suites.add(suite);
      }
      // as in Go, the TLS 1.3 suites are not configurable and stay on
      for (String suite : parameters.getCipherSuites()) {
        if (suite.startsWith("TLS_AES_") || suite.startsWith("TLS_CHACHA20_")) {
          suites.add(suite);
        }
      }
      parameters.setCipherSuites(suites.toArray(new String[0]));
    }
    parameters.setUseCipherSuitesOrder(settings.preferServerCipherSuites());
    switch (settings.clientAuthType()) {
      case "RequireAndVerifyClientCert", "RequireAnyClientCert" -> parameters.setNeedClientAuth(true);
      case "VerifyClientCertIfGiven", "RequestClientCert" -> parameters.setWantClientAuth(true);
      default -> parameters.setNeedClientAuth(false);
    }
    NamedGroups.apply(settings.namedGroups(), parameters);
    return parameters;
  }
}
