#!/usr/bin/env bash
# Lints the built OpenAPI document (or the one given as the argument) with the validators an integrator would use: Spectral (spectral:oas)
# and Redocly (recommended), each pinned in scripts/openapi-lint/package.json and installed there by
# npm on first use. Fails on any error; warnings are printed and counted. Needs the REST adapter built
# (mvn verify or mvn -pl adapters-rest process-classes) and Node.js with npm.
set -euo pipefail
cd "$(dirname "$0")/.."

document=${1:-adapters-rest/target/classes/META-INF/swagger/loket-op-maat-api-1.yml}
lint=scripts/openapi-lint
[ -f "$document" ] || { echo "$(basename "$0"): no $document: build the REST adapter first" >&2; exit 1; }

if ! command -v npm >/dev/null 2>&1; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
    echo "npm is not installed: installing Debian's nodejs and npm for the OpenAPI lint..."
    apt-get install -y -q nodejs npm >/dev/null 2>&1 || { apt-get update -q >/dev/null && apt-get install -y -q nodejs npm >/dev/null; }
  else
    echo "$(basename "$0"): the OpenAPI lint needs Node.js and npm (apt-get install nodejs npm)" >&2
    exit 1
  fi
fi
if [ ! -x "$lint/node_modules/.bin/spectral" ] || [ ! -x "$lint/node_modules/.bin/redocly" ] \
   || [ "$lint/package-lock.json" -nt "$lint/node_modules/.package-lock.json" ]; then
  echo "Installing the OpenAPI linters (npm ci in $lint)..."
  (cd "$lint" && npm ci --no-audit --no-fund --loglevel=error >/dev/null)
fi

echo "Linting $document"
echo "  Spectral (spectral:oas):"
"$lint/node_modules/.bin/spectral" lint --ruleset "$lint/.spectral.yaml" --fail-severity error \
  --display-only-failures "$document" | sed 's/^/    /'
echo "  Redocly (recommended):"
export REDOCLY_TELEMETRY=off REDOCLY_SUPPRESS_UPDATE_NOTICE=true
if ! report=$("$lint/node_modules/.bin/redocly" lint --config "$lint/redocly.yaml" "$document" 2>&1); then
  echo "$report" | sed 's/^/    /'
  echo "OpenAPI lint: Redocly found errors" >&2
  exit 1
fi
echo "$report" | grep -E "valid|warning" | sed 's/^/    /'
echo "OpenAPI lint: no errors"
