package dev.exporterbuilder.processor.codegen;

import static dev.exporterbuilder.processor.model.RuntimeTypes.CONST_HISTOGRAM;
import static dev.exporterbuilder.processor.model.RuntimeTypes.CONST_SUMMARY;
import static dev.exporterbuilder.processor.model.RuntimeTypes.COUNTER_POINT;
import static dev.exporterbuilder.processor.model.RuntimeTypes.COUNTER_SNAPSHOT;
import static dev.exporterbuilder.processor.model.RuntimeTypes.GAUGE_POINT;
import static dev.exporterbuilder.processor.model.RuntimeTypes.GAUGE_SNAPSHOT;
import static dev.exporterbuilder.processor.model.RuntimeTypes.HISTOGRAM_POINT;
import static dev.exporterbuilder.processor.model.RuntimeTypes.HISTOGRAM_SNAPSHOT;
import static dev.exporterbuilder.processor.model.RuntimeTypes.LABELS;
import static dev.exporterbuilder.processor.model.RuntimeTypes.METRIC_METADATA;
import static dev.exporterbuilder.processor.model.RuntimeTypes.SAMPLES;
import static dev.exporterbuilder.processor.model.RuntimeTypes.SUMMARY_POINT;
import static dev.exporterbuilder.processor.model.RuntimeTypes.SUMMARY_SNAPSHOT;
import static dev.exporterbuilder.processor.model.RuntimeTypes.UNKNOWN_POINT;
import static dev.exporterbuilder.processor.model.RuntimeTypes.UNKNOWN_SNAPSHOT;

import com.squareup.javapoet.ClassName;
import com.squareup.javapoet.MethodSpec;
import com.squareup.javapoet.TypeName;
import dev.exporterbuilder.processor.descriptor.SampleKind;
import java.util.List;
import java.util.Locale;
import javax.lang.model.element.Modifier;

/**
 * The private helpers a generated collector has per metric type with values: {@code gauge(...)}
 * builds the snapshot of one unlabelled sample, {@code gaugePoint(...)} every data point.
 */
final class SnapshotMethods {

  private SnapshotMethods() {}

  /** {@code gauge}, {@code counter}, ...: the helper's name. */
  static String name(SampleKind kind) {
    return kind.name().toLowerCase(Locale.ROOT);
  }

  static ClassName snapshotClass(SampleKind kind) {
    return switch (kind) {
      case GAUGE -> GAUGE_SNAPSHOT;
      case COUNTER -> COUNTER_SNAPSHOT;
      case HISTOGRAM -> HISTOGRAM_SNAPSHOT;
      case SUMMARY -> SUMMARY_SNAPSHOT;
      case UNTYPED -> UNKNOWN_SNAPSHOT;
    };
  }

  static ClassName pointClass(SampleKind kind) {
    return switch (kind) {
      case GAUGE -> GAUGE_POINT;
      case COUNTER -> COUNTER_POINT;
      case HISTOGRAM -> HISTOGRAM_POINT;
      case SUMMARY -> SUMMARY_POINT;
      case UNTYPED -> UNKNOWN_POINT;
    };
  }

  /** What a data point is built from: a double, or the ConstHistogram or ConstSummary a member returned. */
  private static TypeName valueType(SampleKind kind) {
    return switch (kind) {
      case HISTOGRAM -> CONST_HISTOGRAM;
      case SUMMARY -> CONST_SUMMARY;
      case GAUGE, COUNTER, UNTYPED -> TypeName.DOUBLE;
    };
  }

  /** {@code gauge(metadata, value)}: the snapshot of a member with one unlabelled sample. */
  static MethodSpec snapshotMethod(SampleKind kind) {
    return MethodSpec.methodBuilder(name(kind))
        .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
        .returns(snapshotClass(kind))
        .addParameter(METRIC_METADATA, "metadata")
        .addParameter(valueType(kind), "value")
        .addStatement("return new $T(metadata,$W$T.of($LPoint(value, $T.EMPTY)))", snapshotClass(kind), List.class,
            name(kind), LABELS)
        .build();
  }

  /** {@code gaugePoint(value, labels)}: the one place a data point is built. */
  static MethodSpec pointMethod(SampleKind kind) {
    MethodSpec.Builder method = MethodSpec.methodBuilder(name(kind) + "Point")
        .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
        .returns(pointClass(kind))
        .addParameter(valueType(kind), "value")
        .addParameter(LABELS, "labels");
    return switch (kind) {
      case GAUGE, UNTYPED -> method.addStatement("return new $T(value, labels, null)", pointClass(kind)).build();
      case COUNTER -> method.addJavadoc("A counter data point; a negative or NaN value fails the member.\n")
          .addStatement("return new $T($T.counterValue(value),$Wlabels, null, 0)", pointClass(kind), SAMPLES)
          .build();
      case HISTOGRAM -> method.addStatement("return $T.histogramPoint(value, labels)", SAMPLES).build();
      case SUMMARY -> method.addStatement("return $T.summaryPoint(value, labels)", SAMPLES).build();
    };
  }
}
