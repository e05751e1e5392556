package dev.exporterbuilder.runtime.web;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpsExchange;
import java.net.InetAddress;
import java.net.Socket;
import java.net.UnknownHostException;
import java.security.cert.Certificate;
import java.security.cert.CertificateException;
import java.security.cert.CertificateParsingException;
import java.security.cert.X509Certificate;
import java.util.Collection;
import java.util.List;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.SSLPeerUnverifiedException;
import javax.net.ssl.X509ExtendedTrustManager;

/**
 * How client certificates are checked during the handshake, as exporter-toolkit's
 * {@code client_auth_type} says: against {@code client_ca_file} (or the JDK's default trust store
 * without one) for {@code VerifyClientCertIfGiven} and {@code RequireAndVerifyClientCert}, not at
 * all for {@code RequestClientCert} and {@code RequireAnyClientCert}. Then, as Go's
 * {@code VerifyPeerCertificate} does for {@code client_allowed_sans}, the certificate must have one
 * of the allowed subject alternative names, of the kinds Go compares: DNS names, e-mail addresses,
 * IP addresses (compared as addresses, so {@code ::1} matches {@code 0:0:0:0:0:0:0:1}) and URIs.
 */
final class ClientCertificates {

  private static final int EMAIL = 1;
  private static final int DNS = 2;
  private static final int URI = 6;
  private static final int IP = 7;

  private ClientCertificates() {}

  private static boolean matches(int type, String value, List<String> allowed) {
    switch (type) {
      case EMAIL, DNS, URI:
        return allowed.contains(value);
      case IP:
        InetAddress address = address(value);
        return address != null && allowed.stream().map(ClientCertificates::address).anyMatch(address::equals);
      default:
        return false;
    }
  }

  /** An IP address literal as an address, without a DNS lookup; null for anything else. */
  private static InetAddress address(String literal) {
    // only literals reach getByName, which would otherwise ask DNS (a URI SAN such as spiffe://... has a ':' too)
    boolean ipv6 = literal.indexOf(':') >= 0 && literal.matches("[0-9A-Fa-f:.]+");
    boolean ipv4 = literal.matches("\\d{1,3}(\\.\\d{1,3}){3}");
    if (!ipv6 && !ipv4) {
      return null;
    }
    try {
      return InetAddress.getByName(literal);
    } catch (UnknownHostException e) {
      return null;
    }
  }

  /**
   * Whether the request came with a client certificate that has an allowed name. The handshake
   * already refused certificates without one; this refuses requests without a certificate, which
   * {@code VerifyClientCertIfGiven} and {@code RequestClientCert} let through the handshake.
   */
  static boolean allowed(HttpExchange exchange, List<String> allowedSans) {
    if (!(exchange instanceof HttpsExchange https) || https.getSSLSession() == null) {
      return false;
    }
    try {
      Certificate[] chain = https.getSSLSession().getPeerCertificates();
      return chain.length > 0 && chain[0] instanceof X509Certificate certificate && allowed(certificate, allowedSans);
    } catch (SSLPeerUnverifiedException e) {
      return false;
    }
  }

  static boolean allowed(X509Certificate certificate, List<String> allowedSans) {
    try {
      Collection<List<?>> names = certificate.getSubjectAlternativeNames();
      if (names == null) {
        return false;
      }
      for (List<?> name : names) {
        if (name.size() >= 2 && matches((Integer) name.get(0), String.valueOf(name.get(1)), allowedSans)) {
          return true;
        }
      }
      return false;
    } catch (CertificateParsingException e) {
      return false;
    }
  }

  private interface Verification {
    void run() throws CertificateException;
  }

  /** The checks of {@code settings.clientAuthType()} and {@code client_allowed_sans}, for the handshake. */
  static X509ExtendedTrustManager trustManager(TlsSettings settings) {
    X509ExtendedTrustManager verifier = settings.verifiesClients() ? Tls.clientCas(settings.clientCaPem()) : null;
    List<String> sans = settings.clientAllowedSans();
    return new X509ExtendedTrustManager() {
      private void check(X509Certificate[] chain, Verification verify) throws CertificateException {
        if (chain == null || chain.length == 0) {
          throw new CertificateException("no client certificate");
        }
        if (verifier != null) {
          verify.run();
        }
        if (!sans.isEmpty() && !allowed(chain[0], sans)) {
          throw new CertificateException("the client certificate has none of the names of client_allowed_sans");
        }
      }

      @Override
      public void checkClientTrusted(X509Certificate[] chain, String authType) throws CertificateException {
        check(chain, () -> verifier.checkClientTrusted(chain, authType));
      }

      @Override
      public void checkClientTrusted(X509Certificate[] chain, String authType, Socket socket)
          throws CertificateException {
        check(chain, () -> verifier.checkClientTrusted(chain, authType, socket));
      }

      @Override
      public void checkClientTrusted(X509Certificate[] chain, String authType, SSLEngine engine)
          throws CertificateException {
        check(chain, () -> verifier.checkClientTrusted(chain, authType, engine));
      }

      @Override
      public void checkServerTrusted(X509Certificate[] chain, String authType) throws CertificateException {
        throw new CertificateException("a server does not check server certificates");
      }

      @Override
      public void checkServerTrusted(X509Certificate[] chain, String authType, Socket socket)
          throws CertificateException {
        throw new CertificateException("a server does not check server certificates");
      }

      @Override
      public void checkServerTrusted(X509Certificate[] chain, String authType, SSLEngine engine)
          throws CertificateException {
        throw new CertificateException("a server does not check server certificates");
      }

      @Override
      public X509Certificate[] getAcceptedIssuers() {
        return verifier == null ? new X509Certificate[0] : verifier.getAcceptedIssuers();
      }
    };
  }
}
