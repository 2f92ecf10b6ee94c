#!/usr/bin/env bash
# Builds the service and starts it on the embedded database with the Antwerp reference data
# (LOKET_CITY=leuven for Leuven). Point DATASOURCES_DEFAULT_URL/_USERNAME/_PASSWORD at PostgreSQL to use it.
set -euo pipefail
cd "$(dirname "$0")/.."
echo "Building (tests skipped: scripts/test.sh runs them)..."
mvn -B -q -DskipTests package
echo "Starting Loket op Maat for ${LOKET_CITY:-antwerp} on http://localhost:${PORT:-8080} (API under /api/v1, health at /health)"
exec java ${JAVA_OPTS:-} -jar bootstrap/target/loket-op-maat.jar "$@"
