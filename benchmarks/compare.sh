#!/usr/bin/env bash
# End-to-end comparison: the generated benchmark exporter beside the same exporter written by hand
# in Java (client_java, dev.exporterbuilder.bench.handwritten.HandwrittenExporter) and in Go
# (client_golang, benchmarks/baselines/go), all serving 10 gauge families x N series. For each JVM
# flag set and each size it measures, in one run, with the sides alternated so that the noise of a
# shared machine hits them alike:
#
#   - scrapes/s: wrk -t1 -c4, ROUNDS rounds of DURATION seconds each, after a warm-up;
#   - first scrape: ms from starting the process until /metrics answers 200 (median of STARTS starts),
#     and the CPU time the process used until then;
#   - RSS idle (after start and one scrape, settled) and after load (VmRSS and its peak VmHWM).
#
# and prints one markdown table with the ratio generated / hand-written and PASS or FAIL for each
# target of issue 14: generated >= 1.0x hand-written scrapes/s at every size and flag set; first
# scrape <= 200 ms; with the small flags, RSS <= 40 MB idle and a peak <= 64 MB under load (1k).
#
#   benchmarks/compare.sh                     the full run (about 8 minutes)
#   DURATION=3 WARMUP=2 ROUNDS=1 STARTS=3 benchmarks/compare.sh      a quick one
#
# Settings (environment):
#   FLAG_SETS   JVM flag sets to run, "default" (no flags) or a file distribution/jvm-flags/<name>.txt
#               (default: "default small large")
#   SIZES       series in total, 10 families: 1k = 100 per family, 100k = 10,000 (default: "1k 100k")
#   DURATION    seconds of one wrk round (10)         ROUNDS       rounds per exporter (2)
#   WARMUP      seconds of wrk before measuring (5)   CONNECTIONS  wrk connections (4)
#   WRK_TIMEOUT seconds before wrk gives up on a response (30; a 100k scrape takes long on a busy machine)
#   STARTS      starts per exporter and flag set for the first scrape (5), at FIRST_SCRAPE_SIZE (1k)
#   SETTLE      seconds between the first scrape and the idle RSS (1.5)
#   PORT        first of three loopback ports: Go, hand-written, generated (19640)
#   JAVA        the java to run (default: $JAVA_HOME/bin/java, else java)
#   REBUILD=1   rebuild the jar and the Go binary even if present
#   STRICT=1    exit 1 when a target is not met
#
# Builds what is missing: the benchmarks jar (mvn package, the reactor's modules it needs) and the Go
# baseline (go build with Debian's client_golang, into benchmarks/target). Installs wrk, golang-go and
# golang-github-prometheus-client-golang-dev with apt-get when run as root. Without Go the Go column
# stays empty. Not a test: the machine is shared and noisy, so only same-run ratios mean something.
set -euo pipefail
cd "$(dirname "$0")/.."

