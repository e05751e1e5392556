package dev.exporterbuilder.bench.jmh;

import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.openjdk.jmh.infra.BenchmarkParams;
import org.openjdk.jmh.profile.GCProfiler;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;
import org.openjdk.jmh.runner.options.VerboseMode;

/**
 * Runs {@link CollectBenchmark} through JMH's API and prints the targets of the in-process benchmarks:
 *
 * <pre>java [JVM flags] -jar benchmarks/target/benchmarks.jar [--quick] [--rounds N] [--warmup SECONDS] [--prof NAME[:OPTIONS]]</pre>
 *
 * <p>Each round runs the seven benchmarks of one workload and size back to back (one fork each, in
 * reverse order every other round, the
 * JVM flags of this JVM inherited; {@code --warmup} iterations of 1 s, default 5, then 5 measured
 * iterations of 0.5 s), then the next workload and size, so that the sides compared are measured
 * minutes apart at most; the ratio printed and judged is that of each side's best round (default 1 round; load only ever adds
 * time), with the range of the ratios taken within one round. The warm-up must outlast the JIT: the generated collector's
 * {@code collect} is one large method whose loops C2 compiles one by one, later than the hand-written
 * collector's single loop (on a loaded 2-core machine, 10 s after the fork started). The targets are on collection alone (the text writer is the same code on
 * every side and only dilutes the difference): generated at most 1.05 times hand-written, reflection
 * at least 2 times generated. Allocation per operation comes from JMH's GC profiler. The exit code is
 * 0 whether or not a target is met: this is a report.
 */
public final class JmhMain {

  private static final String[] WORKLOADS = {"records", "maps"};
  private static final String[] SERIES = {"100", "10000"};
  private static final String[] BENCHMARKS = {
    "collectGenerated", "collectHandwritten", "collectReflection",
    "scrapeGenerated", "scrapeHandwritten", "scrapeReflection", "writerFloor"};
  private static final double COLLECT_TARGET = 1.05;
  private static final double REFLECTION_TARGET = 2.0;

  private JmhMain() {}

