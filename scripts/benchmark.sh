#!/usr/bin/env bash
# The appointment benchmark (see README): builds the service and the benchmark, makes a fresh PostgreSQL
# database 'loket_bench' on the local cluster (or uses LOKET_BENCH_PG_HOST/_PORT/_USER/_PASSWORD), and runs
# it. Takes about ten minutes on two shared cores (the federal outbox's phase about two of them); the report
# is printed and written to target/benchmark/report.md.
set -euo pipefail
cd "$(dirname "$0")/.."
# shellcheck source=lib/postgres.sh
. scripts/lib/postgres.sh

command -v pgbench >/dev/null || die "pgbench is needed (Debian: apt-get install postgresql-contrib or postgresql)"
if [ -z "${LOKET_BENCH_PG_HOST:-}" ]; then
  local_postgres postgres || die "no PostgreSQL: install it, or set LOKET_BENCH_PG_HOST/_PORT/_USER/_PASSWORD"
  as_postgres "psql -p $LOKET_PG_PORT -qc 'DROP DATABASE IF EXISTS loket_bench'"
  as_postgres "psql -p $LOKET_PG_PORT -qc 'CREATE DATABASE loket_bench OWNER loket'"
  export LOKET_BENCH_PG_PORT="$LOKET_PG_PORT"
fi
echo "Building..."
mvn -B -q -DskipTests package
exec java -jar benchmark/target/loket-benchmark.jar
