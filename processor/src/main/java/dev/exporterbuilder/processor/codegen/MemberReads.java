package dev.exporterbuilder.processor.codegen;

import static dev.exporterbuilder.processor.model.RuntimeTypes.CONST_HISTOGRAM;
import static dev.exporterbuilder.processor.model.RuntimeTypes.CONST_SUMMARY;
import static dev.exporterbuilder.processor.model.RuntimeTypes.INFO_POINT;
import static dev.exporterbuilder.processor.model.RuntimeTypes.INFO_SNAPSHOT;
import static dev.exporterbuilder.processor.model.RuntimeTypes.LABEL_SETS;
import static dev.exporterbuilder.processor.model.RuntimeTypes.LABELS;
import static dev.exporterbuilder.processor.model.RuntimeTypes.SAMPLES;
import static dev.exporterbuilder.processor.model.RuntimeTypes.STATE_SET_POINT;
import static dev.exporterbuilder.processor.model.RuntimeTypes.STATE_SET_SNAPSHOT;

import com.squareup.javapoet.ClassName;
import com.squareup.javapoet.CodeBlock;
import com.squareup.javapoet.TypeName;
import dev.exporterbuilder.processor.descriptor.SampleValue;
import dev.exporterbuilder.processor.descriptor.Samples.Container;
import dev.exporterbuilder.processor.descriptor.Samples;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The statements that read one member in {@code collect} and add its snapshot, if it has a sample
 * this time: one method per member shape.
 */
final class MemberReads implements Samples.Visitor<CodeBlock> {

  /** The declared type of the local that holds a scalar member's value that may yield no sample. */
  private static final Map<SampleValue, TypeName> LOCAL_TYPES = Map.of(
      SampleValue.NUMBER, ClassName.get(Number.class), SampleValue.BOOLEAN, ClassName.get(Boolean.class),
      SampleValue.ATOMIC_BOOLEAN, ClassName.get(AtomicBoolean.class),
      SampleValue.OPTIONAL_DOUBLE, ClassName.get(OptionalDouble.class),
      SampleValue.OPTIONAL_LONG, ClassName.get(OptionalLong.class),
      SampleValue.OPTIONAL_INT, ClassName.get(OptionalInt.class),
      SampleValue.HISTOGRAM_DATA, CONST_HISTOGRAM, SampleValue.SUMMARY_DATA, CONST_SUMMARY);

  private final CodeBlock access;
  private final String constant;
  private final String states;
  private final LabelReuse reuse;

  /**
   * How a labelled member's series get their labels: from a {@code LabelSets} run held in the local
   * {@value #RUN}.
   *
   * @param field the {@code LabelSets} field whose run the read begins and ends; null when the
   *     caller began the run (for all the families of a member that names one per key)
   */
  record LabelReuse(CodeBlock field) {}

  /** The name of the local that holds a labelled member's run of label sets. */
  static final String RUN = "labels";

  /**
   * @param access how the member is read: {@code source.temperature()}, {@code Thermal.zones}
   * @param constant the metric's metadata constant
   * @param states a state set's constant of state names; null for other metrics
   * @param reuse where a labelled member's series get their labels; null to build every label set
   *     with {@code Labels.of}
   */
  MemberReads(CodeBlock access, String constant, String states, LabelReuse reuse) {
    this.access = access;
    this.constant = constant;
    this.states = states;
    this.reuse = reuse;
  }

  /** {@code LabelSets.Run labels = speedLabels.begin();} before the loop over the series, when the read owns its run. */
  private void beginRun(CodeBlock.Builder code) {
    if (reuse != null && reuse.field() != null) {
      code.addStatement("$T.Run $N = $L.begin()", LABEL_SETS, RUN, reuse.field());
    }
  }

  /** {@code labels.end();} after the loop, when the read owns its run. */
  private void endRun(CodeBlock.Builder code) {
    if (reuse != null && reuse.field() != null) {
      code.addStatement("$N.end()", RUN);
    }
  }

  /** The labels of one series: from the run of label sets, or built. */
  private CodeBlock labels(List<String> names, List<CodeBlock> values) {
    CodeBlock.Builder code = CodeBlock.builder();
    if (reuse != null) {
      code.add("$N.of(", RUN);
      for (int i = 0; i < values.size(); i++) {
        code.add(i == 0 ? "$L" : ",$W$L", values.get(i));
      }
    } else {
      code.add("$T.of(", LABELS);
      for (int i = 0; i < values.size(); i++) {
        code.add(i == 0 ? "$S,$W$L" : ",$W$S,$W$L", names.get(i), values.get(i));
      }
    }
    return code.add(")").build();
  }

