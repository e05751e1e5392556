package dev.exporterbuilder.processor.validation;

import dev.exporterbuilder.processor.model.KeyedName;
import dev.exporterbuilder.processor.model.MemberShape;
import dev.exporterbuilder.processor.model.MetricKind;
import dev.exporterbuilder.processor.model.MetricModel;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeMirror;

/**
 * Checks {@code {key}}, for a member that names one family per key of the map it returns: what can
 * be checked without the keys. The name's static parts are checked by the other rules, with a sample
 * word in place of the key; the key itself is checked per scrape at run time.
 */
final class KeyedValidator {

  private final Diagnostics diagnostics;

  KeyedValidator(Diagnostics diagnostics) {
    this.diagnostics = diagnostics;
  }

  /**
   * Reports what is wrong with the member's {@code {key}}, or with its absence where {@code keyCase}
   * or {@code help} expects one.
   *
   * @return whether the member's shape can be checked: false when the type to check is unknown
   */
  boolean validate(MetricModel metric) {
    KeyedName keyed = metric.keyed();
    if (keyed == null) {
      if (metric.annotation().keyCase().isWritten()) {
        diagnostics.report(Message.KEY_CASE_WITHOUT_KEY, metric.member(), metric.annotation(),
            metric.annotation().keyCase());
      }
      if (metric.help().contains(KeyedName.PLACEHOLDER)) {
        diagnostics.report(Message.KEY_IN_HELP_ONLY, metric.member(), metric.annotation(), metric.annotation().help());
      }
      return true;
    }
    String written = metric.annotation().name().value();
    if (metric.kind() != MetricKind.GAUGE && metric.kind() != MetricKind.COUNTER) {
      diagnostics.report(Message.KEY_ON_UNSUPPORTED_KIND, metric.member(), metric.annotation(),
          metric.annotation().name(), metric.kind().annotationName());
      return false;
    }
    if (keyed.placeholders() > 1) {
      diagnostics.report(Message.KEY_PLACEHOLDER_REPEATED, metric.member(), metric.annotation(),
          metric.annotation().name(), written, keyed.placeholders(),
          keyed.before() + KeyedName.PLACEHOLDER + keyed.after().replace(KeyedName.PLACEHOLDER, ""));
    }
    if (keyed.keyType() == null || !isStringLike(keyed.keyType())) {
      diagnostics.report(Message.KEYED_NOT_A_MAP, metric.member(), metric.displayName(), keyed.declaredType());
      return false;
    }
    if (metric.shape() == MemberShape.INSTRUMENT) {
      diagnostics.report(Message.KEYED_VALUE_INSTRUMENT, metric.member(), metric.displayName(),
          metric.kind().annotationName().substring(1));
      return false;
    }
    return true;
  }

  /** Whether map keys of {@code type} are text: {@code String} or {@code CharSequence}. */
  private static boolean isStringLike(TypeMirror type) {
    return type instanceof DeclaredType declared
        && declared.asElement() instanceof TypeElement element
        && (element.getQualifiedName().contentEquals("java.lang.String")
            || element.getQualifiedName().contentEquals("java.lang.CharSequence"));
  }
}
