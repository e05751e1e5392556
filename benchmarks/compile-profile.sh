#!/usr/bin/env bash
# Where the processor's compile time goes: compiles compile-time.sh's program once each way (with
# the processor; by hand with -proc:none) under Java Flight Recorder and prints, from the two
# recordings (profile/CompileProfile.java):
#
#   - javac's main-thread execution samples per phase, side by side (parse, enter, the processor,
#     the extra rounds' parsing and entering, attribute, flow, desugar, generate);
#   - the processor's samples by what it does (JavaPoet emitting, javac's Filer, operator files,
#     building the specs, validation, reading the model) and by the first frame in our code;
#   - the callers of java.util.regex; the JIT's long compilations by package.
#
#   benchmarks/compile-profile.sh          (runs compile-time.sh RUNS=1 first if its sources are missing)
#
# Settings (environment): JAVA_HOME (the javac and the java to use), COLLECTORS (as compile-time.sh).
# The recordings stay in benchmarks/target/compile-time/{processor,hand}.jfr for `jfr print`.
set -euo pipefail
cd "$(dirname "$0")/.."

java=${JAVA_HOME:+$JAVA_HOME/bin/}java
javac=${JAVA_HOME:+$JAVA_HOME/bin/}javac
work=benchmarks/target/compile-time
if [ ! -f "$work/sources.done" ] || [ "$(cat "$work/sources.done")" != "${COLLECTORS:-100}" ]; then
  RUNS=1 benchmarks/compile-time.sh >/dev/null
fi
processorpath=$(cat "$work/processorpath.txt")
classpath=$(cat "$work/classpath.txt")
sources=$(find "$work/src" -name '*.java' | sort)
generated=$(find "$work/generated" -name '*.java' | sort)
jfr() { echo "-J-XX:FlightRecorderOptions:stackdepth=256" "-J-XX:StartFlightRecording=filename=$work/$1.jfr,settings=profile"; }

for side in processor hand; do
  rm -rf "$work/profile-out-$side" "$work/profile-gen-$side"
  mkdir -p "$work/profile-out-$side" "$work/profile-gen-$side"
done
# shellcheck disable=SC2046,SC2086 # the source lists are words (paths without spaces)
"$javac" $(jfr processor) --release 17 -encoding UTF-8 -processorpath "$processorpath" -cp "$classpath" \
  -s "$work/profile-gen-processor" -d "$work/profile-out-processor" $sources >"$work/profile-processor.log" 2>&1
# shellcheck disable=SC2046,SC2086
"$javac" $(jfr hand) --release 17 -encoding UTF-8 -proc:none -cp "$classpath" \
  -d "$work/profile-out-hand" $sources $generated >"$work/profile-hand.log" 2>&1

echo "# benchmarks/compile-profile.sh, $(date -u '+%Y-%m-%d %H:%M UTC')"
echo
echo "$("$javac" -version 2>&1), $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg);" \
  "$(wc -l <<<"$sources") annotated sources, $(wc -l <<<"$generated") generated; one compilation each way."
echo
"$java" benchmarks/profile/CompileProfile.java "$work/processor.jfr" "$work/hand.jfr"
