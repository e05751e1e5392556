#!/usr/bin/env bash
# Scrape path A/B: the hand-written client_java exporter against one or more builds of the generated
# benchmark exporter, in one run, alternating them round by round (wrk -t1 -c4), and printing per
# round and side the scrapes/s, the server's CPU time per scrape (user + system, all its threads)
# and its context switches per scrape. CPU and context switches per scrape hold up far better than
# scrapes/s when others share the machine; the summary gives the median of the per-round ratios to
# the hand-written exporter.
#
#   benchmarks/scrape-ab.sh [series-per-family [rounds [seconds [jar...]]]]
#       defaults: 100 series (10 families: 1,000 series), 6 rounds of 5 s, the built bench jar
#   JVM_FLAGS='-XX:+UseSerialGC ...' benchmarks/scrape-ab.sh 10000
#
# Give several jars (builds of benchmarks/ from different commits) to compare them in the same run;
# the hand-written exporter comes from the first. Needs wrk and the built jar
# (mvn -B -q package -pl benchmarks -am -DskipTests). Not a test: nothing here fails a build.
set -euo pipefail
cd "$(dirname "$0")/.."

series=${1:-100}
rounds=${2:-6}
seconds=${3:-5}
shift $(( $# < 3 ? $# : 3 ))
jars=("$@")
[ ${#jars[@]} -gt 0 ] || jars=(benchmarks/target/exporter-builder-bench.jar)
jvm_flags=${JVM_FLAGS:-}
port=${PORT:-19640}

for tool in wrk curl; do
  command -v "$tool" >/dev/null || { echo "scrape-ab.sh: $tool is missing (apt-get install -y $tool)" >&2; exit 1; }
done

names=(hand)
pids=()
ports=()
cleanup() {
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
  wait 2>/dev/null || true
}
trap cleanup EXIT

# shellcheck disable=SC2086 # the flags are words
java $jvm_flags -cp "${jars[0]}" dev.exporterbuilder.bench.handwritten.HandwrittenExporter "$port" 10 "$series" \
  >/dev/null 2>&1 &
pids+=($!)
ports+=("$port")
for i in "${!jars[@]}"; do
  p=$((port + 1 + i))
  # shellcheck disable=SC2086
  java $jvm_flags -jar "${jars[$i]}" --web.listen-address=127.0.0.1:$p --series="$series" \
    --web.disable-exporter-metrics >/dev/null 2>&1 &
  pids+=($!)
  ports+=("$p")
  names+=("generated$((i + 1))")
done

for i in "${!ports[@]}"; do
  for _ in $(seq 300); do
    curl -sf -o /dev/null "http://127.0.0.1:${ports[$i]}/metrics" && break
    sleep 0.1
  done
  curl -sf -o /dev/null "http://127.0.0.1:${ports[$i]}/metrics" \
    || { echo "scrape-ab.sh: ${names[$i]} does not answer on port ${ports[$i]}" >&2; exit 1; }
done

cpu_ticks() { awk '{print $14 + $15}' "/proc/$1/stat"; }
switches() { cat /proc/"$1"/task/*/status 2>/dev/null | awk '/voluntary_ctxt_switches/ {s += $2} END {print s}'; }

echo "series: $((series * 10)), rounds: $rounds x ${seconds}s, JVM flags: ${jvm_flags:-none}"
for i in "${!ports[@]}"; do  # warm up the JIT of every side
  wrk -t1 -c4 -d3s "http://127.0.0.1:${ports[$i]}/metrics" >/dev/null
done

hz=$(getconf CLK_TCK)
declare -A rps cpu ctx
for r in $(seq "$rounds"); do
  line="round $r:"
  for i in "${!ports[@]}"; do
    pid=${pids[$i]}
    t0=$(cpu_ticks "$pid"); c0=$(switches "$pid")
    out=$(wrk -t1 -c4 -d"${seconds}s" "http://127.0.0.1:${ports[$i]}/metrics")
    t1=$(cpu_ticks "$pid"); c1=$(switches "$pid")
    requests=$(awk '/requests in/ {print $1}' <<<"$out")
    rps[$r,$i]=$(awk '/Requests\/sec/ {print $2}' <<<"$out")
    cpu[$r,$i]=$(awk -v t=$((t1 - t0)) -v n="$requests" -v hz="$hz" 'BEGIN {printf "%.0f", t * 1e6 / hz / n}')
    ctx[$r,$i]=$(awk -v c=$((c1 - c0)) -v n="$requests" 'BEGIN {printf "%.2f", c / n}')
    line+=$(printf '  %s %8s/s %6sus %5s cs' "${names[$i]}" "${rps[$r,$i]}" "${cpu[$r,$i]}" "${ctx[$r,$i]}")
  done
  echo "$line"
done

median() { sort -g | awk '{v[NR] = $1} END {print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2}'; }
echo "median of the per-round ratios to hand (scrapes/s: higher is better; CPU per scrape: lower is better)"
for i in "${!ports[@]}"; do
  [ "$i" = 0 ] && continue
  rps_ratio=$(for r in $(seq "$rounds"); do awk -v a="${rps[$r,$i]}" -v b="${rps[$r,0]}" 'BEGIN {print a / b}'; done | median)
  cpu_ratio=$(for r in $(seq "$rounds"); do awk -v a="${cpu[$r,$i]}" -v b="${cpu[$r,0]}" 'BEGIN {print a / b}'; done | median)
  printf '  %s: scrapes/s %.2fx, CPU per scrape %.2fx, RSS %s MB (hand %s MB)\n' "${names[$i]}" "$rps_ratio" "$cpu_ratio" \
    "$(awk '/VmRSS/ {print int($2 / 1024)}' "/proc/${pids[$i]}/status")" \
    "$(awk '/VmRSS/ {print int($2 / 1024)}' "/proc/${pids[0]}/status")"
done