  @Override
  public CodeBlock scalar(Samples.Scalar samples) {
    String snapshot = SnapshotMethods.name(samples.kind());
    CodeBlock.Builder code = CodeBlock.builder();
    switch (samples.value()) {
      case PRIMITIVE_NUMBER -> code.addStatement("snapshots.add($L($L, $L))", snapshot, constant, access);
      case PRIMITIVE_BOOLEAN -> code.addStatement("snapshots.add($L($L, $L ? 1 : 0))", snapshot, constant, access);
      default -> {
        // a box, an optional, an atomic, a ConstHistogram or a ConstSummary: it may have no sample
        Sample sample = Sample.of(samples.value(), "value");
        code.addStatement("$T value = $L", LOCAL_TYPES.get(samples.value()), access)
            .beginControlFlow("if ($L)", sample.present())
            .addStatement("snapshots.add($L($L, $L))", snapshot, constant, sample.value())
            .endControlFlow();
      }
    }
    return code.build();
  }

  /** One data point per entry, labelled by the key; entries without a sample are skipped. */
  @Override
  public CodeBlock mapEntries(Samples.MapEntries samples) {
    Sample sample = Sample.of(samples.value(), "sample");
    CodeBlock.Builder code = CodeBlock.builder()
        .addStatement("var value = $L", access)
        .beginControlFlow("if (value != null)")
        .addStatement("$T<$T> points = new $T<>(value.size())", List.class, SnapshotMethods.pointClass(samples.kind()),
            ArrayList.class);
    beginRun(code);
    code.beginControlFlow("for (var entry : value.entrySet())")
        .addStatement("var sample = entry.getValue()")
        .beginControlFlow("if ($L)", sample.present())
        .addStatement("points.add($LPoint($L,$W$L))", SnapshotMethods.name(samples.kind()), sample.value(),
            labels(List.of(samples.label()), List.of(CodeBlock.of("$T.labelValue(entry.getKey())", SAMPLES))))
        .endControlFlow()
        .endControlFlow();
    endRun(code);
    return code
        .addStatement("snapshots.add(new $T($L, points))", SnapshotMethods.snapshotClass(samples.kind()), constant)
        .endControlFlow()
        .build();
  }

  /**
   * One data point per element, labelled by its {@code @Label} components; null elements and
   * elements without a sample are skipped. A stream is closed after use.
   */
  @Override
  public CodeBlock elements(Samples.Elements samples) {
    Sample sample = Sample.of(samples.valueKind(), "sample");
    CodeBlock labels = labels(samples.labels().stream().map(Samples.Label::name).toList(),
        samples.labels().stream().map(label -> labelValue(label, "element")).toList());
    boolean stream = samples.container() == Container.STREAM;
    CodeBlock.Builder code = CodeBlock.builder();
    if (stream) {
      code.beginControlFlow("try (var value = $L)", access);
    } else {
      code.addStatement("var value = $L", access);
    }
    code.beginControlFlow("if (value != null)");
    CodeBlock capacity = switch (samples.container()) {
      case ARRAY -> CodeBlock.of("value.length");
      case ITERABLE -> CodeBlock.of("$T.capacity(value)", SAMPLES);
      case STREAM -> CodeBlock.of("");
    };
    code.addStatement("$T<$T> points = new $T<>($L)", List.class, SnapshotMethods.pointClass(samples.kind()),
        ArrayList.class, capacity);
    beginRun(code);
    if (stream) {
      code.beginControlFlow("for (var elements = value.iterator(); elements.hasNext(); )")
          .addStatement("var element = elements.next()");
    } else {
      code.beginControlFlow("for (var element : value)");
    }
    code.beginControlFlow("if (element != null)")
        .addStatement("var sample = element.$N$L", samples.value().name(), samples.value().call() ? "()" : "");
    if (sample.present() != null) {
      code.beginControlFlow("if ($L)", sample.present());
    }
    code.addStatement("points.add($LPoint($L,$W$L))", SnapshotMethods.name(samples.kind()), sample.value(), labels);
    if (sample.present() != null) {
      code.endControlFlow();
    }
    code.endControlFlow()
        .endControlFlow();
    endRun(code);
    code.addStatement("snapshots.add(new $T($L, points))", SnapshotMethods.snapshotClass(samples.kind()), constant)
        .endControlFlow();
    if (stream) {
      code.endControlFlow();
    }
    return code.build();
  }

