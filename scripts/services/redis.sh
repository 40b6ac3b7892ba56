#!/usr/bin/env bash
# A throwaway Redis for tests: 127.0.0.1 only, a free port, no persistence, daemonized.
#
#   redis.sh start <dir>   start redis-server (save "", appendonly no), wait for PING; last stdout line:
#                            REDIS_URL=redis://127.0.0.1:<port>
#                          Already running → prints the same line again.
#   redis.sh url <dir>     print REDIS_URL=… of the running server
#   redis.sh stop <dir>    SHUTDOWN NOSAVE (then SIGTERM/SIGKILL by its pid if needed); no-op if not running
#
# Files in <dir>: redis.pid, redis.port, redis.log.
set -euo pipefail
. "$(dirname "$0")/lib.sh"

usage() { die "usage: redis.sh start <dir> | stop <dir> | url <dir>"; }
cmd=${1:-}
[ -n "$cmd" ] && [ -n "${2:-}" ] || usage
dir=$(abs_dir "$2")
pidfile="$dir/redis.pid"
portfile="$dir/redis.port"
logfile="$dir/redis.log"

command -v redis-server >/dev/null 2>&1 && command -v redis-cli >/dev/null 2>&1 ||
  die "redis-server / redis-cli not found (run scripts/services/ensure-packages.sh redis)"

# The pid in redis.pid, if that process is alive and is a redis-server (not a recycled pid).
our_pid() {
  local pid
  pid=$(cat "$pidfile" 2>/dev/null || true)
  pid_alive "$pid" && [[ "$(cat "/proc/$pid/comm" 2>/dev/null)" == redis-server* ]] && echo "$pid"
}
redis_ping() { [ "$(redis-cli -h 127.0.0.1 -p "$1" ping 2>/dev/null)" = PONG ]; }

case "$cmd" in
  start)
    started=$(now_ms)
    if our_pid >/dev/null && [ -f "$portfile" ] && redis_ping "$(cat "$portfile")"; then
      log "Redis already running on 127.0.0.1:$(cat "$portfile")"
      echo "REDIS_URL=redis://127.0.0.1:$(cat "$portfile")"
      exit 0
    fi
    for _ in 1 2 3 4 5; do
      port=$(free_port)
      rm -f "$pidfile"
      : >"$logfile"
      redis-server --bind 127.0.0.1 --port "$port" --protected-mode yes \
        --save '' --appendonly no --dir "$dir" \
        --daemonize yes --pidfile "$pidfile" --logfile "$logfile" --loglevel warning >/dev/null ||
        die "redis-server would not start (log: $logfile)"
      if wait_for 20 redis_ping "$port"; then
        echo "$port" >"$portfile"
        log "Redis $(redis-server --version | sed -n 's/.* v=\([^ ]*\).*/\1/p') on 127.0.0.1:$port ($(elapsed "$started") s)"
        echo "REDIS_URL=redis://127.0.0.1:$port"
        exit 0
      fi
      # Lost the race for the port: try another one. Anything else is fatal.
      grep -qi 'address already in use\|could not create server tcp' "$logfile" 2>/dev/null && continue
      tail -n 20 "$logfile" >&2 || true
      die "Redis did not answer PING on 127.0.0.1:$port within 20 s (log: $logfile)"
    done
    die "Redis found no free port after 5 attempts"
    ;;

  url)
    [ -f "$portfile" ] && redis_ping "$(cat "$portfile")" || die "Redis is not running in $dir (redis.sh start $dir)"
    echo "REDIS_URL=redis://127.0.0.1:$(cat "$portfile")"
    ;;

  stop)
    pid=$(our_pid || true)
    [ -n "$pid" ] || {
      rm -f "$pidfile" "$portfile"
      exit 0
    }
    [ -f "$portfile" ] && redis-cli -h 127.0.0.1 -p "$(cat "$portfile")" shutdown nosave >/dev/null 2>&1 || true
    wait_for 10 sh -c "! kill -0 $pid" || kill -TERM "$pid" 2>/dev/null || true
    wait_for 5 sh -c "! kill -0 $pid" || kill -KILL "$pid" 2>/dev/null || true
    rm -f "$pidfile" "$portfile"
    log "Redis stopped ($dir)"
    ;;

  *) usage ;;
esac
