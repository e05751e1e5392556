#!/usr/bin/env bash
# Class-data sharing for the generated bench exporter: trains an archive on one run that serves a
# few scrapes and ends on SIGTERM, then starts the exporter STARTS times with and without it (the
# two alternating) and prints the first-scrape time, the CPU time used by then and the idle RSS.
#
#   benchmarks/appcds.sh [small|large|FLAGS-FILE]     default: small (distribution/jvm-flags/small.txt)
#
# The JDK decides the kind of archive:
#   - JDK 17 to 23: a dynamic AppCDS archive, written at exit by -XX:ArchiveClassesAtExit=FILE and
#     used with -XX:SharedArchiveFile=FILE. Classes of class-file version 49 and older (picocli's)
#     cannot be archived and still load from the jar.
#   - JDK 25 and later: an AOT cache (JEP 483/514), written by -XX:AOTCacheOutput=FILE (the JVM
#     assembles it in a second process at exit) and used with -XX:AOTCache=FILE.
# Either is valid only for the JDK that wrote it and the same class path (the jar at the same path);
# train with the flags the exporter runs with.
#
# Environment: JAVA (default: java on the PATH), STARTS (default 7), SERIES per family (default 100),
# PORT (default 19630), ARCHIVE (default benchmarks/target/bench-<jdk>.jsa or .aot). Needs curl and the
# built jar (mvn -B -q package -pl benchmarks -am -DskipTests). Prints numbers; fails nothing.
set -euo pipefail
cd "$(dirname "$0")/.."

set_name=${1:-small}
case "$set_name" in
  small | large) flags_file=distribution/jvm-flags/$set_name.txt ;;
  *) flags_file=$set_name ;;
esac
read -r -a flags <<<"$(grep -v '^#' "$flags_file" | tr '\n' ' ')"
java=${JAVA:-java}
starts=${STARTS:-7}
series=${SERIES:-100}
port=${PORT:-19630}
jar=benchmarks/target/exporter-builder-bench.jar
[ -f "$jar" ] || { echo "appcds.sh: $jar is missing: mvn -B -q package -pl benchmarks -am -DskipTests" >&2; exit 1; }

feature=$("$java" -XshowSettings:properties -version 2>&1 | awk -F' = ' '/java.specification.version/ {print $2}')
if (( feature >= 25 )); then
  archive=${ARCHIVE:-benchmarks/target/bench-jdk$feature.aot}
  train_flags=(-XX:AOTCacheOutput="$archive")
  use_flags=(-XX:AOTCache="$archive")
else
  archive=${ARCHIVE:-benchmarks/target/bench-jdk$feature.jsa}
  # picocli's classes (class-file version 49) cannot be archived: one warning each, not worth reading
  train_flags=(-XX:ArchiveClassesAtExit="$archive" -Xlog:cds=error)
  use_flags=(-XX:SharedArchiveFile="$archive")
fi
clock_ticks=$(getconf CLK_TCK)
pid=""
trap '[ -z "$pid" ] || kill "$pid" 2>/dev/null || true' EXIT

url="http://127.0.0.1:$port/metrics"
# starts the exporter with the extra flags given; sets pid, first_ms, first_cpu_ms
start() {
  local begin end
  begin=$(date +%s%N)
  "$java" "${flags[@]}" "$@" -jar "$jar" --web.listen-address="127.0.0.1:$port" --web.disable-exporter-metrics \
    --log.level=warn --series="$series" >/dev/null 2>&1 &
  pid=$!
  for _ in $(seq 1 6000); do
    if curl -sf -o /dev/null "$url"; then
      end=$(date +%s%N)
      first_ms=$(( (end - begin) / 1000000 ))
      first_cpu_ms=$(awk -v t="$clock_ticks" '{printf "%d", ($14 + $15) * 1000 / t}' "/proc/$pid/stat")
      return 0
    fi
    kill -0 "$pid" 2>/dev/null || { echo "appcds.sh: the exporter exited" >&2; exit 1; }
    sleep 0.005
  done
  echo "appcds.sh: the exporter did not answer in 30 s" >&2
  exit 1
}
stop() {
  kill -TERM "$pid" 2>/dev/null || true
  wait "$pid" 2>/dev/null || true
  pid=""
}

echo "$("$java" -version 2>&1 | head -1); flags ($flags_file): ${flags[*]}"
rm -f "$archive"
train_begin=$(date +%s%N)
start "${train_flags[@]}"
for _ in 1 2 3; do curl -sf -o /dev/null "$url"; done
curl -sf -o /dev/null "http://127.0.0.1:$port/"
stop   # SIGTERM: the exporter exits 0 through System.exit, and the JVM writes the archive on the way out
train_ms=$(( ($(date +%s%N) - train_begin) / 1000000 ))
[ -f "$archive" ] || { echo "appcds.sh: no archive was written" >&2; exit 1; }
echo "training run: $train_ms ms; archive $archive: $(( $(stat -c %s "$archive") / 1024 )) KiB"
echo "use: ${use_flags[*]}"

declare -A wall cpu idle
for i in $(seq 1 "$starts"); do
  if (( i % 2 )); then order="plain archive"; else order="archive plain"; fi
  for side in $order; do
    if [ "$side" = archive ]; then start "${use_flags[@]}"; else start; fi
    wall[$side]+="$first_ms "
    cpu[$side]+="$first_cpu_ms "
    if (( i == 1 )); then
      sleep 2
      idle[$side]=$(awk '/^VmRSS:/ {printf "%.1f", $2 / 1024}' "/proc/$pid/status")
    fi
    stop
  done
done

median() { tr ' ' '\n' | grep . | sort -n | awk '{v[NR] = $1} END {printf "%d", NR % 2 ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2}'; }
range() { tr ' ' '\n' | grep . | sort -n | awk '{v[NR] = $1} END {printf "%d-%d", v[1], v[NR]}'; }
printf '%-8s %16s %14s %14s %12s\n' side first_ms_median first_ms_range cpu_ms_median rss_idle_MB
for side in plain archive; do
  printf '%-8s %16s %14s %14s %12s\n' "$side" "$(median <<<"${wall[$side]}")" "$(range <<<"${wall[$side]}")" \
    "$(median <<<"${cpu[$side]}")" "${idle[$side]}"
done
awk -v a="$(median <<<"${wall[archive]}")" -v p="$(median <<<"${wall[plain]}")" \
  -v ac="$(median <<<"${cpu[archive]}")" -v pc="$(median <<<"${cpu[plain]}")" \
  'BEGIN {printf "archive/plain: first scrape %.2f, CPU to first scrape %.2f; first scrape <= 200 ms: %s\n", a / p, ac / pc, a <= 200 ? "pass" : "FAIL"}'
