#!/usr/bin/env bash
# Soak test: scrape the generated 1,000-series exporter (benchmarks/: 10 gauge families x 100 series) without a
# pause for several minutes with wrk, in rounds, and print per round the scrapes/s, the p99 latency
# and the exporter's resident memory, then the growth of RSS from the first round to the last.
#
# With a hand-written client_java exporter of the same shape at hand (ANCHOR_DIR, a directory to
# build it in; unset: no baseline), one round of it runs in the same run and the ratio of scrapes/s
# is printed: the machines are shared and noisy, so only same-run ratios mean something.
#
#   benchmarks/soak.sh [minutes] [round-seconds]      defaults: 5 minutes, rounds of 30 s
#
# Needs wrk (Debian package wrk; installed when run as root) and the built jar
# (mvn -B -q install -DskipTests from the repository root). Not a test: nothing here fails a build.
set -euo pipefail
cd "$(dirname "$0")/.."

minutes=${1:-5}
round=${2:-30}
connections=${CONNECTIONS:-4}
# the recommended small set (distribution/jvm-flags/small.txt) unless JVM_FLAGS is given
jvm_flags=${JVM_FLAGS:-$(grep -v '^#' distribution/jvm-flags/small.txt | tr '\n' ' ')}
port=${PORT:-19612}
anchor_port=$((port + 1))
anchor_dir=${ANCHOR_DIR:-}
jar=benchmarks/target/exporter-builder-bench.jar

if ! command -v wrk >/dev/null; then
  if [ "$(id -u)" = 0 ]; then
    apt-get install -y wrk >/dev/null 2>&1 || { apt-get update >/dev/null && apt-get install -y wrk >/dev/null; }
  else
    echo "soak.sh: wrk is missing: apt-get install -y wrk" >&2
    exit 1
  fi
fi
[ -f "$jar" ] || mvn -B -q install -DskipTests

pids=()
cleanup() { for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done; }
trap cleanup EXIT

rss_kb() { awk '/^VmRSS:/ {print $2}' "/proc/$1/status"; }

wait_for() {
  for _ in $(seq 1 150); do
    curl -sf -o /dev/null "$1" && return 0
    sleep 0.1
  done
  echo "soak.sh: $1 did not answer" >&2
  exit 1
}

# one wrk round: prints "<requests/s> <p99 in ms> <non-2xx>"
wrk_round() {
  local out
  out=$(wrk -t1 -c"$connections" -d"${2}s" --latency "$1")
  local rps p99 non2xx
  rps=$(awk '/^Requests\/sec:/ {print $2}' <<<"$out")
  p99=$(awk '$1 == "99%" {v = $2; if (v ~ /us$/) {sub(/us$/, "", v); v /= 1000} else if (v ~ /ms$/) {sub(/ms$/, "", v)} else if (v ~ /s$/) {sub(/s$/, "", v); v *= 1000}; print v}' <<<"$out")
  non2xx=$(awk '/Non-2xx or 3xx responses:/ {print $5}' <<<"$out")
  echo "$rps ${p99:-?} ${non2xx:-0}"
}

# shellcheck disable=SC2086
java $jvm_flags -jar "$jar" --web.listen-address="127.0.0.1:$port" --web.disable-exporter-metrics \
  --log.level=warn 2>/tmp/soak-exporter.log &
pids+=($!)
exporter=$!
url="http://127.0.0.1:$port/metrics"
wait_for "$url"
series=$(curl -s "$url" | grep -c '^bench_family_')
echo "generated exporter: pid $exporter, $series series, JVM flags: $jvm_flags"

wrk -t1 -c"$connections" -d10s "$url" >/dev/null   # warm-up: JIT, pools
rss_start=$(rss_kb "$exporter")
echo "after warm-up: RSS $((rss_start / 1024)) MB"
printf '%-6s %12s %10s %8s %10s\n' round scrapes/s p99_ms non2xx rss_MB
rounds=$(( minutes * 60 / round ))
first_rps=""
for i in $(seq 1 "$rounds"); do
  read -r rps p99 non2xx < <(wrk_round "$url" "$round")
  rss=$(rss_kb "$exporter")
  printf '%-6s %12s %10s %8s %10s\n' "$i" "$rps" "$p99" "$non2xx" "$((rss / 1024))"
  [ -n "$first_rps" ] || { first_rps=$rps; rss_first=$rss; }
  last_rps=$rps
done
rss_end=$(rss_kb "$exporter")
echo "RSS: first round $((rss_first / 1024)) MB, last round $((rss_end / 1024)) MB, growth $(( (rss_end - rss_first) / 1024 )) MB over $minutes min"
echo "scrapes/s: first round $first_rps, last round $last_rps"
if grep -q 'level=error' /tmp/soak-exporter.log; then
  echo "errors in the exporter's log:"; grep 'level=error' /tmp/soak-exporter.log | head
fi

if [ -n "$anchor_dir" ] && [ -d "$anchor_dir" ]; then
  anchor_jar="$anchor_dir/target/anchor.jar"
  [ -f "$anchor_jar" ] || (cd "$anchor_dir" && mvn -B -q package)
  # shellcheck disable=SC2086
  java $jvm_flags -Dsun.net.httpserver.nodelay=true -jar "$anchor_jar" "$anchor_port" 10 100 2>/dev/null &
  pids+=($!)
  anchor=$!
  anchor_url="http://127.0.0.1:$anchor_port/metrics"
  wait_for "$anchor_url"
  wrk -t1 -c"$connections" -d10s "$anchor_url" >/dev/null
  read -r anchor_rps anchor_p99 _ < <(wrk_round "$anchor_url" "$round")
  read -r again_rps again_p99 _ < <(wrk_round "$url" "$round")
  echo "same run, ${round}s each: generated $again_rps scrapes/s (p99 $again_p99 ms, RSS $(( $(rss_kb "$exporter") / 1024 )) MB)," \
    "hand-written anchor $anchor_rps scrapes/s (p99 $anchor_p99 ms, RSS $(( $(rss_kb "$anchor") / 1024 )) MB)"
  awk -v a="$again_rps" -v b="$anchor_rps" 'BEGIN {printf "ratio generated/anchor: %.2f\n", a / b}'
else
  echo "no baseline: set ANCHOR_DIR to a hand-written exporter's Maven project for a same-run ratio"
fi
