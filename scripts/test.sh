#!/usr/bin/env bash
# Runs the whole test suite. The persistence and end-to-end tests need a real PostgreSQL:
#   1. the one given by LOKET_TEST_DB_URL (with LOKET_TEST_DB_USER and LOKET_TEST_DB_PASSWORD), or else
#   2. the machine's local PostgreSQL cluster, started if it is down, with a role and database
#      'loket'/'loket_test' created on first use (installed from Debian's packages if missing and root), or else
#   3. it stops and says how to provide one.
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
echo "Testing against ${LOKET_TEST_DB_URL}"
exec mvn -B verify "$@"