flag_sets=${FLAG_SETS:-default small large}
sizes=${SIZES:-1k 100k}
duration=${DURATION:-10}
rounds=${ROUNDS:-2}
warmup=${WARMUP:-5}
connections=${CONNECTIONS:-4}
wrk_timeout=${WRK_TIMEOUT:-30}
starts=${STARTS:-5}
first_scrape_size=${FIRST_SCRAPE_SIZE:-1k}
settle=${SETTLE:-1.5}
port=${PORT:-19640}
java=${JAVA:-${JAVA_HOME:+$JAVA_HOME/bin/}java}
families=10
jar=benchmarks/target/exporter-builder-bench.jar
go_binary=benchmarks/target/go-baseline
out=benchmarks/target/compare
mkdir -p "$out"
rm -f "$out"/*.log

say() { echo "compare.sh: $*" >&2; }

# --- tools and builds ------------------------------------------------------------------------

apt_install() {
  [ "$(id -u)" = 0 ] || return 1
  apt-get install -y "$@" >/dev/null 2>&1 || { apt-get update >/dev/null && apt-get install -y "$@" >/dev/null; }
}

command -v wrk >/dev/null || apt_install wrk || { say "wrk is missing: apt-get install -y wrk"; exit 1; }
command -v curl >/dev/null || apt_install curl || { say "curl is missing: apt-get install -y curl"; exit 1; }

if [ ! -f "$jar" ] || [ -n "${REBUILD:-}" ]; then
  say "building $jar"
  mvn -B -q package -pl benchmarks -am -DskipTests -Dmaven.javadoc.skip=true -Dmaven.source.skip=true
fi

have_go=yes
if [ ! -x "$go_binary" ] || [ -n "${REBUILD:-}" ] || [ benchmarks/baselines/go/main.go -nt "$go_binary" ]; then
  if [ ! -d /usr/share/gocode/src/github.com/prometheus/client_golang ] || ! command -v go >/dev/null; then
    apt_install golang-go golang-github-prometheus-client-golang-dev || true
  fi
  if command -v go >/dev/null && [ -d /usr/share/gocode/src/github.com/prometheus/client_golang ]; then
    say "building $go_binary"
    (cd benchmarks/baselines/go && GOPATH=/usr/share/gocode GO111MODULE=off go build -o ../../target/go-baseline main.go)
  else
    say "no Go or no client_golang (apt-get install -y golang-go golang-github-prometheus-client-golang-dev): no Go column"
    have_go=no
  fi
fi

flags_of() {
  if [ "$1" = default ]; then
    echo ""
  elif [ -f "distribution/jvm-flags/$1.txt" ]; then
    grep -v '^[[:space:]]*#' "distribution/jvm-flags/$1.txt" | tr '\n' ' ' | sed 's/  */ /g; s/^ //; s/ $//'
  else
    say "unknown flag set $1: no file distribution/jvm-flags/$1.txt"
    exit 1
  fi
}

# 1k -> 100 series per family, 100k -> 10,000
per_family() {
  local n=${1%k}
  [ "$n" != "$1" ] && n=$((n * 1000))
  echo $((n / families))
}

# --- processes -------------------------------------------------------------------------------

declare -A live=()
cleanup() {
  local pid
  for pid in "${!live[@]}"; do kill "$pid" 2>/dev/null || true; done
  for pid in "${!live[@]}"; do wait "$pid" 2>/dev/null || true; done
}
trap cleanup EXIT
trap 'exit 130' INT TERM

port_of() { case $1 in go) echo "$port" ;; hand) echo $((port + 1)) ;; gen) echo $((port + 2)) ;; esac; }
url_of() { echo "http://127.0.0.1:$(port_of "$1")/metrics"; }

# fails unless nothing listens on the port (curl's exit code 7: connection refused)
check_port_free() {
  local rc=0
  curl -s -o /dev/null --max-time 2 "http://127.0.0.1:$1/" || rc=$?
  if [ "$rc" != 7 ]; then
    say "port $1 is taken by another process: set PORT to a free range of three ports"
    exit 1
  fi
}

# start_exporter NAME FLAGS SERIES_PER_FAMILY: starts it in the background, sets $started
started=""
start_exporter() {
  local name=$1 flags=$2 series=$3 p
  p=$(port_of "$name")
  check_port_free "$p"
  # shellcheck disable=SC2086 # the flags are words
  case $name in
    go) "$go_binary" --web.listen-address="127.0.0.1:$p" --families="$families" --series="$series" >>"$out/$name.log" 2>&1 & ;;
    hand) "$java" $flags -cp "$jar" dev.exporterbuilder.bench.handwritten.HandwrittenExporter "$p" "$families" "$series" >>"$out/$name.log" 2>&1 & ;;
    gen) "$java" $flags -jar "$jar" --web.listen-address="127.0.0.1:$p" --series="$series" --web.disable-exporter-metrics >>"$out/$name.log" 2>&1 & ;;
  esac
  started=$!
  live[$started]=1
}

# SIGTERM, then SIGKILL after 10 s: a JVM that ran out of memory may fail to start its shutdown
# (seen with the hand-written exporter at 100k series in a 128 MB heap)
running() { local state; state=$(ps -o stat= -p "$1" 2>/dev/null) || return 1; [[ $state != Z* ]]; }
stop_exporter() {
  local i
  kill "$1" 2>/dev/null || true
  for i in $(seq 1 100); do running "$1" || break; sleep 0.1; done
  if running "$1"; then
    say "pid $1 did not end on SIGTERM within 10 s: killed"
    kill -9 "$1" 2>/dev/null || true
  fi
  wait "$1" 2>/dev/null || true
  unset "live[$1]"
}

