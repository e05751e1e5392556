package dev.exporterbuilder.bench.reflect;

import io.prometheus.metrics.model.registry.MetricType;
import io.prometheus.metrics.model.registry.MultiCollector;
import io.prometheus.metrics.model.snapshots.GaugeSnapshot;
import io.prometheus.metrics.model.snapshots.GaugeSnapshot.GaugeDataPointSnapshot;
import io.prometheus.metrics.model.snapshots.Labels;
import io.prometheus.metrics.model.snapshots.MetricFamilyDescriptor;
import io.prometheus.metrics.model.snapshots.MetricMetadata;
import io.prometheus.metrics.model.snapshots.MetricSnapshot;
import io.prometheus.metrics.model.snapshots.MetricSnapshots;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The reflective baseline: what a metrics library that reads annotations at run time (the
 * MicroProfile Metrics / SmallRye style) does with the benchmark's collectors, written as a
 * competent library would write it. The annotated members are found once, when it is built: the
 * {@link ReflectiveGauge} methods of the source's class, their {@link MetricMetadata}, and for a
 * method returning records the accessors of their {@link ReflectiveLabel} components and of the value
 * component, all made accessible once. Each {@link #collect()} then calls the members and accessors
 * through {@link Method#invoke} and builds the same snapshots as the generated collector.
 *
 * <p>Members may return a {@code Map} (key: the value of the one label named in {@code labels}), an
 * {@code Iterable} of records, or a single {@code Number}/{@code Boolean}. A member that throws or
 * returns something else costs only its own samples and is counted in {@link #failures()}.
 */
public final class ReflectiveCollector implements MultiCollector {

  private final Object source;
  private final Member[] members;
  private final List<MetricFamilyDescriptor> descriptors;
  private final AtomicLong failures = new AtomicLong();

  /**
   * Finds the {@link ReflectiveGauge} methods of {@code source}'s class.
   *
   * @param source the object whose members are read on each collection
   * @param namespace the prefix of every family name (joined with {@code _})
   * @throws IllegalArgumentException if a member has a shape this reader does not read
   */
  public ReflectiveCollector(Object source, String namespace) {
    this.source = source;
    List<Member> found = new ArrayList<>();
    Method[] methods = source.getClass().getDeclaredMethods();
    Arrays.sort(methods, Comparator.comparing(Method::getName)); // the JVM's order is unspecified
    for (Method method : methods) {
      ReflectiveGauge gauge = method.getAnnotation(ReflectiveGauge.class);
      if (gauge != null) {
        found.add(member(method, new MetricMetadata(namespace + "_" + gauge.name(), gauge.help()), gauge.labels()));
      }
    }
    members = found.toArray(new Member[0]);
    List<MetricFamilyDescriptor> declared = new ArrayList<>(members.length);
    for (Member member : members) {
      declared.add(MetricFamilyDescriptor.of(MetricType.GAUGE, member.metadata(), member.labelNames()));
    }
    descriptors = List.copyOf(declared);
  }

  private static Member member(Method method, MetricMetadata metadata, String[] labels) {
    if (method.getParameterCount() != 0) {
      throw new IllegalArgumentException(method + ": a gauge method takes no parameters");
    }
    method.setAccessible(true);
    Class<?> type = method.getReturnType();
    if (Map.class.isAssignableFrom(type)) {
      if (labels.length != 1) {
        throw new IllegalArgumentException(method + ": a map member names exactly one label");
      }
      return new MapMember(method, metadata, labels[0]);
    }
    if (Iterable.class.isAssignableFrom(type)) {
      return recordsMember(method, metadata);
    }
    if (Number.class.isAssignableFrom(type) || type == Boolean.class || type.isPrimitive()) {
      return new ScalarMember(method, metadata);
    }
    throw new IllegalArgumentException(method + ": cannot read " + method.getGenericReturnType());
  }

  private static Member recordsMember(Method method, MetricMetadata metadata) {
    Type returned = method.getGenericReturnType();
    if (!(returned instanceof ParameterizedType parameterized)
        || !(parameterized.getActualTypeArguments()[0] instanceof Class<?> element)
        || !element.isRecord()) {
      throw new IllegalArgumentException(method + ": an iterable member yields records");
    }
    List<String> names = new ArrayList<>();
    List<Method> labelAccessors = new ArrayList<>();
    Method value = null;
    for (RecordComponent component : element.getRecordComponents()) {
      Method accessor = component.getAccessor();
      accessor.setAccessible(true);
      ReflectiveLabel label = component.getAnnotation(ReflectiveLabel.class);
      if (label != null) {
        names.add(label.value().isEmpty() ? component.getName() : label.value());
        labelAccessors.add(accessor);
      } else if (value == null) {
        value = accessor;
      } else {
        throw new IllegalArgumentException(element + ": more than one component is not a label");
      }
    }
    if (value == null || names.isEmpty()) {
      throw new IllegalArgumentException(element + ": needs a label component and one value component");
    }
    return new RecordsMember(method, metadata, names.toArray(new String[0]), labelAccessors.toArray(new Method[0]), value);
  }

  @Override
  public MetricSnapshots collect() {
    List<MetricSnapshot> snapshots = new ArrayList<>(members.length);
    for (Member member : members) {
      try {
        GaugeSnapshot snapshot = member.read(source);
        if (snapshot != null) {
          snapshots.add(snapshot);
        }
      } catch (InvocationTargetException | IllegalAccessException | RuntimeException e) {
        failures.incrementAndGet();
      }
    }
    return new MetricSnapshots(snapshots);
  }

  @Override
  public List<MetricFamilyDescriptor> getMetricFamilyDescriptors() {
    return descriptors;
  }

  /** The number of member readings that failed so far. */
  public long failures() {
    return failures.get();
  }

  private static String labelValue(Object value) {
    if (value == null) {
      return "";
    }
    return value instanceof Enum<?> constant ? constant.name() : value.toString();
  }

  private static double sample(Object value) {
    if (value instanceof Number number) {
      return number.doubleValue();
    }
    if (value instanceof Boolean flag) {
      return flag ? 1 : 0;
    }
    throw new IllegalArgumentException("not a number: " + value);
  }

  /** One annotated method, read on each collection. */
  private sealed interface Member permits MapMember, RecordsMember, ScalarMember {

    MetricMetadata metadata();

    List<String> labelNames();

    /** The member's snapshot, or null when it returned null. */
    GaugeSnapshot read(Object source) throws InvocationTargetException, IllegalAccessException;
  }

  private record MapMember(Method getter, MetricMetadata metadata, String label) implements Member {

    @Override
    public List<String> labelNames() {
      return List.of(label);
    }

    @Override
    public GaugeSnapshot read(Object source) throws InvocationTargetException, IllegalAccessException {
      Map<?, ?> map = (Map<?, ?>) getter.invoke(source);
      if (map == null) {
        return null;
      }
      List<GaugeDataPointSnapshot> points = new ArrayList<>(map.size());
      for (Map.Entry<?, ?> entry : map.entrySet()) {
        if (entry.getValue() != null) {
          points.add(new GaugeDataPointSnapshot(sample(entry.getValue()), Labels.of(label, labelValue(entry.getKey())), null));
        }
      }
      return new GaugeSnapshot(metadata, points);
    }
  }

  private record RecordsMember(Method getter, MetricMetadata metadata, String[] names, Method[] labels, Method value)
      implements Member {

    @Override
    public List<String> labelNames() {
      return List.of(names);
    }

    @Override
    public GaugeSnapshot read(Object source) throws InvocationTargetException, IllegalAccessException {
      Iterable<?> elements = (Iterable<?>) getter.invoke(source);
      if (elements == null) {
        return null;
      }
      List<GaugeDataPointSnapshot> points = new ArrayList<>();
      for (Object element : elements) {
        if (element != null) {
          String[] values = new String[labels.length];
          for (int i = 0; i < labels.length; i++) {
            values[i] = labelValue(labels[i].invoke(element));
          }
          points.add(new GaugeDataPointSnapshot(sample(value.invoke(element)), Labels.of(names, values), null));
        }
      }
      return new GaugeSnapshot(metadata, points);
    }
  }

  private record ScalarMember(Method getter, MetricMetadata metadata) implements Member {

    @Override
    public List<String> labelNames() {
      return List.of();
    }

    @Override
    public GaugeSnapshot read(Object source) throws InvocationTargetException, IllegalAccessException {
      Object value = getter.invoke(source);
      if (value == null) {
        return null;
      }
      return new GaugeSnapshot(metadata, List.of(new GaugeDataPointSnapshot(sample(value), Labels.EMPTY, null)));
    }
  }
}
