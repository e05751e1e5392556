#!/usr/bin/env bash
# Start-up and memory of the generated bench exporter beside the hand-written client_java baseline,
# measured in one run with the same JVM flags, the two sides alternating:
#
#   - first scrape: milliseconds from starting the process until /metrics answers 200 (median, min
#     and max of STARTS starts), and the CPU time the process had used by then (user + system, which
#     other processes on a shared machine disturb less than wall time);
#   - RSS idle: 2 s after the first scrape; RSS loaded: after LOAD_SECONDS of wrk -t1 -c4, with the
#     scrapes/s of that load; the number of live threads at the end.
#
#   benchmarks/startup.sh [small|large|FLAGS-FILE]     default: small (distribution/jvm-flags/small.txt)
#
# Environment: STARTS (default 7), LOAD_SECONDS (default 60), SERIES per family (default 100: 10 x 100
# = 1,000 series; 10000 for 100k), JAVA (default: java on the PATH), EXTRA_FLAGS (added to both sides,
# e.g. -XX:SharedArchiveFile=...), GENERATED_FLAGS (added to the generated side only), PORT (default
# 19620; the baseline uses PORT + 1). Needs curl, wrk and the built jar (mvn -B -q package -pl benchmarks
# -am -DskipTests). Prints numbers; fails nothing.
set -euo pipefail
cd "$(dirname "$0")/.."

set_name=${1:-small}
case "$set_name" in
  small | large) flags_file=distribution/jvm-flags/$set_name.txt ;;
  *) flags_file=$set_name ;;
esac
flags="$(grep -v '^#' "$flags_file" | tr '\n' ' ') ${EXTRA_FLAGS:-}"
starts=${STARTS:-7}
load_seconds=${LOAD_SECONDS:-60}
series=${SERIES:-100}
java=${JAVA:-java}
port=${PORT:-19620}
jar=benchmarks/target/exporter-builder-bench.jar
[ -f "$jar" ] || { echo "startup.sh: $jar is missing: mvn -B -q package -pl benchmarks -am -DskipTests" >&2; exit 1; }
command -v wrk >/dev/null || { echo "startup.sh: wrk is missing: apt-get install -y wrk" >&2; exit 1; }

clock_ticks=$(getconf CLK_TCK)
pid=""
trap '[ -z "$pid" ] || kill "$pid" 2>/dev/null || true' EXIT

# the command line of one side: generated or hand
launch() {
  local side=$1 p=$2
  # shellcheck disable=SC2086
  if [ "$side" = generated ]; then
    exec "$java" $flags ${GENERATED_FLAGS:-} -jar "$jar" --web.listen-address="127.0.0.1:$p" \
      --web.disable-exporter-metrics --log.level=warn --series="$series"
  else
    exec "$java" $flags -cp "$jar" dev.exporterbuilder.bench.handwritten.HandwrittenExporter "$p" 10 "$series"
  fi
}

rss_mb() { awk '/^VmRSS:/ {printf "%.1f", $2 / 1024}' "/proc/$1/status"; }
threads() { awk '/^Threads:/ {print $2}' "/proc/$1/status"; }
cpu_ms() { awk -v t="$clock_ticks" '{printf "%d", ($14 + $15) * 1000 / t}' "/proc/$1/stat"; }

# starts one side and waits for its first scrape; sets pid, first_ms and first_cpu_ms
start_side() {
  local side=$1 p=$2 begin end
  begin=$(date +%s%N)
  (launch "$side" "$p") >/dev/null 2>&1 &
  pid=$!
  for _ in $(seq 1 6000); do
    if curl -sf -o /dev/null "http://127.0.0.1:$p/metrics"; then
      end=$(date +%s%N)
      first_ms=$(( (end - begin) / 1000000 ))
      first_cpu_ms=$(cpu_ms "$pid")
      return 0
    fi
    kill -0 "$pid" 2>/dev/null || { echo "startup.sh: the $side exporter exited" >&2; exit 1; }
    sleep 0.005
  done
  echo "startup.sh: the $side exporter did not answer in 30 s" >&2
  exit 1
}

stop_side() {
  kill -TERM "$pid" 2>/dev/null || true
  wait "$pid" 2>/dev/null || true
  pid=""
}

median() { sort -n | awk '{v[NR] = $1} END {printf "%d", NR % 2 ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2}'; }
spread() { sort -n | awk '{v[NR] = $1} END {printf "%d-%d", v[1], v[NR]}'; }

echo "JVM flags ($flags_file): $flags"
echo "series: 10 x $series; $("$java" -version 2>&1 | head -1)"
declare -A wall cpu
for i in $(seq 1 "$starts"); do
  # alternate which side starts first, so that a burst of noise does not always hit the same one
  if (( i % 2 )); then order="generated hand"; else order="hand generated"; fi
  for side in $order; do
    start_side "$side" "$port"
    stop_side
    wall[$side]+="$first_ms "
    cpu[$side]+="$first_cpu_ms "
  done
done

declare -A idle loaded rate live
for side in generated hand; do
  p=$port; [ "$side" = hand ] && p=$((port + 1))
  start_side "$side" "$p"
  sleep 2
  idle[$side]=$(rss_mb "$pid")
  rate[$side]=$(wrk -t1 -c4 -d"${load_seconds}s" "http://127.0.0.1:$p/metrics" | awk '/^Requests\/sec:/ {printf "%d", $2}')
  loaded[$side]=$(rss_mb "$pid")
  live[$side]=$(threads "$pid")
  stop_side
done

printf '%-10s %18s %16s %12s %14s %12s %8s\n' side first_ms_median first_ms_range cpu_ms_median rss_idle_MB rss_loaded_MB scrapes/s
for side in generated hand; do
  printf '%-10s %18s %16s %12s %14s %12s %8s   (%s threads)\n' "$side" \
    "$(tr ' ' '\n' <<<"${wall[$side]}" | grep . | median)" "$(tr ' ' '\n' <<<"${wall[$side]}" | grep . | spread)" \
    "$(tr ' ' '\n' <<<"${cpu[$side]}" | grep . | median)" "${idle[$side]}" "${loaded[$side]}" "${rate[$side]}" "${live[$side]}"
done
g=$(tr ' ' '\n' <<<"${wall[generated]}" | grep . | median)
h=$(tr ' ' '\n' <<<"${wall[hand]}" | grep . | median)
awk -v g="$g" -v h="$h" -v gr="${rate[generated]}" -v hr="${rate[hand]}" -v gi="${idle[generated]}" -v gl="${loaded[generated]}" 'BEGIN {
  printf "generated/hand: first scrape %.2f, scrapes/s %.2f\n", g / h, gr / hr
  printf "targets: first scrape <= 200 ms: %s (%d); RSS idle <= 40 MB: %s (%.1f); RSS loaded <= 64 MB: %s (%.1f)\n",
    g <= 200 ? "pass" : "FAIL", g, gi <= 40 ? "pass" : "FAIL", gi, gl <= 64 ? "pass" : "FAIL", gl
}'
