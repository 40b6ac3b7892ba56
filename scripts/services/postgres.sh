#!/usr/bin/env bash
# postgres.sh start <dir>   → initdb into <dir>/pg, start on 127.0.0.1:<free port>; last line DATABASE_URL=…
# postgres.sh stop <dir>
# PostgreSQL refuses to run as root, so as root the cluster belongs to the `postgres` system user.
set -euo pipefail
. "$(dirname "$0")/lib.sh"
cmd=${1:-}; dir=${2:-}
[ -n "$cmd" ] && [ -n "$dir" ] || die "usage: postgres.sh start|stop <dir>"
bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n1)
[ -n "$bin" ] || die "PostgreSQL is not installed (scripts/services/ensure-packages.sh postgres)"
data="$dir/pg"

run() {
  if [ "$(id -u)" = 0 ]; then su postgres -s /bin/bash -c "$(printf '%q ' "$@")"; else "$@"; fi
}

case "$cmd" in
  start)
    mkdir -p "$data"
    [ "$(id -u)" = 0 ] && chown -R postgres "$dir" && chmod 755 "$dir"
    port=$(free_port)
    run "$bin/initdb" -D "$data" -U postgres -A trust -E UTF8 --locale=C.UTF-8 >/dev/null
    run "$bin/pg_ctl" -D "$data" -l "$data/server.log" -w -t 60 start -o \
      "-p $port -k $data -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200" >/dev/null \
      || { cat "$data/server.log" >&2; die "PostgreSQL did not start"; }
    echo "$port" > "$dir/pg.port"
    wait_for 30 "$bin/pg_isready" -h 127.0.0.1 -p "$port" || die "PostgreSQL is not accepting connections"
    log "PostgreSQL on 127.0.0.1:$port"
    echo "DATABASE_URL=postgres://postgres@127.0.0.1:$port/postgres"
    ;;
  stop)
    [ -d "$data" ] || exit 0
    run "$bin/pg_ctl" -D "$data" -m fast -w stop >/dev/null 2>&1 || true
    ;;
  *) die "usage: postgres.sh start|stop <dir>" ;;
esac