now_us() { echo "${EPOCHREALTIME/./}"; }

# wait_for NAME PID [BODY_FILE]: polls /metrics every 5 ms until it answers 200 (body saved), 60 s at most
wait_for() {
  local url deadline
  url=$(url_of "$1")
  deadline=$(( $(now_us) + 60000000 ))
  until curl -sf -o "${3:-/dev/null}" "$url"; do
    if ! kill -0 "$2" 2>/dev/null; then
      say "$1 exited before answering; its log:"; tail -5 "$out/$1.log" >&2; exit 1
    fi
    [ "$(now_us)" -lt "$deadline" ] || { say "$1 did not answer $url in 60 s"; exit 1; }
    sleep 0.005
  done
}

rss_kb() { awk -v k="$2" '$1 == k":" {print $2}' "/proc/$1/status"; }
# CPU time (user + system, all threads) a process used so far, ms: steadier than wall time on a busy machine
clock_ticks=$(getconf CLK_TCK)
cpu_ms() { awk -v t="$clock_ticks" '{sub(/^.*\) /, ""); printf "%d", ($12 + $13) * 1000 / t}' "/proc/$1/stat"; }
mb() { awk -v kb="$1" 'BEGIN {printf "%.1f", kb / 1024}'; }

# wrk_round URL SECONDS: prints "<successful requests/s> <non-2xx and socket errors>"; wrk's own
# Requests/sec counts the failed ones too (a 500 of an exporter out of memory is quick)
wrk_round() {
  wrk -t1 -c"$connections" -d"${2}s" --timeout "${wrk_timeout}s" "$1" | awk '
    / requests in / {requests = $1; seconds = $4; sub(/s,$/, "", seconds)}
    /Non-2xx or 3xx responses:/ {non2xx = $5; bad += $5}
    /Socket errors:/ {for (i = 3; i <= NF; i += 2) {v = $(i + 1); sub(/,/, "", v); bad += v}}
    END {printf "%.2f %d\n", (seconds > 0 ? (requests - non2xx) / seconds : 0), bad}'
}

# --- results ---------------------------------------------------------------------------------

declare -A result=()   # "<set>|<size>|<name>|<measure>" -> value
notes=()

names_for() { # the exporters measured with a flag set: Go does not read JVM flags
  if [ "$1" = default ] && [ "$have_go" = yes ]; then echo "go hand gen"; else echo "hand gen"; fi
}
reversed() { local w out=""; for w in $1; do out="$w${out:+ $out}"; done; echo "$out"; }

java_version=$("$java" -version 2>&1 | head -1)
go_version=$([ "$have_go" = yes ] && go version 2>/dev/null | awk '{print $3}' || echo none)
echo "# benchmarks/compare.sh, $(date -u '+%Y-%m-%d %H:%M UTC')"
echo
echo "$(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg) at start; $java_version; Go $go_version;" \
  "wrk -t1 -c$connections, $rounds x ${duration}s per exporter after ${warmup}s of warm-up; first scrape: median of $starts starts."
for set in $flag_sets; do
  echo "JVM flags '$set': $(flags_of "$set" | sed 's/^$/(none)/')"
done
echo

# first scrape: each flag set, all exporters, alternated, nothing else running
series=$(per_family "$first_scrape_size")
for run in $(seq 1 "$starts"); do
  for set in $flag_sets; do
    order=$(names_for "$set")
    [ $((run % 2)) = 0 ] && order=$(reversed "$order")
    for name in $order; do
      t0=$(now_us)
      start_exporter "$name" "$(flags_of "$set")" "$series"
      pid=$started
      wait_for "$name" "$pid"
      t1=$(now_us)
      cpu=$(cpu_ms "$pid")
      stop_exporter "$pid"
      ms=$(( (t1 - t0) / 1000 ))
      key="$set|$first_scrape_size|$name|first"
      result[$key]="${result[$key]:-}${result[$key]:+ }$ms"
      key="$set|$first_scrape_size|$name|cpu"
      result[$key]="${result[$key]:-}${result[$key]:+ }$cpu"
    done
  done
  say "first scrape, start $run of $starts done"
