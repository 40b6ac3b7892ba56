#!/usr/bin/env bash
# A throwaway PostgreSQL for tests, tuned for speed (fsync, synchronous_commit, full_page_writes off).
#
#   postgres.sh start <dir>            initdb into <dir>/pg (first time), start on 127.0.0.1:<free port>,
#                                      create superuser role `pameran` (random password) and database
#                                      `pameran_test`; last stdout line:
#                                        DATABASE_URL=postgres://pameran:<pw>@127.0.0.1:<port>/pameran_test
#                                      Already running → prints the same line again.
#   postgres.sh createdb <dir> <name>  create an empty database (if absent); last stdout line its DATABASE_URL=…
#   postgres.sh url <dir>              print DATABASE_URL=… of the running server
#   postgres.sh stop <dir>             stop it (pg_ctl stop -m fast); no-op if not running
#
# Files in <dir>: pg/ (data), pg-run/ (unix socket, postgres.log), pg.env (port, password; mode 600).
# PostgreSQL refuses to run as root: as root, the cluster belongs to the `postgres` system user (the one the
# Debian package creates; created here if missing). Only the TCP listener on 127.0.0.1 takes passwords;
# the unix socket (trust, for the `postgres` role) sits in a folder only its owner and root can enter.
set -euo pipefail
. "$(dirname "$0")/lib.sh"

usage() { die "usage: postgres.sh start <dir> | stop <dir> | createdb <dir> <name> | url <dir>"; }
cmd=${1:-}
[ -n "$cmd" ] && [ -n "${2:-}" ] || usage
dir=$(abs_dir "$2")
data="$dir/pg"
run="$dir/pg-run"
state="$dir/pg.env"
logfile="$run/postgres.log"
role=pameran
database=pameran_test

bin=${PG_BINDIR:-$(pg_bindir)}
[ -n "$bin" ] && [ -x "$bin/postgres" ] ||
  die "PostgreSQL server binaries not found under /usr/lib/postgresql/*/bin (run scripts/services/ensure-packages.sh postgres)"

if [ "$(id -u)" = 0 ]; then
  os_user=${PG_OS_USER:-postgres}
  if ! id "$os_user" >/dev/null 2>&1; then
    useradd --system --user-group --no-create-home --home-dir /nonexistent --shell /usr/sbin/nologin "$os_user" ||
      die "could not create the system user '$os_user' to run PostgreSQL (it refuses to run as root)"
  fi
  # Run from / so that a cwd the user may not enter (e.g. /root) causes no warnings.
  as_pg() { (cd / && runuser -u "$os_user" -- "$@"); }
else
  os_user=$(id -un)
  as_pg() { "$@"; }
fi

