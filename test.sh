#!/usr/bin/env bash
# Runs every test of exporter-builder: checks for the tools the tests need (a JDK 17 or newer, Maven,
# the Debian package prometheus for promtool and a real Prometheus, prometheus-node-exporter for the
# example's parity test, postgresql and prometheus-postgres-exporter for example-postgres's, and
# openssl), then `mvn -B verify`.
# Extra arguments go to Maven, e.g. ./test.sh -pl example-app -am
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")"

# The major version of the JDK Maven will use (JAVA_HOME, else java on PATH); 0 if there is no JDK.
jdk_major() {
  local bin=${JAVA_HOME:+$JAVA_HOME/bin/}
  if ! command -v "${bin}javac" >/dev/null 2>&1 || ! command -v "${bin}java" >/dev/null 2>&1; then
    echo 0
    return
  fi
  local version
  version=$("${bin}java" -version 2>&1 | sed -n 's/.*version "\([^"]*\)".*/\1/p' | head -n 1)
  case "$version" in
    1.*) echo "${version:2:1}" ;;
    "") echo 0 ;;
    *) echo "${version%%[.+-]*}" ;;
  esac
}

missing_packages() {
  local packages=()
  if ! command -v prometheus >/dev/null 2>&1 || ! command -v promtool >/dev/null 2>&1; then
    packages+=(prometheus)
  fi
  # the oracle of the example's node_exporter parity test
  [[ -x /usr/bin/prometheus-node-exporter ]] || packages+=(prometheus-node-exporter)
  # example-postgres's tests: a private PostgreSQL cluster, and postgres_exporter as the oracle
  compgen -G '/usr/lib/postgresql/*/bin/initdb' >/dev/null || packages+=(postgresql)
  [[ -x /usr/bin/prometheus-postgres-exporter ]] || packages+=(prometheus-postgres-exporter)
  command -v mvn >/dev/null 2>&1 || packages+=(maven)
  # the exporter-toolkit conformance suite's curve cases use openssl s_client as the TLS client
  command -v openssl >/dev/null 2>&1 || packages+=(openssl)
  (( $(jdk_major) >= 17 )) || packages+=(openjdk-17-jdk-headless)
  echo "${packages[@]}"
}

missing=$(missing_packages)
if [[ -n "$missing" ]]; then
  if (( EUID == 0 )); then
    echo "test.sh: installing $missing" >&2
    apt-get update
    # prometheus, prometheus-node-exporter, postgresql and prometheus-postgres-exporter start their
    # services on installation where init scripts run (ports 9090, 9100, 5432 and 9187); the tests
    # start their own on free ports. Without a policy of the machine's own, one that refuses service
    # starts is in place while installing.
    policy=/usr/sbin/policy-rc.d
    own_policy=false
    if [[ ! -e $policy ]]; then
      own_policy=true
      trap 'rm -f "$policy"' EXIT
      printf '#!/bin/sh\nexit 101\n' >"$policy"
      chmod +x "$policy"
    fi
    # shellcheck disable=SC2086 # one word per package
    DEBIAN_FRONTEND=noninteractive apt-get install -y $missing
    if $own_policy; then
      rm -f "$policy"
      trap - EXIT
    fi
  else
    echo "test.sh: missing $missing; install with: sudo apt-get install -y $missing" >&2
    exit 1
  fi
fi
if (( $(jdk_major) < 17 )); then
  echo "test.sh: JDK 17 or newer needed, found ${JAVA_HOME:-java on PATH}: $(java -version 2>&1 | head -n 1); set JAVA_HOME to a JDK 17+" >&2
  exit 1
fi

# clean: generated sources depend on the processor, which incremental compilation does not track
exec mvn -B clean verify "$@"