done

# load, RSS: one block per flag set and size, the exporters of the block running side by side
for set in $flag_sets; do
  flags=$(flags_of "$set")
  for size in $sizes; do
    series=$(per_family "$size")
    names=$(names_for "$set")
    declare -A pid_of=()
    for name in $names; do
      start_exporter "$name" "$flags" "$series"
      pid_of[$name]=$started
    done
    expected=$((families * series))
    for name in $names; do
      wait_for "$name" "${pid_of[$name]}" "$out/$name.txt"
      count=$(grep -c '^bench_family_' "$out/$name.txt" || true)
      if [ "$count" != "$expected" ]; then
        say "$name serves $count bench_family_ samples, not $expected: the exporters differ, no comparison"
        exit 1
      fi
      other=$(grep -v '^#' "$out/$name.txt" | grep -vc '^bench_family_' || true)
      result["$set|$size|$name|other"]=$other
    done
    sleep "$settle"
    for name in $names; do
      result["$set|$size|$name|rss_idle"]=$(rss_kb "${pid_of[$name]}" VmRSS)
    done
    for name in $names; do
      wrk_round "$(url_of "$name")" "$warmup" >/dev/null
    done
    for r in $(seq 1 "$rounds"); do
      order=$names
      [ $((r % 2)) = 0 ] && order=$(reversed "$order")
      for name in $order; do
        read -r rps bad < <(wrk_round "$(url_of "$name")" "$duration")
        key="$set|$size|$name|rps"
        result[$key]="${result[$key]:-}${result[$key]:+ }$rps"
        [ "$bad" = 0 ] || notes+=("$name, flags '$set', $size: $bad failed requests in round $r (non-2xx or socket errors)")
      done
    done
    for name in $names; do
      pid=${pid_of[$name]}
      if kill -0 "$pid" 2>/dev/null; then
        result["$set|$size|$name|rss_load"]=$(rss_kb "$pid" VmRSS)
        result["$set|$size|$name|rss_peak"]=$(rss_kb "$pid" VmHWM)
      else
        notes+=("$name, flags '$set', $size: the process died under load; its log: $out/$name.log")
      fi
      stop_exporter "$pid"
    done
    unset pid_of
    say "flags '$set', $size series: done"
  done
done

# --- the table -------------------------------------------------------------------------------

# stat VALUES: "<median> <min> <max> <mean>"
stat() {
  tr ' ' '\n' <<<"$1" | sort -n | awk '
    {v[NR] = $1; s += $1}
    END {if (NR == 0) {print "- - - -"; exit}
         m = NR % 2 ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2
         print m, v[1], v[NR], s / NR}'
}
cell() { # cell VALUES FORMAT: the mean (or median) with the spread when there is more than one value
  local values=$1 which=$2
  [ -n "$values" ] || { echo "–"; return; }
  read -r med lo hi mean < <(stat "$values")
  local v=$mean
  [ "$which" = median ] && v=$med
  if [ "$lo" = "$hi" ]; then
    echo "$(num "$v")"
  else
    echo "$(num "$v") ($(num "$lo")–$(num "$hi"))"
  fi
}
num() { awk -v v="$1" 'BEGIN {printf (v < 100 ? "%.1f" : "%.0f"), v}'; }
central() { read -r med _ _ mean < <(stat "$1"); if [ "$2" = median ]; then echo "$med"; else echo "$mean"; fi; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN {if (a == "" || b == "" || b == 0) print "–"; else printf "%.2f", a / b}'; }
verdict() { # verdict VALUE OP LIMIT
  awk -v v="$1" -v op="$2" -v l="$3" 'BEGIN {
    if (v == "" || v == "–") {print "FAIL"; exit}
    ok = (op == ">=") ? v + 0 >= l + 0 : v + 0 <= l + 0
    print ok ? "PASS" : "FAIL"}'
}

passed=0; failed=0
count_verdict() { if [ "$1" = PASS ]; then passed=$((passed + 1)); else failed=$((failed + 1)); fi; }

