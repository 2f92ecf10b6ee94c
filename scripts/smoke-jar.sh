#!/usr/bin/env bash
# Starts the runnable jar that the build made (bootstrap/target/loket-op-maat.jar) as the README's first
# command does, on its embedded database in a fresh folder and on a free port, and checks that it comes
# up and serves the Antwerp catalogue. The tests run the service from Maven's class path; this catches
# what only the jar can get wrong (a dependency that drops out of it, say). Needs curl.
set -euo pipefail
cd "$(dirname "$0")/.."

jar=$PWD/bootstrap/target/loket-op-maat.jar
[ -f "$jar" ] || { echo "$(basename "$0"): no $jar: run the build (mvn verify) first" >&2; exit 1; }
work=$(mktemp -d)
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])' 2>/dev/null \
  || echo 18$((RANDOM % 900 + 100)))
(cd "$work" && exec env PORT="$port" java -jar "$jar" > "$work/service.log" 2>&1) &
service=$!
trap 'kill "$service" 2>/dev/null || true; wait "$service" 2>/dev/null || true; rm -rf "$work"' EXIT

echo "Smoke test of the runnable jar on port $port..."
for _ in $(seq 1 120); do
  if curl -sf "http://127.0.0.1:$port/health" >/dev/null 2>&1; then
    if curl -sf "http://127.0.0.1:$port/api/v1/products/eid-application" | grep -q '"code":"eid-application"'; then
      echo "  the jar starts on its embedded database and serves the catalogue"
      exit 0
    fi
    break
  fi
  kill -0 "$service" 2>/dev/null || break
  sleep 1
done
echo "$(basename "$0"): the runnable jar did not come up or did not serve the catalogue; its log:" >&2
tail -40 "$work/service.log" >&2
exit 1
