package dev.exporterbuilder.runtime;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpsExchange;
import java.security.cert.Certificate;
import java.security.cert.CertificateParsingException;
import java.security.cert.X509Certificate;
import java.util.Collection;
import java.util.List;
import javax.net.ssl.SSLPeerUnverifiedException;

/** {@code client_allowed_sans}: the verified client certificate must name one of the allowed names. */
final class ClientCertificates {

  private ClientCertificates() {}

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
        if (name.size() >= 2 && allowedSans.contains(String.valueOf(name.get(1)))) {
          return true;
        }
      }
      return false;
    } catch (SSLPeerUnverifiedException | CertificateParsingException e) {
      return false;
    }
  }
}