  /** The generated collector built the client_java metric; it collects itself. */
  @Override
  public CodeBlock instrument(Samples.Instrument samples) {
    return CodeBlock.builder().addStatement("snapshots.add($L.collect())", access).build();
  }

  /** One series, value 1, whose labels are the record's components. */
  @Override
  public CodeBlock infoRecord(Samples.InfoRecord samples) {
    return info(CodeBlock.builder(), labelsOf(samples.labels(), "value"));
  }

  /** One series, value 1, whose labels are the map's entries. */
  @Override
  public CodeBlock infoMap(Samples.InfoMap samples) {
    CodeBlock.Builder code = CodeBlock.builder()
        .addStatement("$T<$T> names = new $T<>(value.size())", List.class, String.class, ArrayList.class)
        .addStatement("$T<$T> values = new $T<>(value.size())", List.class, String.class, ArrayList.class)
        .beginControlFlow("for (var entry : value.entrySet())")
        .addStatement("names.add(entry.getKey())")
        .addStatement("values.add($T.labelValue(entry.getValue()))", SAMPLES)
        .endControlFlow();
    return info(code, CodeBlock.of("$T.of(names, values)", LABELS));
  }

  /** {@code gather} builds the labels from {@code value}, the member's non-null value. */
  private CodeBlock info(CodeBlock.Builder gather, CodeBlock labels) {
    return CodeBlock.builder()
        .addStatement("var value = $L", access)
        .beginControlFlow("if (value != null)")
        .add(gather.build())
        .addStatement("snapshots.add(new $T($L,$W$T.of(new $T($L))))", INFO_SNAPSHOT, constant, List.class, INFO_POINT,
            labels)
        .endControlFlow()
        .build();
  }

  /** One series per constant of the enum, true for the current one. */
  @Override
  public CodeBlock states(Samples.States samples) {
    return CodeBlock.builder()
        .addStatement("var value = $L", access)
        .beginControlFlow("if (value != null)")
        .addStatement("boolean[] states = $T.states(value, $L.length)", SAMPLES, states)
        .addStatement("snapshots.add(new $T($L,$W$T.of(new $T($L,$Wstates,$W$T.EMPTY))))", STATE_SET_SNAPSHOT,
            constant, List.class, STATE_SET_POINT, states, LABELS)
        .endControlFlow()
        .build();
  }

  /** {@code Samples.labelValue(element.type())}: a label's value read from {@code variable}. */
  private static CodeBlock labelValue(Samples.Label label, String variable) {
    return CodeBlock.of("$T.labelValue($N.$N$L)", SAMPLES, variable, label.accessor().name(),
        label.accessor().call() ? "()" : "");
  }

  /** {@code Labels.of("type", Samples.labelValue(element.type()), ...)} over the labels. */
  private static CodeBlock labelsOf(List<Samples.Label> labels, String variable) {
    CodeBlock.Builder code = CodeBlock.builder().add("$T.of(", LABELS);
    for (int i = 0; i < labels.size(); i++) {
      code.add(i == 0 ? "$S,$W$L" : ",$W$S,$W$L", labels.get(i).name(), labelValue(labels.get(i), variable));
    }
    return code.add(")").build();
  }

  /**
   * Whether a value of some kind, held in a variable, is a sample this time (null: always), and its
   * value as a double.
   */
  private record Sample(String present, String value) {
    static Sample of(SampleValue kind, String variable) {
      return switch (kind) {
        case NUMBER -> new Sample(variable + " != null", variable + ".doubleValue()");
        case BOOLEAN -> new Sample(variable + " != null", variable + " ? 1 : 0");
        case ATOMIC_BOOLEAN -> new Sample(variable + " != null", variable + ".get() ? 1 : 0");
        case OPTIONAL_DOUBLE -> new Sample(present(variable), variable + ".getAsDouble()");
        case OPTIONAL_LONG -> new Sample(present(variable), variable + ".getAsLong()");
        case OPTIONAL_INT -> new Sample(present(variable), variable + ".getAsInt()");
        case PRIMITIVE_NUMBER -> new Sample(null, variable);
        case PRIMITIVE_BOOLEAN -> new Sample(null, variable + " ? 1 : 0");
        case HISTOGRAM_DATA, SUMMARY_DATA -> new Sample(variable + " != null", variable);
      };
    }

    /** A scalar optional member must not return null; a map may hold null values, which are skipped. */
    private static String present(String variable) {
      return variable.equals("value") ? variable + ".isPresent()" : variable + " != null && " + variable + ".isPresent()";
    }
  }
}
