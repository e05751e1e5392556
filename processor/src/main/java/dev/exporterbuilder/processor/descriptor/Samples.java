package dev.exporterbuilder.processor.descriptor;

import dev.exporterbuilder.processor.model.MetricKind;
import java.util.List;
import javax.lang.model.type.TypeMirror;

/**
 * What a valid metric member yields on a scrape, one record per member shape; each holds exactly what
 * its emitter needs. A new shape is a new record here, its reading in the model, its rule in
 * validation, its case in {@link Descriptors} and its emitter.
 */
public sealed interface Samples {

  /** The Prometheus type of the metric. */
  MetricKind metricKind();

  /** The label names of the metric family; empty where they are known only at scrape time. */
  List<String> labelNames();

  /** Hands this to the visitor's method for its shape. */
  <R> R accept(Visitor<R> visitor);

  /**
   * An operation per shape; Java 17 has no switch over sealed types, and a visitor makes a new shape
   * a compile error in every emitter until it is handled.
   */
  interface Visitor<R> {
    R scalar(Scalar samples);

    R mapEntries(MapEntries samples);

    R elements(Elements samples);

    R instrument(Instrument samples);

    R infoRecord(InfoRecord samples);

    R infoMap(InfoMap samples);

    R states(States samples);
  }

  /** One value, one unlabelled sample (or none); {@code kind} must take {@code value}. */
  record Scalar(SampleKind kind, SampleValue value) implements Samples {
    public Scalar {
      kind.requireTakes(value);
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.scalar(this);
    }

    @Override
    public MetricKind metricKind() {
      return kind.metricKind();
    }

    @Override
    public List<String> labelNames() {
      return List.of();
    }
  }

  /**
   * A {@code Map<K, V>}: one sample per entry, labelled {@code label} by the key; {@code kind} must
   * take {@code value}.
   */
  record MapEntries(SampleKind kind, String label, SampleValue value) implements Samples {
    public MapEntries {
      kind.requireTakes(value);
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.mapEntries(this);
    }

    @Override
    public MetricKind metricKind() {
      return kind.metricKind();
    }

    @Override
    public List<String> labelNames() {
      return List.of(label);
    }
  }

  /**
   * Records or labelled classes from an iterable, stream or array: one sample per element; {@code kind}
   * must take {@code valueKind}.
   */
  record Elements(SampleKind kind, Container container, List<Label> labels, Accessor value, SampleValue valueKind)
      implements Samples {
    public Elements {
      kind.requireTakes(valueKind);
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.elements(this);
    }

    @Override
    public MetricKind metricKind() {
      return kind.metricKind();
    }

    @Override
    public List<String> labelNames() {
      return labels.stream().map(Label::name).toList();
    }
  }

  /**
   * A field of a client_java metric class, built by the generated collector and updated by the
   * author's code.
   *
   * @param kind the metric type, which names the client_java class ({@link SampleKind#instrumentClass()})
   * @param labels the label names it is built with
   * @param parameters a histogram's bucket bounds or a summary's quantiles; empty for the defaults
   */
  record Instrument(SampleKind kind, List<String> labels, List<Double> parameters) implements Samples {
    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.instrument(this);
    }

    @Override
    public MetricKind metricKind() {
      return kind.metricKind();
    }

    @Override
    public List<String> labelNames() {
      return labels;
    }
  }

  /** An info record: one series, value 1, labelled by every component. */
  record InfoRecord(List<Label> labels) implements Samples {
    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.infoRecord(this);
    }

    @Override
    public MetricKind metricKind() {
      return MetricKind.INFO;
    }

    @Override
    public List<String> labelNames() {
      return labels.stream().map(Label::name).toList();
    }
  }

  /** An info {@code Map<String, String>}: one series, value 1, labelled by the entries. */
  record InfoMap() implements Samples {
    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.infoMap(this);
    }

    @Override
    public MetricKind metricKind() {
      return MetricKind.INFO;
    }

    @Override
    public List<String> labelNames() {
      return List.of();
    }
  }

  /** A state set: one series per constant of {@code enumType}, true for the current one. */
  record States(TypeMirror enumType) implements Samples {
    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.states(this);
    }

    @Override
    public MetricKind metricKind() {
      return MetricKind.STATE_SET;
    }

    @Override
    public List<String> labelNames() {
      return List.of();
    }
  }

  /** Where elements come from; a stream is closed after use. */
  enum Container { ITERABLE, STREAM, ARRAY }

  /**
   * A member of an element that the generated code reads.
   *
   * @param name the record component's, method's or field's name
   * @param call whether it is called ({@code element.device()}) rather than read as a field
   */
  record Accessor(String name, boolean call) {}

  /**
   * A label read from each element.
   *
   * @param name the label name
   * @param accessor how its value is read
   */
  record Label(String name, Accessor accessor) {}
}
