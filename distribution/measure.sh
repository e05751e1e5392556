#!/usr/bin/env bash
# Measures an exporter's distribution (the tar.gz of mvn package) against its plain jar, in one run:
# sizes, the time from start to the first scrape answered (the median of ROUNDS starts, the four ways
# alternating within each round), and RSS idle (after that first scrape) and after load (wrk).
#
#   distribution/measure.sh [TARBALL [JAR [ROUNDS]]]
#   defaults: example-app/target/host-exporter-*.tar.gz, example-app/target/exporter-builder-example-app.jar, 7
#
# The four ways:
#   launcher        bin/NAME of the unpacked distribution: its runtime, conf/jvm.options, its CDS archive
#   image, no app CDS  the distribution's runtime/bin/java @conf/jvm.options -jar lib/NAME.jar (the JDK classes
#                   from the image's default CDS archive, the exporter's from the jar)
#   java -jar flags the full JDK's java (JAVA_HOME, else the one on PATH) with conf/jvm.options, -jar the jar
#   java -jar       the full JDK's java -jar the jar, the JVM's defaults
# wrk (Debian's package) makes the load: -t1 -c4 for LOAD_SECONDS (default 10). The machine should be quiet.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

tarball=${1:-$(ls example-app/target/host-exporter-*.tar.gz | head -n 1)}
jar=${2:-example-app/target/exporter-builder-example-app.jar}
rounds=${3:-7}
load_seconds=${LOAD_SECONDS:-10}
java_home=${JAVA_HOME:-$(dirname "$(dirname "$(readlink -f "$(command -v java)")")")}
java=$java_home/bin/java

work=$(mktemp -d "${TMPDIR:-/tmp}/measure-distribution.XXXXXX")
pids=()
cleanup() {
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
  rm -rf "$work"
}
trap cleanup EXIT