echo "| measure | JVM flags | Go | hand-written Java | generated | generated / hand | target | result |"
echo "|---|---|---|---|---|---|---|---|"
for set in $flag_sets; do
  for size in $sizes; do
    g=${result["$set|$size|go|rps"]:-}; h=${result["$set|$size|hand|rps"]:-}; n=${result["$set|$size|gen|rps"]:-}
    r=$(ratio "$(central "$n" mean)" "$(central "$h" mean)")
    if [ "$set" = small ] && [ "$size" != 1k ]; then
      target="– (small: ~1k series)"; v=""   # the small heap is not meant for large exporters
    else
      target="≥ 1.00×"; v=$(verdict "$r" ">=" 1.0); count_verdict "$v"
    fi
    echo "| scrapes/s, $size series | $set | $(cell "$g" mean) | $(cell "$h" mean) | $(cell "$n" mean) | **$r** | $target | $v |"
  done
done
for set in $flag_sets; do
  g=${result["$set|$first_scrape_size|go|first"]:-}; h=${result["$set|$first_scrape_size|hand|first"]:-}
  n=${result["$set|$first_scrape_size|gen|first"]:-}
  med=$(central "$n" median)
  v=$(verdict "$med" "<=" 200); count_verdict "$v"
  echo "| start → first scrape, ms, $first_scrape_size series | $set | $(cell "$g" median) | $(cell "$h" median) | $(cell "$n" median) | $(ratio "$med" "$(central "$h" median)") | ≤ 200 ms | $v |"
done
for set in $flag_sets; do
  g=${result["$set|$first_scrape_size|go|cpu"]:-}; h=${result["$set|$first_scrape_size|hand|cpu"]:-}
  n=${result["$set|$first_scrape_size|gen|cpu"]:-}
  echo "| CPU time to first scrape, ms, $first_scrape_size series | $set | $(cell "$g" median) | $(cell "$h" median) | $(cell "$n" median) | $(ratio "$(central "$n" median)" "$(central "$h" median)") | – |  |"
done
for set in $flag_sets; do
  for size in $sizes; do
    row=("" "" "")
    i=0
    for name in go hand gen; do
      idle=${result["$set|$size|$name|rss_idle"]:-}
      load=${result["$set|$size|$name|rss_load"]:-}
      peak=${result["$set|$size|$name|rss_peak"]:-}
      if [ -z "$idle" ]; then
        row[i]="–"
      elif [ -z "$load" ]; then
        row[i]="$(mb "$idle") / died"
      else
        row[i]="$(mb "$idle") / $(mb "$load") / $(mb "$peak")"
      fi
      i=$((i + 1))
    done
    r=$(ratio "${result["$set|$size|gen|rss_idle"]:-}" "${result["$set|$size|hand|rss_idle"]:-}")
    target="–"; v=""
    if [ "$set" = small ] && [ "$size" = 1k ]; then
      idle_mb=$(mb "${result["$set|$size|gen|rss_idle"]:-0}")
      peak_mb=$(mb "${result["$set|$size|gen|rss_peak"]:-999999999}")
      v1=$(verdict "$idle_mb" "<=" 40); v2=$(verdict "$peak_mb" "<=" 64)
      count_verdict "$v1"; count_verdict "$v2"
      target="idle ≤ 40, peak ≤ 64"; v="$v1 / $v2"
    fi
    echo "| RSS idle / after load / peak, MB, $size series | $set | ${row[0]} | ${row[1]} | ${row[2]} | $r (idle) | $target | $v |"
  done
done
echo
extra=""
for set in $flag_sets; do
  for size in $sizes; do
    e=${result["$set|$size|gen|other"]:-}
    [ -z "$e" ] || extra=$e
  done
done
echo "Each exporter served the same $families families and bench_family_ samples (checked before measuring);" \
  "the generated one adds ${extra:-?} series of its own (build info, the collector's duration and success)."
echo "scrapes/s: successful scrapes (2xx), mean of the rounds (min–max); first scrape: median (min–max); RSS from /proc/PID/status (VmRSS idle and after load, VmHWM peak)."
echo "Load average at the end: $(cut -d' ' -f1-3 /proc/loadavg)."
for note in "${notes[@]}"; do echo "- $note"; done
echo
echo "targets met: $passed of $((passed + failed))"
[ -z "${STRICT:-}" ] || [ "$failed" = 0 ]
