#!/usr/bin/env bash
# Lints the built OpenAPI document (or the one given as the argument) with the validators an integrator
# would use: Spectral (spectral:oas) and Redocly (recommended); then compiles, with TypeScript's tsc in
# strict mode, the typescript-fetch client that the bootstrap build generated from the document. All three
# are pinned in scripts/openapi-lint/package.json and installed there by npm on first use. Fails on any
# error; warnings are printed. Needs the build done (mvn verify; for a document given as the argument only
# the two linters run) and Node.js with npm.
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
   || [ ! -x "$lint/node_modules/.bin/tsc" ] \
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

if [ -z "${1:-}" ]; then
  client=bootstrap/target/generated-clients/typescript-fetch
  [ -f "$client/index.ts" ] || { echo "$(basename "$0"): no $client: run the build (mvn verify) first" >&2; exit 1; }
  echo "  The generated typescript-fetch client, compiled by tsc --strict:"
  if ! (cd "$client" && "$OLDPWD/$lint/node_modules/.bin/tsc" --noEmit --strict --target ES2020 \
        --lib ES2020,DOM --module ES2020 --moduleResolution node index.ts); then
    echo "OpenAPI lint: the generated TypeScript client does not compile" >&2
    exit 1
  fi
  echo "    compiles"
fi
echo "OpenAPI lint: no errors"