tar -xzf "$tarball" -C "$work"
home=$(echo "$work"/*/)
home=${home%/}
name=$(basename "$(ls "$home"/bin/* | head -n 1)")
args=(--web.disable-exporter-metrics)

echo "distribution: $tarball"
echo "runtime:      $(grep '^JAVA_VERSION=' "$home/runtime/release") $(grep '^MODULES=' "$home/runtime/release")"
echo "full JDK:     $java_home ($("$java" -version 2>&1 | head -n 1))"
echo "flags:        $(grep -v '^#' "$home/conf/jvm.options" | tr '\n' ' ')"
echo

mb() { awk -v b="$1" 'BEGIN { printf "%.1f MB", b / 1000000 }'; }
tar_bytes=$(stat -c %s "$tarball")
unpacked_bytes=$(du -sb "$home" | cut -f1)
runtime_bytes=$(du -sb "$home/runtime" | cut -f1)
jar_bytes=$(stat -c %s "$jar")
# following symbolic links (Debian's JDK links its configuration and certificates from /etc)
jdk_bytes=$({ du -sbL "$java_home" 2>/dev/null || true; } | head -n 1 | cut -f1)
echo "## size"
echo "| what | size |"
echo "|---|---|"
echo "| distribution tar.gz | $(mb "$tar_bytes") |"
echo "| distribution unpacked | $(mb "$unpacked_bytes") (runtime/ $(mb "$runtime_bytes"), lib/$name.jsa $(mb "$(stat -c %s "$home/lib/$name.jsa")")) |"
echo "| shaded jar | $(mb "$jar_bytes") |"
echo "| shaded jar + full JDK ($java_home) | $(mb $((jar_bytes + jdk_bytes))) |"
echo

ways=("launcher" "image, no app CDS" "java -jar flags" "java -jar")
# the command of way $1 on port $2
command_of() {
  local listen=--web.listen-address=127.0.0.1:$2
  case $1 in
    0) echo "$home/bin/$name" "$listen" "${args[@]}" ;;
    1) echo "$home/runtime/bin/java" "@$home/conf/jvm.options" -jar "$home/lib/$name.jar" "$listen" "${args[@]}" ;;
    2) echo "$java" "@$home/conf/jvm.options" -jar "$jar" "$listen" "${args[@]}" ;;
    3) echo "$java" -jar "$jar" "$listen" "${args[@]}" ;;
  esac
}

free_port() {
  local port
  while :; do
    port=$((20000 + RANDOM % 30000))
    if ! (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then echo "$port"; return; fi
  done
}

rss_kb() { awk '/^VmRSS:/ { print $2 }' "/proc/$1/status"; }
# user + system CPU time of process $1 so far, in ms: less disturbed by the machine's other work than wall time
cpu_ms() { awk -v hz="$(getconf CLK_TCK)" '{ sub(/^.*\) /, ""); print int(($12 + $13) * 1000 / hz) }' "/proc/$1/stat"; }

# starts way $1, prints "first-scrape-ms idle-rss-kb loaded-rss-kb scrapes/s cpu-ms" (load only when $load is "load")
run_once() {
  local way=$1 port start end pid ms cpu idle loaded rate=""
  port=$(free_port)
  # shellcheck disable=SC2046
  set -- $(command_of "$way" "$port")
  start=$(date +%s%N)
  "$@" >/dev/null 2>&1 &
  pid=$!
  pids+=("$pid")
  for _ in $(seq 1 3000); do
    if curl -sf -o /dev/null "http://127.0.0.1:$port/metrics"; then break; fi
    sleep 0.005
  done
  end=$(date +%s%N)
  cpu=$(cpu_ms "$pid")
  ms=$(((end - start) / 1000000))
  sleep 1
  idle=$(rss_kb "$pid")
  loaded=-
  if [[ $load == load ]]; then
    rate=$(wrk -t1 -c4 -d"${load_seconds}s" "http://127.0.0.1:$port/metrics" | awk '/Requests\/sec/ { print $2 }')
    loaded=$(rss_kb "$pid")
  fi
  kill "$pid"
  wait "$pid" 2>/dev/null || true
  echo "$ms $idle $loaded ${rate:--} $cpu"
}

declare -A first idle loaded rate cpu
echo "## start to first scrape, RSS ($rounds rounds, the ways alternating; load: wrk -t1 -c4 ${load_seconds}s in the last round)"
for round in $(seq 1 "$rounds"); do
  for way in 0 1 2 3; do
    load=noload
    [[ $round == "$rounds" ]] && load=load
    read -r ms kb loaded_kb scrapes cpu_used < <(run_once "$way")
    first[$way]+="$ms "
    cpu[$way]+="$cpu_used "
    idle[$way]+="$kb "
    if [[ $load == load ]]; then loaded[$way]=$loaded_kb; rate[$way]=$scrapes; fi
  done
done

median() { tr ' ' '\n' | grep -v '^$' | sort -n | awk '{ v[NR] = $1 } END { m = (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2; printf "%s (%s-%s)", m, v[1], v[NR] }'; }
median_only() { tr ' ' '\n' | grep -v '^$' | sort -n | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }
base=$(echo "${first[3]}" | median_only)
cpu_base=$(echo "${cpu[3]}" | median_only)
echo "| way | first scrape ms, median (min-max) | vs java -jar | CPU ms to first scrape, median (min-max) | vs java -jar | RSS idle MB, median | RSS after load MB | scrapes/s under load |"
echo "|---|---|---|---|---|---|---|---|"
for way in 0 1 2 3; do
  m=$(echo "${first[$way]}" | median_only)
  c=$(echo "${cpu[$way]}" | median_only)
  printf '| %s | %s | %.2f | %s | %.2f | %.1f | %.1f | %s |\n' "${ways[$way]}" "$(echo "${first[$way]}" | median)" \
    "$(awk -v a="$m" -v b="$base" 'BEGIN { print a / b }')" \
    "$(echo "${cpu[$way]}" | median)" "$(awk -v a="$c" -v b="$cpu_base" 'BEGIN { print a / b }')" \
    "$(awk -v k="$(echo "${idle[$way]}" | median_only)" 'BEGIN { print k / 1024 }')" \
    "$(awk -v k="${loaded[$way]}" 'BEGIN { print k / 1024 }')" "${rate[$way]}"
done
echo
echo "first scrape, every start (ms): launcher ${first[0]}| image ${first[1]}| java -jar flags ${first[2]}| java -jar ${first[3]}"
