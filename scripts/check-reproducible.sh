#!/usr/bin/env bash
# Builds the published modules (BOM, annotations, runtime, processor: jars, sources and javadoc jars) and
# the example's runnable jar twice, each in a copy of this checkout of its own, and compares the jars byte
# for byte. Prints each jar's sha256 and a verdict; exits 1 when a jar differs, 2 when a build fails.
#
# The copies carry the working tree (committed or not) without target/ and without .git, so both builds
# see the same sources and neither sees a commit (Build-Revision is absent from both); the two directories
# differ in name, so a path that leaks into a jar shows up too. The second build runs in another locale
# (Turkish: its dotless i breaks a case conversion that ignores the locale), another time zone and with
# umask 002 (group-writable files, as on systems with a group per user), so output that depends on any
# of them shows up as well. Maven's archivers clear the group and other write bits of what they pack,
# but keep missing read bits: a build under umask 077 writes other entry modes, which this check does
# not try.
# Extra arguments go to both Maven runs, e.g. scripts/check-reproducible.sh -o
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
root=$(pwd)

modules=bom,annotations,runtime,processor,example-app
# what a release publishes, and the jar an operator runs
jars=(
  bom/pom.xml
  annotations/target/exporter-builder-annotations-*.jar
  runtime/target/exporter-builder-runtime-*.jar
  processor/target/exporter-builder-processor-*.jar
  example-app/target/exporter-builder-example-app.jar
  example-app/target/exporter-builder-example-app-*.jar
)

work=$(mktemp -d "${TMPDIR:-/tmp}/check-reproducible.XXXXXX")
trap 'rm -rf "$work"' EXIT

copy_checkout() {
  mkdir -p "$1"
  # the files git knows and the new ones it does not ignore; everything else (target/, IDE files) stays out
  if git -C "$root" rev-parse --git-dir >/dev/null 2>&1; then
    (git -C "$root" ls-files -z --cached --others --exclude-standard \
      | while IFS= read -r -d '' file; do [[ -e "$file" ]] && printf '%s\0' "$file"; done) \
      | tar -C "$root" --null -T - -cf - | tar -C "$1" -xf -
  else
    tar -C "$root" --exclude=target -cf - . | tar -C "$1" -xf -
  fi
}

build() {
  local directory=$1 log=$2
  echo "building in $directory"
  # processor before example-app: the example names it only in annotationProcessorPaths, not as a dependency.
  # Without the example's distribution (docs/distribution.md): its CDS archives differ from build to build
  if ! (cd "$directory" && mvn -B -q -nsu package -Dmaven.test.skip=true -Ddist.skip=true -pl "$modules" -am "${@:3}") \
      >"$log" 2>&1; then
    echo "check-reproducible: the build in $directory failed:" >&2
    tail -n 40 "$log" >&2
    exit 2
  fi
}

start=$SECONDS
copy_checkout "$work/first"
copy_checkout "$work/second-build"
build "$work/first" "$work/first.log" "$@"
(
  umask 002
  export MAVEN_OPTS="${MAVEN_OPTS:-} -Duser.language=tr -Duser.country=TR -Duser.timezone=Asia/Kathmandu"
  export TZ=Asia/Kathmandu
  build "$work/second-build" "$work/second.log" "$@"
)

differing=0
compared=0
printf '\n%-64s  %s\n' sha256 file
for pattern in "${jars[@]}"; do
  for first in "$work"/first/$pattern; do
    [[ -e "$first" ]] || { echo "check-reproducible: nothing matches $pattern" >&2; exit 2; }
    file=${first#"$work/first/"}
    second="$work/second-build/$file"
    sum1=$(sha256sum "$first" | cut -d' ' -f1)
    sum2=$(sha256sum "$second" 2>/dev/null | cut -d' ' -f1 || true)
    compared=$((compared + 1))
    if [[ "$sum1" == "$sum2" ]]; then
      printf '%s  %s\n' "$sum1" "$file"
    else
      differing=$((differing + 1))
      printf '%s  %s  DIFFERS (second build: %s)\n' "$sum1" "$file" "${sum2:-missing}"
      # name the entries that differ
      if [[ -e "$second" ]]; then
        # entry by entry: CRC and name, then mode, size, time and name
        diff <(unzip -lv "$first" | awk 'NR > 3 && $8 != "" {print $7, $8}' | sort -k2; zipinfo "$first" | sed 1d) \
             <(unzip -lv "$second" | awk 'NR > 3 && $8 != "" {print $7, $8}' | sort -k2; zipinfo "$second" | sed 1d) \
          | sed 's/^/    /' | head -n 20 || true
      fi
    fi
  done
done

echo
if (( differing > 0 )); then
  echo "NOT REPRODUCIBLE: $differing of $compared files differ between two builds ($((SECONDS - start)) s)"
  exit 1
fi
echo "REPRODUCIBLE: $compared files byte-identical in two builds ($((SECONDS - start)) s)"
