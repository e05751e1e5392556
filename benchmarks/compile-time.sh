#!/usr/bin/env bash
# Compile time: what the annotation processor adds to a build. Generates an exporter of COLLECTORS
# collectors x 10 metrics (gauges and counters; fields, methods, optionals, labelled maps and
# records) and compiles it twice with javac alone, alternating, RUNS times each:
#
#   processor  the annotated sources, the processor on -processorpath (it writes the collectors and Main)
#   by hand    the same sources plus the generated ones copied in as if written by hand, -proc:none
#
# and prints the median wall time of each, the ratio processor / by hand and PASS if it is <= 1.15x
# (issue 14's target). Only compilation is timed: the class paths come from Maven once, into
# benchmarks/target/compile-time/.
#
#   benchmarks/compile-time.sh                 6 runs each
#   RUNS=5 COLLECTORS=20 benchmarks/compile-time.sh
#
# Settings (environment): RUNS (6), COLLECTORS (100), JAVA_HOME (the javac to use; default: javac
# on the PATH), REBUILD=1 (class paths and sources anew), STRICT=1 (exit 1 when over the target).
set -euo pipefail
cd "$(dirname "$0")/.."

runs=${RUNS:-6}
collectors=${COLLECTORS:-100}
limit=1.15
javac=${JAVA_HOME:+$JAVA_HOME/bin/}javac
work=benchmarks/target/compile-time
mkdir -p "$work"

say() { echo "compile-time.sh: $*" >&2; }

# --- class paths, from Maven once --------------------------------------------------------------

if [ ! -f "$work/processorpath.txt" ] || [ ! -f "$work/classpath.txt" ] || [ -n "${REBUILD:-}" ]; then
  say "building the processor and the runtime, and writing their class paths"
  mvn -B -q package dependency:build-classpath -pl processor,runtime -am -DskipTests \
    -Dmaven.javadoc.skip=true -Dmaven.source.skip=true -DincludeScope=runtime \
    -Dmdep.outputFile=target/compile-time-classpath.txt
  jar_of() { find "$PWD/$1/target" -maxdepth 1 -name 'exporter-builder-*.jar' ! -name '*-sources.jar' ! -name '*-javadoc.jar' | head -1; }
  echo "$(jar_of processor):$(cat processor/target/compile-time-classpath.txt)" >"$work/processorpath.txt"
  echo "$(jar_of runtime):$(cat runtime/target/compile-time-classpath.txt)" >"$work/classpath.txt"
fi
processorpath=$(cat "$work/processorpath.txt")
classpath=$(cat "$work/classpath.txt")

# --- the sources -------------------------------------------------------------------------------

src=$work/src/bench/compile
if [ ! -f "$work/sources.done" ] || [ "$(cat "$work/sources.done")" != "$collectors" ] || [ -n "${REBUILD:-}" ]; then
  rm -rf "$work/src" "$work/generated" "$work/sources.done"
  mkdir -p "$src"
  list=""
  for i in $(seq 0 $((collectors - 1))); do
    n=$(printf '%03d' "$i")
    list="$list${list:+, }Unit$n.class"
    cat >"$src/Unit$n.java" <<EOF
package bench.compile;

import dev.exporterbuilder.annotations.Collector;
import dev.exporterbuilder.annotations.Counter;
import dev.exporterbuilder.annotations.Gauge;
import dev.exporterbuilder.annotations.Label;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.concurrent.atomic.AtomicLong;

/** Unit $n of the compile-time benchmark: ten metrics of mixed shapes. */
@Collector(subsystem = "unit_$n")
public class Unit$n {

  /** A queue and its depth. */
  record Queue(@Label String queue, long depth) {}

  /** Requests of one method and code. */
  record Requests(@Label String method, @Label String code, long count) {}

  @Gauge(help = "Temperature of unit $n.", unit = "celsius")
  double temperature = $i * 0.5;

  @Counter(help = "Starts of unit $n.")
  final AtomicLong starts = new AtomicLong();

  @Gauge(help = "Open connections of unit $n.")
  long connections() {
    return $i;
  }

  @Counter(help = "Bytes read by unit $n.", unit = "bytes")
  double read() {
    return $i * 1024.0;
  }

  @Gauge(help = "Messages waiting per queue of unit $n.", labels = "queue")
  Map<String, Long> waiting() {
    return Map.of("orders", 1L, "returns", 2L);
  }

  @Gauge(help = "Depth per queue of unit $n.")
  List<Queue> depth() {
    return List.of(new Queue("orders", 3), new Queue("returns", 4));
  }

  @Counter(help = "Errors per kind of unit $n.", labels = "kind")
  Map<String, Double> errors() {
    return Map.of("timeout", 1.0, "refused", 2.0);
  }

  @Counter(help = "Requests per method and code of unit $n.")
  List<Requests> requests() {
    return List.of(new Requests("GET", "200", 5), new Requests("POST", "500", 1));
  }

  @Gauge(help = "Load of unit $n, when known.")
  OptionalDouble load() {
    return OptionalDouble.of(0.25);
  }

  @Gauge(help = "Whether unit $n is ready.")
  boolean ready() {
    return true;
  }
}
EOF
  done
  cat >"$src/CompileExporter.java" <<EOF
package bench.compile;

import dev.exporterbuilder.annotations.Exporter;