  public static void main(String[] args) throws RunnerException {
    boolean quick = false;
    int rounds = 1;
    int warmup = 5;
    List<String> profilers = new ArrayList<>();
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--quick" -> quick = true;
        case "--rounds" -> rounds = Integer.parseInt(argument(args, ++i));
        case "--warmup" -> warmup = Integer.parseInt(argument(args, ++i));
        case "--prof" -> profilers.add(argument(args, ++i));
        case "-h", "--help" -> {
          System.out.println("usage: java [JVM flags] -jar benchmarks.jar [--quick] [--rounds N] [--warmup SECONDS] [--prof NAME[:OPTIONS]]");
          return;
        }
        default -> throw new IllegalArgumentException("unknown argument " + args[i] + " (--help)");
      }
    }
    if (quick) {
      rounds = 1;
    }
    // measurements[workload/series][benchmark] = one Result per round
    Map<String, Map<String, List<RunResult>>> measured = new LinkedHashMap<>();
    BenchmarkParams params = null;
    for (int round = 1; round <= rounds; round++) {
      for (String workload : WORKLOADS) {
        for (String series : SERIES) {
          System.err.printf(Locale.ROOT, "round %d/%d: %s, %s series per family%n", round, rounds, workload, series);
          // one benchmark at a time, in the reverse order every other round: no side is always measured first
          List<String> order = new ArrayList<>(Arrays.asList(BENCHMARKS));
          if (round % 2 == 0) {
            Collections.reverse(order);
          }
          for (String benchmark : order) {
            ChainedOptionsBuilder options = new OptionsBuilder()
                .include(Pattern.quote(CollectBenchmark.class.getName() + "." + benchmark) + "$")
                .param("workload", workload)
                .param("series", series)
                .forks(1)
                .warmupIterations(quick ? 1 : warmup)
                .warmupTime(quick ? TimeValue.milliseconds(200) : TimeValue.seconds(1))
                .measurementIterations(quick ? 2 : 5)
                .measurementTime(quick ? TimeValue.milliseconds(200) : TimeValue.milliseconds(500))
                .addProfiler(GCProfiler.class)
                .shouldFailOnError(true)
                .verbosity(VerboseMode.SILENT);
            for (String profiler : profilers) {
              int colon = profiler.indexOf(':');
              options = colon < 0 ? options.addProfiler(profiler) : options.addProfiler(profiler.substring(0, colon), profiler.substring(colon + 1));
            }
            for (RunResult result : new Runner(options.build()).run()) {
              params = result.getParams();
              measured.computeIfAbsent(workload + "/" + series, k -> new LinkedHashMap<>())
                  .computeIfAbsent(benchmark, k -> new ArrayList<>()).add(result);
            }
          }
        }
      }
    }
    print(System.out, measured, params, rounds, quick);
  }

  private static String argument(String[] args, int i) {
    if (i >= args.length) {
      throw new IllegalArgumentException(args[i - 1] + " needs a value");
    }
    return args[i];
  }

  private static void print(PrintStream out, Map<String, Map<String, List<RunResult>>> measured, BenchmarkParams params, int rounds, boolean quick) {
    out.println();
    out.printf(Locale.ROOT, "exporter-builder in-process benchmarks, JMH %s%s: %d round(s), 1 fork per benchmark and round%n",
        params == null ? "?" : params.getJmhVersion(), quick ? " (QUICK: a smoke run, numbers not meaningful)" : "", rounds);
    if (params != null) {
      out.printf(Locale.ROOT, "JVM: %s %s (%s), fork flags: %s%n", params.getVmName(), params.getVmVersion(), params.getJdkVersion(), params.getJvmArgs());
    }
    out.printf(Locale.ROOT, "host: %d processors; runner flags: %s%n", Runtime.getRuntime().availableProcessors(),
        ManagementFactory.getRuntimeMXBean().getInputArguments());
    out.println();
    out.println("us/op: the last round's mean +- JMH's 99.9% error (the range over rounds in brackets); B/op: allocated per operation");
    out.printf(Locale.ROOT, "%-8s %-7s %-19s %22s %22s %12s%n", "workload", "series", "benchmark", "us/op", "[rounds]", "B/op");
    for (Map.Entry<String, Map<String, List<RunResult>>> entry : measured.entrySet()) {
      String[] key = entry.getKey().split("/");
      for (String benchmark : BENCHMARKS) {
        List<RunResult> results = entry.getValue().get(benchmark);
        if (results == null) {
          continue;
        }
        Result<?> last = results.get(results.size() - 1).getPrimaryResult();
        double[] scores = results.stream().mapToDouble(r -> r.getPrimaryResult().getScore()).toArray();
        Result<?> allocation = results.get(results.size() - 1).getSecondaryResults().get("gc.alloc.rate.norm");
        out.printf(Locale.ROOT, "%-8s %-7s %-19s %22s %22s %12s%n", key[0], total(key[1]), benchmark,
            Double.isNaN(last.getScoreError())
                ? String.format(Locale.ROOT, "%.1f", last.getScore())
                : String.format(Locale.ROOT, "%.1f +- %.1f", last.getScore(), last.getScoreError()),
            String.format(Locale.ROOT, "[%.1f-%.1f]", min(scores), max(scores)),
            allocation == null ? "-" : String.format(Locale.ROOT, "%,.0f", allocation.getScore()));
      }
    }
    out.println();
    out.println("ratios: best round of each side over best round of the other [range of the ratios taken within one round]");
    out.printf(Locale.ROOT, "%-8s %-7s %20s %20s %20s %20s %20s%n", "workload", "series",
        "collect gen/hand", "collect refl/gen", "scrape gen/hand", "scrape refl/gen", "scrape gen/floor");
    List<String> verdicts = new ArrayList<>();
    boolean allMet = true;
    for (Map.Entry<String, Map<String, List<RunResult>>> entry : measured.entrySet()) {
      String[] key = entry.getKey().split("/");
      Map<String, List<RunResult>> results = entry.getValue();
      double[] collectGenHand = ratios(results, "collectGenerated", "collectHandwritten");
      double[] collectReflGen = ratios(results, "collectReflection", "collectGenerated");
      out.printf(Locale.ROOT, "%-8s %-7s %20s %20s %20s %20s %20s%n", key[0], total(key[1]),
          format(collectGenHand), format(collectReflGen),
          format(ratios(results, "scrapeGenerated", "scrapeHandwritten")),
          format(ratios(results, "scrapeReflection", "scrapeGenerated")),
          format(ratios(results, "scrapeGenerated", "writerFloor")));
      if (collectGenHand.length > 0) {
        boolean met = collectGenHand[0] <= COLLECT_TARGET;
        allMet &= met;
        verdicts.add(String.format(Locale.ROOT, "[%s] %s %s series: collect generated/hand-written %s <= %.2f",
            met ? "PASS" : "FAIL", key[0], total(key[1]), format(collectGenHand), COLLECT_TARGET));
      }
      if (collectReflGen.length > 0) {
        boolean met = collectReflGen[0] >= REFLECTION_TARGET;
        allMet &= met;
        verdicts.add(String.format(Locale.ROOT, "[%s] %s %s series: collect reflection/generated %s >= %.2f",
            met ? "PASS" : "FAIL", key[0], total(key[1]), format(collectReflGen), REFLECTION_TARGET));
      }
    }
    out.println();
    out.println("targets (on collection alone; the ratio of the best rounds decides):");
    verdicts.forEach(out::println);
    out.println(allMet ? "all in-process targets met" : "NOT ALL in-process targets met");
  }

  /**
   * The best (lowest) score of {@code numerator} over the rounds divided by that of {@code denominator}
   * (a shared machine's load only ever adds time), then the ratio of each round.
   */
  private static double[] ratios(Map<String, List<RunResult>> results, String numerator, String denominator) {
    List<RunResult> top = results.get(numerator);
    List<RunResult> bottom = results.get(denominator);
    if (top == null || bottom == null) {
      return new double[0];
    }
    int rounds = Math.min(top.size(), bottom.size());
    double[] ratios = new double[rounds + 1];
    double bestTop = Double.MAX_VALUE;
    double bestBottom = Double.MAX_VALUE;
    for (int i = 0; i < rounds; i++) {
      double a = top.get(i).getPrimaryResult().getScore();
      double b = bottom.get(i).getPrimaryResult().getScore();
      ratios[i + 1] = a / b;
      bestTop = Math.min(bestTop, a);
      bestBottom = Math.min(bestBottom, b);
    }
    ratios[0] = bestTop / bestBottom;
    return ratios;
  }

  private static String format(double[] ratios) {
    if (ratios.length == 0) {
      return "-";
    }
    if (ratios.length == 2) {
      return String.format(Locale.ROOT, "%.2f", ratios[0]);
    }
    double[] rounds = Arrays.copyOfRange(ratios, 1, ratios.length);
    return String.format(Locale.ROOT, "%.2f [%.2f-%.2f]", ratios[0], min(rounds), max(rounds));
  }

  private static String total(String perFamily) {
    int series = Integer.parseInt(perFamily) * 10;
    return series % 1000 == 0 ? series / 1000 + "k" : Integer.toString(series);
  }

  private static double min(double[] values) {
    return Arrays.stream(values).min().orElse(Double.NaN);
  }

  private static double max(double[] values) {
    return Arrays.stream(values).max().orElse(Double.NaN);
  }
}
