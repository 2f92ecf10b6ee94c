#!/usr/bin/env bash
# Starts a kiosk with its touch screen for one registered kiosk against a running service, with simulated
# hardware (the virtual eID card, the IPP printer simulator) unless options say otherwise:
#   scripts/kiosk.sh <service url> <kiosk id>.<secret> [--port 8470] [--pki file] [--timeout 120]
#                    [--pickup districtshuis-antwerpen] [--printer ipp://host/path] [--reader pcsc --root file]
# The screen is then at http://127.0.0.1:8470/ and the card slot's simulator at http://127.0.0.1:8470/simulator.
# The kiosk program runs from the service's jar (which holds adapters-kiosk and its libraries), built here
# when it is missing (LOKET_KIOSK_BUILD=1 rebuilds it; LOKET_MVN_OPTS passes options to Maven, e.g. -o).
set -euo pipefail
cd "$(dirname "$0")/.."
[ $# -ge 2 ] || { echo "usage: $0 <service url> <kiosk id>.<secret> [options]" >&2; exit 2; }
jar=bootstrap/target/loket-op-maat.jar
if [ ! -f "$jar" ] || [ "${LOKET_KIOSK_BUILD:-}" = 1 ]; then
  echo "Building..."
  # shellcheck disable=SC2086
  mvn -B -q ${LOKET_MVN_OPTS:-} -DskipTests package -pl bootstrap -am
fi
exec java ${JAVA_OPTS:-} -cp "$jar" be.loketopmaat.adapters.kiosk.KioskScreenProgram "$@"
