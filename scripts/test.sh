#!/usr/bin/env bash
# Runs the whole test suite. The persistence and end-to-end tests need a real PostgreSQL:
#   1. the one given by LOKET_TEST_DB_URL (with LOKET_TEST_DB_USER and LOKET_TEST_DB_PASSWORD), or else
#   2. the machine's local PostgreSQL cluster, started if it is down, with a role and database
#      'loket'/'loket_test' created on first use (installed from Debian's packages if missing and root), or else
#   3. it stops and says how to provide one.
# Then it starts the runnable jar on its embedded database (scripts/smoke-jar.sh), and lints the built
# OpenAPI document with Spectral and Redocly and compiles the TypeScript client generated from it
# (scripts/lint-openapi.sh; npm).
# The kiosk screen's test needs Debian's chromium (installed as root when missing; LOKET_CHROMIUM names another).
set -euo pipefail
cd "$(dirname "$0")/.."

# shellcheck source=lib/postgres.sh
. scripts/lib/postgres.sh

if [ -z "${LOKET_TEST_DB_URL:-}" ]; then
  local_postgres loket_test || die "no PostgreSQL to test against. Either set LOKET_TEST_DB_URL (e.g.
  jdbc:postgresql://host:5432/db) with LOKET_TEST_DB_USER and LOKET_TEST_DB_PASSWORD, or install PostgreSQL
  here (Debian: apt-get install postgresql) and run this script as root or with passwordless sudo."
  export LOKET_TEST_DB_URL="jdbc:postgresql://127.0.0.1:$LOKET_PG_PORT/loket_test"
  export LOKET_TEST_DB_USER=loket
  export LOKET_TEST_DB_PASSWORD=loket
fi
# The kiosk screen's test drives Debian's Chromium headless; installed here as root when missing. Without
# it that test is skipped with a loud message, not failed.
if ! command -v chromium >/dev/null 2>&1 && [ -z "${LOKET_CHROMIUM:-}" ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
    echo "Chromium is not installed: installing Debian's chromium package for the kiosk screen's test..."
    (apt-get install -y -q chromium >/dev/null 2>&1 || { apt-get update -q >/dev/null && apt-get install -y -q chromium >/dev/null; }) \
      || echo "$(basename "$0"): could not install Chromium: the kiosk screen's browser test will be SKIPPED" >&2
  else
    echo "$(basename "$0"): no Chromium (apt-get install chromium as root): the kiosk screen's browser test will be SKIPPED" >&2
  fi
fi
echo "Testing against ${LOKET_TEST_DB_URL}"
mvn -B verify "$@"
# The runnable jar, started as the README's first command starts it.
scripts/smoke-jar.sh
# The OpenAPI document, as integrators' validators see it (Spectral and Redocly, from npm).
scripts/lint-openapi.sh
