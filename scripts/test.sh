#!/usr/bin/env bash
# Runs the whole test suite. The persistence and end-to-end tests need a real PostgreSQL:
#   1. the one given by LOKET_TEST_DB_URL (with LOKET_TEST_DB_USER and LOKET_TEST_DB_PASSWORD), or else
#   2. the machine's local PostgreSQL cluster, started if it is down, with a role and database
#      'loket'/'loket_test' created on first use (installed from Debian's packages if missing and root), or else
#   3. it stops and says how to provide one.
set -euo pipefail
cd "$(dirname "$0")/.."

die() { echo "scripts/test.sh: $*" >&2; exit 2; }

as_postgres() {
  if [ "$(id -u)" = 0 ]; then su postgres -c "$1"; else sudo -n -u postgres sh -c "$1"; fi
}

local_postgres() {
  if ! command -v pg_lsclusters >/dev/null 2>&1; then
    if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
      echo "PostgreSQL is not installed: installing Debian's postgresql package..."
      (apt-get install -y -q postgresql >/dev/null 2>&1 || { apt-get update -q >/dev/null && apt-get install -y -q postgresql >/dev/null; }) \
        || die "could not install PostgreSQL"
    else
      return 1
    fi
  fi
  local cluster
  cluster=$(pg_lsclusters --no-header 2>/dev/null | head -n 1)
  [ -n "$cluster" ] || return 1
  local version name port status
  read -r version name port status _ <<<"$cluster"
  if [ "$status" != "online" ]; then
    echo "Starting the local PostgreSQL cluster $version/$name..."
    if [ "$(id -u)" = 0 ]; then pg_ctlcluster "$version" "$name" start; else sudo -n pg_ctlcluster "$version" "$name" start; fi \
      || return 1
  fi
  as_postgres "psql -p $port -tAc \"SELECT 1 FROM pg_roles WHERE rolname='loket'\"" | grep -q 1 \
    || as_postgres "psql -p $port -qc \"CREATE ROLE loket LOGIN PASSWORD 'loket'\"" || return 1
  as_postgres "psql -p $port -tAc \"SELECT 1 FROM pg_database WHERE datname='loket_test'\"" | grep -q 1 \
    || as_postgres "psql -p $port -qc 'CREATE DATABASE loket_test OWNER loket'" || return 1
  export LOKET_TEST_DB_URL="jdbc:postgresql://127.0.0.1:$port/loket_test"
  export LOKET_TEST_DB_USER=loket
  export LOKET_TEST_DB_PASSWORD=loket
}

if [ -z "${LOKET_TEST_DB_URL:-}" ]; then
  local_postgres || die "no PostgreSQL to test against. Either set LOKET_TEST_DB_URL (e.g.
  jdbc:postgresql://host:5432/db) with LOKET_TEST_DB_USER and LOKET_TEST_DB_PASSWORD, or install PostgreSQL
  here (Debian: apt-get install postgresql) and run this script as root or with passwordless sudo."
fi
echo "Testing against ${LOKET_TEST_DB_URL}"
exec mvn -B verify "$@"
