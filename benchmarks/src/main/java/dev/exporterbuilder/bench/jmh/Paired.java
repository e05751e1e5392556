package dev.exporterbuilder.bench.jmh;

import io.prometheus.metrics.model.snapshots.MetricSnapshots;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

/**
 * A cross-check of the JMH ratios for a loaded machine: the three collections of one workload timed
 * in one JVM in short alternating batches (generated, hand-written, reflection, then the reverse
 * order), so that every side sees the same load, and the ratio of each pair of neighbouring batches
 * kept. Prints the median and quartiles of those ratios, by wall-clock time and by the thread's CPU
 * time. Not JMH: no fork per side and no dead-code protection beyond summing the sizes of the results;
 * the JMH run ({@link JmhMain}) is the measurement, this is what to trust when the machine is shared.
 *
 * <pre>java -cp benchmarks/target/benchmarks.jar dev.exporterbuilder.bench.jmh.Paired [records|maps] [series per family] [seconds]</pre>
 */
public final class Paired {

  private Paired() {}

  public static void main(String[] args) {
    String name = args.length > 0 ? args[0] : "records";
    int series = args.length > 1 ? Integer.parseInt(args[1]) : 100;
    double seconds = args.length > 2 ? Double.parseDouble(args[2]) : 20;
    Workload workload = Workload.of(name, series);
    List<Supplier<MetricSnapshots>> sides = List.of(
        workload::collectGenerated, () -> workload.handwritten().collect(), () -> workload.reflection().collect());
    // a batch of about 2 ms of work on a quiet machine, at least one collection
    int batch = Math.max(1, 20_000 / (10 * series));
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    long checksum = 0;
    for (long end = System.nanoTime() + 5_000_000_000L; System.nanoTime() < end; ) { // warm-up
      for (Supplier<MetricSnapshots> side : sides) {
        checksum += side.get().size();
      }
    }
    int capacity = 1 << 16;
    double[][] wall = new double[3][capacity];
    double[][] cpu = new double[3][capacity];
    int rounds = 0;
    long end = System.nanoTime() + (long) (seconds * 1e9);
    while (System.nanoTime() < end && rounds < capacity) {
      for (int k = 0; k < 3; k++) {
        int s = rounds % 2 == 0 ? k : 2 - k;
        long c0 = threads.getCurrentThreadCpuTime();
        long t0 = System.nanoTime();
        for (int i = 0; i < batch; i++) {
          checksum += sides.get(s).get().size();
        }
        wall[s][rounds] = System.nanoTime() - t0;
        cpu[s][rounds] = threads.getCurrentThreadCpuTime() - c0;
      }
      rounds++;
    }
    System.out.printf(Locale.ROOT, "paired collections, %s, %,d series, %d rounds of batches of %d, JVM %s %s (checksum %d)%n",
        name, 10 * series, rounds, batch, System.getProperty("java.vm.name"), System.getProperty("java.vm.version"), checksum);
    System.out.printf(Locale.ROOT, "%-20s %28s %28s%n", "", "wall: median [p25-p75]", "CPU: median [p25-p75]");
    System.out.printf(Locale.ROOT, "%-20s %28s %28s%n", "generated us/op", quartiles(wall[0], rounds, batch), quartiles(cpu[0], rounds, batch));
    System.out.printf(Locale.ROOT, "%-20s %28s %28s%n", "handwritten us/op", quartiles(wall[1], rounds, batch), quartiles(cpu[1], rounds, batch));
    System.out.printf(Locale.ROOT, "%-20s %28s %28s%n", "reflection us/op", quartiles(wall[2], rounds, batch), quartiles(cpu[2], rounds, batch));
    System.out.printf(Locale.ROOT, "%-20s %28s %28s%n", "generated/hand", ratios(wall[0], wall[1], rounds), ratios(cpu[0], cpu[1], rounds));
    System.out.printf(Locale.ROOT, "%-20s %28s %28s%n", "reflection/generated", ratios(wall[2], wall[0], rounds), ratios(cpu[2], cpu[0], rounds));
  }

  private static String quartiles(double[] nanos, int rounds, int batch) {
    double[] perOp = new double[rounds];
    for (int i = 0; i < rounds; i++) {
      perOp[i] = nanos[i] / batch / 1e3;
    }
    return describe(perOp, "%.1f");
  }

  private static String ratios(double[] top, double[] bottom, int rounds) {
    double[] ratios = new double[rounds];
    for (int i = 0; i < rounds; i++) {
      ratios[i] = top[i] / bottom[i];
    }
    return describe(ratios, "%.2f");
  }

  private static String describe(double[] values, String format) {
    double[] sorted = values.clone();
    Arrays.sort(sorted);
    int n = sorted.length;
    return String.format(Locale.ROOT, format + " [" + format + "-" + format + "]", sorted[n / 2], sorted[n / 4], sorted[3 * n / 4]);
  }
}
