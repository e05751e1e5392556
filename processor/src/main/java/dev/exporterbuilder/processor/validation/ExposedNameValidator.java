package dev.exporterbuilder.processor.validation;

import dev.exporterbuilder.processor.gem.CollectorGem;
import dev.exporterbuilder.processor.model.CollectorModel;
import dev.exporterbuilder.processor.model.ExporterModel;
import dev.exporterbuilder.processor.model.MetricModel;
import dev.exporterbuilder.processor.model.ProbeModel;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The word checks that promtool's lint runs on a metric family's name (units, abbreviated units,
 * type words), run on the name as it is exposed: namespace, subsystem, name, unit and the type's
 * suffix. promlint judges the whole exposed name, so a word is as wrong in the subsystem or the unit
 * as in the name; each is reported where it is written: on the member's {@code name} or
 * {@code unit}, once on the collector's {@code subsystem}, once on the exporter's namespace.
 */
final class ExposedNameValidator {

  /** Self-metric every exporter serves: the example exposed name for a namespace without metrics. */
  private static final String SELF_METRIC = "scrape_collector_success";
  /** What separates the words of a name; compiled once, as String.split would for every part of every metric. */
  private static final Pattern WORD_SEPARATOR = Pattern.compile("[_:]");

  /** Where a word of an exposed name is written. */
  private enum Origin { NAMESPACE, SUBSYSTEM, NAME, UNIT, SUFFIX }

  /** One word of an exposed name; {@code position} 0 is the first word, which promlint exempts from some checks. */
  private record Word(String text, int position, Origin origin) {}

  /**
   * One problem, for a message whose arguments are: the part, the word, the exposed name, a clause
   * saying how this is stricter than promlint (or empty), and the base unit to write instead (unused
   * by type words).
   */
  private record Finding(Origin origin, Message message, String word, String stricter, String replacement) {}

  private final Diagnostics diagnostics;

  ExposedNameValidator(Diagnostics diagnostics) {
    this.diagnostics = diagnostics;
  }

  /**
   * Judges the names an exporter serves: each collector's, and the namespace once, with the first
   * metric as the example (or a self-metric, which every exporter serves).
   */
  void validate(ExporterModel exporter, List<CollectorModel> served) {
    String namespace = exporter.namespace();
    served.forEach(collector -> validateCollector(namespace, collector));
    if (!NameRules.isSnakeCase(namespace)) {
      return; // reported by its own check
    }
    Optional<CollectorModel> first = served.stream().filter(collector -> !judged(collector).isEmpty()).findFirst();
    if (first.isPresent()) {
      CollectorModel collector = first.get();
      MetricModel metric = judged(collector).get(0);
      report(findings(words(namespace, collector.subsystem(), metric), metric), Origin.NAMESPACE,
          exposedName(namespace, collector.subsystem(), metric), exporter, collector, metric);
    } else {
      List<Word> words = new ArrayList<>();
      addWords(words, namespace, Origin.NAMESPACE);
      addWords(words, SELF_METRIC, Origin.SUFFIX);
      report(findings(words, null), Origin.NAMESPACE, namespace + "_" + SELF_METRIC, exporter, null, null);
    }
  }

  /** Judges the names of a collector no exporter of this compilation serves: it exposes them without namespace. */
  void validateStandalone(CollectorModel collector) {
    validateCollector("", collector);
  }

  /** Judges the names of a probe's members: they are exposed under the probes' own prefix. */
  void validateProbe(CollectorModel members) {
    validateCollector(ProbeModel.NAMESPACE, members);
  }

  /** Each metric's name and unit; the subsystem once, with the first metric as the example. */
  private void validateCollector(String namespace, CollectorModel collector) {
    List<MetricModel> metrics = judged(collector);
    for (int i = 0; i < metrics.size(); i++) {
      MetricModel metric = metrics.get(i);
      List<Finding> findings = findings(words(namespace, collector.subsystem(), metric), metric);
      String exposed = exposedName(namespace, collector.subsystem(), metric);
      if (i == 0) {
        report(findings, Origin.SUBSYSTEM, exposed, null, collector, metric);
      }
      report(findings, Origin.NAME, exposed, null, collector, metric);
      report(findings, Origin.UNIT, exposed, null, collector, metric);
    }
  }

  /**
   * The metrics whose exposed names can be judged: an invalid name, subsystem or unit is reported by
   * its own check. A name with capitals is judged too, lowercased, as promlint does.
   */
  private static List<MetricModel> judged(CollectorModel collector) {
    if (!collector.subsystem().isEmpty() && !NameRules.isSnakeCase(collector.subsystem())) {
      return List.of();
    }
    return collector.metrics().stream()
        .filter(metric -> NameRules.isLegacyName(metric.name().replace(':', '_')))
        .filter(metric -> metric.unit().isEmpty() || NameRules.isSnakeCase(metric.unit()))
        .toList();
  }

