#!/usr/bin/env bash
# redis.sh start <dir>   → redis-server on 127.0.0.1:<free port>, no persistence; last line REDIS_URL=…
# redis.sh stop <dir>
set -euo pipefail
. "$(dirname "$0")/lib.sh"
cmd=${1:-}; dir=${2:-}
[ -n "$cmd" ] && [ -n "$dir" ] || die "usage: redis.sh start|stop <dir>"
command -v redis-server >/dev/null || die "Redis is not installed (scripts/services/ensure-packages.sh redis)"

case "$cmd" in
  start)
    mkdir -p "$dir"
    port=$(free_port)
    redis-server --bind 127.0.0.1 --port "$port" --save '' --appendonly no --daemonize yes \
      --pidfile "$dir/redis.pid" --logfile "$dir/redis.log" --dir "$dir" >/dev/null
    wait_for 20 redis-cli -p "$port" ping || die "Redis did not start"
    echo "$port" > "$dir/redis.port"
    log "Redis on 127.0.0.1:$port"
    echo "REDIS_URL=redis://127.0.0.1:$port"
    ;;
  stop)
    [ -f "$dir/redis.port" ] && redis-cli -p "$(cat "$dir/redis.port")" shutdown nosave >/dev/null 2>&1 || true
    ;;
  *) die "usage: redis.sh start|stop <dir>" ;;
esac