/** The compile-time benchmark's exporter: $collectors collectors of ten metrics each. */
@Exporter(name = "compile", help = "Synthetic exporter of the compile-time benchmark.", port = 9619,
    collectors = {$list})
public class CompileExporter {}
EOF
  # the generated sources, once, to be compiled as if written by hand
  mkdir -p "$work/generated" "$work/out"
  "$javac" --release 17 -encoding UTF-8 -Xlint:all,-processing -Werror -processorpath "$processorpath" -cp "$classpath" \
    -s "$work/generated" -d "$work/out" $(find "$work/src" -name '*.java' | sort)
  echo "$collectors" >"$work/sources.done"
fi

sources=$(find "$work/src" -name '*.java' | sort)
generated=$(find "$work/generated" -name '*.java' | sort)
say "$(wc -l <<<"$sources") annotated sources ($collectors collectors x 10 metrics), $(wc -l <<<"$generated") generated" \
  "($(cat $generated | wc -l) lines)"

# --- the timing --------------------------------------------------------------------------------

now_us() { echo "${EPOCHREALTIME/./}"; }

# compile SIDE: one clean compilation, prints its wall time and its CPU time (user + system, all of
# javac's threads) in ms; the CPU time suffers less from other processes on a shared machine
compile() {
  local out=$work/out-$1 TIMEFORMAT='%R %U %S' real user sys
  rm -rf "$out" "$work/gen-$1"
  mkdir -p "$out" "$work/gen-$1"
  # shellcheck disable=SC2086 # the source lists are words (paths without spaces)
  case $1 in
    processor) { time "$javac" --release 17 -encoding UTF-8 -processorpath "$processorpath" -cp "$classpath" \
                   -s "$work/gen-$1" -d "$out" $sources 2>"$work/javac-$1.log"; } 2>"$work/time-$1" ;;
    hand) { time "$javac" --release 17 -encoding UTF-8 -proc:none -cp "$classpath" -d "$out" \
              $sources $generated 2>"$work/javac-$1.log"; } 2>"$work/time-$1" ;;
  esac
  read -r real user sys <"$work/time-$1"
  awk -v r="$real" -v u="$user" -v s="$sys" 'BEGIN {printf "%.0f %.0f\n", r * 1000, (u + s) * 1000}'
}

times_processor=""; times_hand=""; cpu_processor=""; cpu_hand=""
compile processor >/dev/null; compile hand >/dev/null   # warm-up: the file cache
for r in $(seq 1 "$runs"); do
  if [ $((r % 2)) = 1 ]; then order="processor hand"; else order="hand processor"; fi
  for side in $order; do
    read -r ms cpu < <(compile "$side")
    if [ "$side" = processor ]; then
      times_processor="$times_processor $ms"; cpu_processor="$cpu_processor $cpu"
    else
      times_hand="$times_hand $ms"; cpu_hand="$cpu_hand $cpu"
    fi
  done
done

classes_processor=$(find "$work/out-processor" -name '*.class' | wc -l)
classes_hand=$(find "$work/out-hand" -name '*.class' | wc -l)
if [ "$classes_processor" != "$classes_hand" ]; then
  say "the two compilations made $classes_processor and $classes_hand classes: not the same program"
  exit 1
fi

# stat VALUES: "<median> <min> <max>"
stat() {
  tr ' ' '\n' <<<"$1" | grep . | sort -n | awk '
    {v[NR] = $1}
    END {m = NR % 2 ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2; printf "%.0f %d %d\n", m, v[1], v[NR]}'
}
read -r p_med p_min p_max < <(stat "$times_processor")
read -r h_med h_min h_max < <(stat "$times_hand")
read -r pc_med pc_min pc_max < <(stat "$cpu_processor")
read -r hc_med hc_min hc_max < <(stat "$cpu_hand")
cpu_ratio=$(awk -v a="$pc_med" -v b="$hc_med" 'BEGIN {printf "%.2f", a / b}')
ratio=$(awk -v a="$p_med" -v b="$h_med" 'BEGIN {printf "%.2f", a / b}')
verdict=$(awk -v r="$ratio" -v l="$limit" 'BEGIN {print (r + 0 <= l + 0) ? "PASS" : "FAIL"}')

echo "# benchmarks/compile-time.sh, $(date -u '+%Y-%m-%d %H:%M UTC')"
echo
echo "$("$javac" -version 2>&1), $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg);" \
  "$collectors collectors x 10 metrics and one exporter, $classes_hand classes; $runs clean compilations each, alternated."
echo
echo "| javac | wall ms, median | min–max | CPU ms, median | min–max |"
echo "|---|---|---|---|---|"
echo "| with the processor | $p_med | $p_min–$p_max | $pc_med | $pc_min–$pc_max |"
echo "| the same program written by hand, -proc:none | $h_med | $h_min–$h_max | $hc_med | $hc_min–$hc_max |"
echo
min_ratio=$(awk -v a="$p_min" -v b="$h_min" 'BEGIN {printf "%.2f", a / b}')
echo "processor / by hand: **${ratio}x** (target ≤ ${limit}x): $verdict (ratio of the fastest runs: ${min_ratio}x; of the CPU times: ${cpu_ratio}x)"
[ -z "${STRICT:-}" ] || [ "$verdict" = PASS ]