  private static String exposedName(String namespace, String subsystem, MetricModel metric) {
    return metric.fullName(namespace, subsystem) + metric.kind().exposedSuffix();
  }

  /** The words of the exposed name, each with the part it is written in. */
  private static List<Word> words(String namespace, String subsystem, MetricModel metric) {
    List<Word> words = new ArrayList<>();
    addWords(words, namespace, Origin.NAMESPACE);
    addWords(words, subsystem, Origin.SUBSYSTEM);
    addWords(words, metric.name(), Origin.NAME);
    // the unit is appended unless the name already ends with it, as MetricModel.fullName does
    String withoutUnit = String.join("_", words.stream().map(Word::text).toList());
    if (!metric.unit().isEmpty() && !withoutUnit.endsWith("_" + metric.unit())) {
      addWords(words, metric.unit(), Origin.UNIT);
    }
    addWords(words, metric.kind().exposedSuffix(), Origin.SUFFIX);
    return words;
  }

  private static void addWords(List<Word> words, String part, Origin origin) {
    for (String word : WORD_SEPARATOR.split(part.toLowerCase(Locale.ROOT))) {
      if (!word.isEmpty()) {
        words.add(new Word(word, words.size(), origin));
      }
    }
  }

  /**
   * The problems promlint would find in these words, the first of each kind per part. As promlint
   * does, abbreviations and type words count only after the first word; unit words count anywhere.
   */
  private static List<Finding> findings(List<Word> words, MetricModel metric) {
    Map<String, Finding> findings = new LinkedHashMap<>();
    // a unit that is one unit word as a whole is judged by UNIT_NOT_BASE on its own
    boolean unitJudgedAlone = metric != null && NameRules.baseUnit(metric.unit()).isPresent();
    for (Word word : words) {
      if (word.origin() == Origin.SUFFIX || (word.origin() == Origin.UNIT && unitJudgedAlone)) {
        continue;
      }
      if (NameRules.UNIT_ABBREVIATIONS.containsKey(word.text())) {
        if (word.position() > 0) {
          findings.putIfAbsent(word.origin() + "/abbreviation", new Finding(word.origin(),
              Message.NAME_UNIT_ABBREVIATION, word.text(), "", NameRules.UNIT_ABBREVIATIONS.get(word.text())));
        }
      } else {
        NameRules.baseUnit(word.text()).filter(base -> !base.equals(word.text())).ifPresent(base ->
            findings.putIfAbsent(word.origin() + "/unit", new Finding(word.origin(), Message.NAME_NON_BASE_UNIT,
                word.text(), NameRules.isPromlintUnit(word.text())
                    ? "" : " (promlint does not know this word; this check is stricter)",
                base)));
      }
    }
    for (String type : NameRules.TYPE_WORDS) {
      List<String> typeWords = List.of(type.split("_"));
      for (int i = 1; i + typeWords.size() <= words.size(); i++) {
        Word first = words.get(i);
        if (first.origin() == Origin.SUFFIX || (first.origin() == Origin.UNIT && unitJudgedAlone)) {
          continue;
        }
        boolean matches = true;
        for (int j = 0; j < typeWords.size(); j++) {
          matches &= words.get(i + j).text().equals(typeWords.get(j));
        }
        if (matches) {
          boolean ownType = metric != null && type.equals(metric.kind().name().toLowerCase(Locale.ROOT));
          findings.putIfAbsent(first.origin() + "/type", new Finding(first.origin(), Message.NAME_TYPE_WORD, type,
              ownType ? "" : " (promlint flags only the metric's own type; this check is stricter)", ""));
        }
      }
    }
    return List.copyOf(findings.values());
  }

  /** Reports the findings of one origin where that part is written. */
  private void report(List<Finding> findings, Origin origin, String exposed, ExporterModel exporter,
      CollectorModel collector, MetricModel metric) {
    for (Finding finding : findings) {
      if (finding.origin() != origin) {
        continue;
      }
      String part = switch (origin) {
        case NAMESPACE -> "namespace \"" + exporter.namespace() + "\"";
        case SUBSYSTEM -> "subsystem \"" + collector.subsystem() + "\"";
        case NAME -> "metric name " + MetricValidator.shownName(metric);
        case UNIT -> "unit \"" + metric.unit() + "\"";
        case SUFFIX -> throw new IllegalStateException("suffixes are not judged");
      };
      Object[] arguments = {part, finding.word(), exposed, finding.stricter(), finding.replacement()};
      switch (origin) {
        case NAMESPACE -> diagnostics.report(finding.message(), exporter.type(), exporter.annotation(),
            ExporterValidator.namespaceValue(exporter), arguments);
        case SUBSYSTEM -> diagnostics.report(finding.message(), collector.type(), collector.annotation().orElse(null),
            collector.annotation().map(CollectorGem::subsystem).orElse(null), arguments);
        default -> diagnostics.report(finding.message(), metric.member(), metric.annotation(),
            origin == Origin.NAME ? metric.annotation().name() : metric.annotation().unit(), arguments);
      }
    }
  }
}
