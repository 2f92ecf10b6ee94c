# Shared by scripts/test.sh and scripts/benchmark.sh: find or start a PostgreSQL to run against.
# local_postgres DB: starts the machine's local cluster if it is down (installing Debian's package as root
# when PostgreSQL is missing), makes sure the role 'loket' and database DB exist, and exports LOKET_PG_PORT.

die() { echo "$(basename "$0"): $*" >&2; exit 2; }

as_postgres() {
  if [ "$(id -u)" = 0 ]; then su postgres -c "$1"; else sudo -n -u postgres sh -c "$1"; fi
}

local_postgres() {
  local database="$1"
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
    # The suite's end-to-end tests start up to three service instances at once, each with its pool:
    # PostgreSQL's default of 100 connections leaves too little room, so a cluster started here gets 200.
    local conf="/etc/postgresql/$version/$name/conf.d"
    if [ "$(id -u)" = 0 ] && [ -d "$conf" ] && [ ! -f "$conf/loket-op-maat.conf" ]; then
      echo "max_connections = 200  # set by Loket op Maat's scripts/lib/postgres.sh for its test suite" \
        > "$conf/loket-op-maat.conf"
    fi
    echo "Starting the local PostgreSQL cluster $version/$name..."
    if [ "$(id -u)" = 0 ]; then pg_ctlcluster "$version" "$name" start; else sudo -n pg_ctlcluster "$version" "$name" start; fi \
      || return 1
  fi
  as_postgres "psql -p $port -tAc \"SELECT 1 FROM pg_roles WHERE rolname='loket'\"" | grep -q 1 \
    || as_postgres "psql -p $port -qc \"CREATE ROLE loket LOGIN PASSWORD 'loket'\"" || return 1
  as_postgres "psql -p $port -tAc \"SELECT 1 FROM pg_database WHERE datname='$database'\"" | grep -q 1 \
    || as_postgres "psql -p $port -qc 'CREATE DATABASE $database OWNER loket'" || return 1
  export LOKET_PG_PORT="$port"
}

