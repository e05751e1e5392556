package dev.exporterbuilder.runtime;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpsExchange;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.security.cert.Certificate;
import java.security.cert.CertificateParsingException;
import java.security.cert.X509Certificate;
import java.util.Collection;
import java.util.List;
import javax.net.ssl.SSLPeerUnverifiedException;

/**
 * {@code client_allowed_sans}: the verified client certificate must have one of the allowed subject
 * alternative names, of the kinds Go compares: DNS names, e-mail addresses, IP addresses (compared
 * as addresses, so {@code ::1} matches {@code 0:0:0:0:0:0:0:1}) and URIs.
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
    boolean ipv6 = literal.indexOf(':') >= 0; // never a host name, so never looked up
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

  static boolean allowed(HttpExchange exchange, List<String> allowedSans) {
    if (!(exchange instanceof HttpsExchange https) || https.getSSLSession() == null) {
      return false;
    }
    try {
      Certificate[] chain = https.getSSLSession().getPeerCertificates();
      if (chain.length == 0 || !(chain[0] instanceof X509Certificate certificate)) {
        return false;
      }
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
    } catch (SSLPeerUnverifiedException | CertificateParsingException e) {
      return false;
    }
  }
}