# The unix socket path must fit in sun_path (107 bytes); a deep <dir> gets a short folder under /tmp.
socket_dir_for() {
  if [ $((${#run} + 20)) -lt 100 ]; then echo "$run"; else mktemp -d /tmp/pgsock.XXXXXX; fi
}

load_state() {
  [ -f "$state" ] || return 1
  # shellcheck disable=SC1090
  . "$state"
  [ -n "${PG_PORT:-}" ] && [ -n "${PG_PASSWORD:-}" ] && [ -n "${PG_SOCKET_DIR:-}" ]
}
save_state() {
  (
    umask 077
    printf 'PG_PORT=%s\nPG_PASSWORD=%s\nPG_SOCKET_DIR=%q\n' "$PG_PORT" "$PG_PASSWORD" "$PG_SOCKET_DIR" >"$state.tmp"
  )
  mv "$state.tmp" "$state"
}

running() { [ -f "$data/postmaster.pid" ] && as_pg "$bin/pg_ctl" -D "$data" status >/dev/null 2>&1; }
url_for() { echo "DATABASE_URL=postgres://$role:$PG_PASSWORD@127.0.0.1:$PG_PORT/$1"; }
# psql as the `postgres` superuser over the unix socket (root can enter the socket folder; the owner too).
psql_admin() {
  "$bin/psql" -X -q -A -t -v ON_ERROR_STOP=1 -h "$PG_SOCKET_DIR" -p "$PG_PORT" -U postgres -d postgres "$@"
}

init_cluster() {
  mkdir -p "$data" "$PG_SOCKET_DIR"
  if [ "$(id -u)" = 0 ]; then
    chown "$os_user" "$data" "$PG_SOCKET_DIR"
    # The postgres user must be able to pass through <dir> (mktemp makes it 700 root).
    as_pg test -w "$data" 2>/dev/null || chmod o+x "$dir"
    as_pg test -w "$data" 2>/dev/null ||
      die "the '$os_user' user cannot reach $data (a parent folder is closed to it); use a folder under /tmp"
  fi
  chmod 700 "$data" "$PG_SOCKET_DIR"
  local locale=C.UTF-8
  locale -a 2>/dev/null | grep -qix 'c.utf-\?8' || locale=C
  as_pg "$bin/initdb" -D "$data" -U postgres --auth-local=trust --auth-host=scram-sha-256 \
    -E UTF8 --locale="$locale" --no-sync --no-instructions >"$dir/pg-initdb.log" 2>&1 ||
    {
      cat "$dir/pg-initdb.log" >&2
      die "initdb failed"
    }
  # Only loopback TCP, only with a password; settings for throwaway test data.
  as_pg tee -a "$data/postgresql.conf" >/dev/null <<EOF

# --- scripts/services/postgres.sh: a throwaway test server ---
listen_addresses = '127.0.0.1'
unix_socket_directories = '$PG_SOCKET_DIR'
max_connections = 200
fsync = off
synchronous_commit = off
full_page_writes = off
wal_level = minimal
max_wal_senders = 0
log_min_messages = warning
EOF
  as_pg tee "$data/pg_hba.conf" >/dev/null <<'EOF'
# TYPE  DATABASE  USER      ADDRESS        METHOD
local   all       postgres                 trust
host    all       all       127.0.0.1/32   scram-sha-256
EOF
}

start_server() {
  for _ in 1 2 3 4 5; do
    PG_PORT=$(free_port)
    if as_pg "$bin/pg_ctl" -D "$data" -l "$logfile" -w -t 30 -o "-p $PG_PORT" start >/dev/null 2>&1; then
      return 0
    fi
    # Lost the race for the port to another process: pick another one.
    if tail -n 20 "$logfile" 2>/dev/null | grep -qi 'address already in use\|could not create any TCP/IP sockets'; then
      continue
    fi
    tail -n 30 "$logfile" >&2 || true
    die "PostgreSQL did not start (log: $logfile)"
  done
  die "PostgreSQL found no free port after 5 attempts"
}

case "$cmd" in
  start)
    started=$(now_ms)
    if running && load_state; then
      log "PostgreSQL already running on 127.0.0.1:$PG_PORT ($data)"
      url_for "$database"
      exit 0
    fi
    if [ -f "$data/PG_VERSION" ]; then
      load_state || die "$data exists but $state is missing or incomplete; remove $dir and start again"
    else
      PG_PASSWORD=$(random_hex 16)
      PG_SOCKET_DIR=$(socket_dir_for)
      init_cluster
    fi
    mkdir -p "$run" "$PG_SOCKET_DIR"
    if [ "$(id -u)" = 0 ]; then chown "$os_user" "$run" "$PG_SOCKET_DIR"; fi
    start_server
    save_state
    wait_for 30 "$bin/pg_isready" -q -h 127.0.0.1 -p "$PG_PORT" ||
      die "PostgreSQL is not accepting connections on 127.0.0.1:$PG_PORT after 30 s (log: $logfile)"
    psql_admin <<SQL || die "could not create role $role / database $database"
DO \$\$ BEGIN
  IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '$role') THEN
    CREATE ROLE $role LOGIN SUPERUSER PASSWORD '$PG_PASSWORD';
  ELSE
    ALTER ROLE $role LOGIN SUPERUSER PASSWORD '$PG_PASSWORD';
  END IF;
END \$\$;
SQL
    if [ -z "$(psql_admin -c "SELECT 1 FROM pg_database WHERE datname = '$database'")" ]; then
      psql_admin -c "CREATE DATABASE $database OWNER $role" || die "could not create database $database"
    fi
    log "PostgreSQL $("$bin/postgres" --version | awk '{print $3}') on 127.0.0.1:$PG_PORT, data $data ($(elapsed "$started") s)"
    url_for "$database"
    ;;

  createdb)
    name=${3:-}
    [[ "$name" =~ ^[a-z_][a-z0-9_]{0,62}$ ]] || die "createdb: database name must match [a-z_][a-z0-9_]* (got '$name')"
    running && load_state || die "PostgreSQL is not running in $dir (postgres.sh start $dir)"
    if [ -z "$(psql_admin -c "SELECT 1 FROM pg_database WHERE datname = '$name'")" ]; then
      psql_admin -c "CREATE DATABASE $name OWNER $role" || die "could not create database $name"
    fi
    url_for "$name"
    ;;

  url)
    running && load_state || die "PostgreSQL is not running in $dir (postgres.sh start $dir)"
    url_for "$database"
    ;;

  stop)
    [ -f "$data/PG_VERSION" ] || exit 0
    if [ -f "$data/postmaster.pid" ]; then
      pid=$(head -n1 "$data/postmaster.pid" 2>/dev/null || true)
      as_pg "$bin/pg_ctl" -D "$data" -m fast -w -t 30 stop >/dev/null 2>&1 ||
        as_pg "$bin/pg_ctl" -D "$data" -m immediate -w -t 10 stop >/dev/null 2>&1 || true
      if pid_alive "$pid" && [ "$(cat "/proc/$pid/comm" 2>/dev/null)" = postgres ]; then
        kill -KILL "$pid" 2>/dev/null || true
      fi
      log "PostgreSQL stopped ($data)"
    fi
    # A socket folder outside <dir> (deep <dir>) is ours to remove.
    if load_state 2>/dev/null && [ "$PG_SOCKET_DIR" != "$run" ] && [[ "$PG_SOCKET_DIR" == /tmp/pgsock.* ]]; then
      rm -rf "$PG_SOCKET_DIR"
    fi
    ;;

  *) usage ;;
esac
