#!/usr/bin/env bash
# Starts a kiosk with its touch screen for one registered kiosk against a running service, with simulated
# hardware (the virtual eID card, the IPP printer simulator) unless options say otherwise:
#   scripts/kiosk.sh <service url> <kiosk id>.<secret> [--port 8470] [--pki file] [--timeout 120]
#                    [--pickup districtshuis-antwerpen] [--printer ipp://host/path] [--reader pcsc --root file]
# The screen is then at http://127.0.0.1:8470/ and the card slot's simulator at http://127.0.0.1:8470/simulator.
# Extra Maven options (e.g. -o -Dmaven.repo.local=...) come from LOKET_MVN_OPTS.
set -euo pipefail
cd "$(dirname "$0")/.."
[ $# -ge 2 ] || { echo "usage: $0 <service url> <kiosk id>.<secret> [options]" >&2; exit 2; }
# shellcheck disable=SC2086
mvn -q ${LOKET_MVN_OPTS:-} -pl adapters-kiosk -am install -DskipTests -Dspotless.check.skip=true
classpath=$(mktemp)
trap 'rm -f "$classpath"' EXIT
# shellcheck disable=SC2086
mvn -q ${LOKET_MVN_OPTS:-} -pl adapters-kiosk dependency:build-classpath -Dmdep.outputFile="$classpath"
java -cp "adapters-kiosk/target/classes:domain/target/classes:$(cat "$classpath")" \
  be.loketopmaat.adapters.kiosk.KioskScreenProgram "$@"
