#!/usr/bin/env bash
# A throwaway S3-compatible server for tests: versitygw (a Go module) with its posix backend, installed into
# the git-ignored .tools folder like the LiveKit server.
#
#   versitygw.sh install     build versitygw v1.8.0 with `go install` when .tools/versitygw is missing
#   versitygw.sh path        print the binary's path (exit 1 when not installed)
#   versitygw.sh start <dir> run it in the background on 127.0.0.1 on a free port, objects under
#                            <dir>/versitygw-data, root keys generated once into <dir>/versitygw.env (mode 600);
#                            prints S3_ENDPOINT=…, S3_ACCESS_KEY_ID=… and S3_SECRET_ACCESS_KEY=… lines.
#                            Already running → prints the same lines again.
#   versitygw.sh stop <dir>  stop it (SIGTERM, then SIGKILL); no-op if not running. The data stays in <dir>.
#
# Files in <dir>: versitygw.pid, versitygw.port, versitygw.env, versitygw.log, versitygw-data/.
set -euo pipefail
. "$(dirname "$0")/lib.sh"

VERSION=v1.8.0
root=$(cd "$(dirname "$0")/../.." && pwd)
tools="$root/.tools"
bin="$tools/versitygw"

usage() { die "usage: versitygw.sh install | path | start <dir> | stop <dir>"; }

# `go install` stamps no version into `versitygw --version`; the module version is in the build info.
installed_version_ok() {
  [ -x "$bin" ] || return 1
  command -v go >/dev/null 2>&1 || return 0 # cannot read the build info without Go: trust the binary
  go version -m "$bin" 2>/dev/null | grep -q "mod[[:space:]]*github.com/versity/versitygw[[:space:]]*$VERSION"
}

case "${1:-}" in
  install)
    if installed_version_ok; then
      log "versitygw ${VERSION#v} already installed"
      exit 0
    fi
    command -v go >/dev/null 2>&1 || die "Go is needed to build versitygw (go install)"
    mkdir -p "$tools"
    started=$SECONDS
    GOBIN="$tools" GOFLAGS=-mod=mod go install "github.com/versity/versitygw/cmd/versitygw@$VERSION"
    log "versitygw ${VERSION#v} installed in $((SECONDS - started)) s"
    ;;

  path)
    [ -x "$bin" ] || exit 1
    echo "$bin"
    ;;

  start)
    [ -n "${2:-}" ] || usage
    dir=$(abs_dir "$2")
    [ -x "$bin" ] || die "versitygw is not installed (versitygw.sh install)"
    pidfile="$dir/versitygw.pid"
    portfile="$dir/versitygw.port"
    env_file="$dir/versitygw.env"
    logfile="$dir/versitygw.log"
    if [ ! -f "$env_file" ]; then
      (umask 077 && printf 'key=pameran%s\nsecret=%s\n' "$(random_hex 4)" "$(random_hex 24)" >"$env_file")
    fi
    . "$env_file"
    answer() {
      echo "S3_ENDPOINT=http://127.0.0.1:$1"
      echo "S3_ACCESS_KEY_ID=$key"
      echo "S3_SECRET_ACCESS_KEY=$secret"
    }
    # Any HTTP answer (S3 says 403 to an unsigned request) means it is serving.
    answering() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }
    pid=$(cat "$pidfile" 2>/dev/null || true)
    if pid_alive "$pid" && [ -f "$portfile" ] && answering "$(cat "$portfile")"; then
      log "versitygw already running on 127.0.0.1:$(cat "$portfile")"
      answer "$(cat "$portfile")"
      exit 0
    fi
    mkdir -p "$dir/versitygw-data"
    started=$(now_ms)
    for _ in 1 2 3 4 5; do
      port=$(free_port)
      # Root keys through the environment, so they never show in the process list.
      ROOT_ACCESS_KEY_ID=$key ROOT_SECRET_ACCESS_KEY=$secret \
        "$bin" --port "127.0.0.1:$port" --quiet posix "$dir/versitygw-data" >"$logfile" 2>&1 &
      echo $! >"$pidfile"
      for _ in $(seq 1 100); do
        answering "$port" && break
        pid_alive "$(cat "$pidfile")" || break
        sleep 0.1
      done
      if answering "$port"; then
        echo "$port" >"$portfile"
        log "versitygw ${VERSION#v} (posix) on http://127.0.0.1:$port ($(elapsed "$started") s, log: $logfile)"
        answer "$port"
        exit 0
      fi
      kill "$(cat "$pidfile")" 2>/dev/null || true
      # Lost the race for the port: try another one. Anything else is fatal.
      grep -qi 'address already in use' "$logfile" 2>/dev/null && continue
      tail -n 20 "$logfile" >&2 || true
      die "versitygw did not answer on 127.0.0.1:$port within 10 s (log: $logfile)"
    done
    die "versitygw found no free port after 5 attempts"
    ;;

  stop)
    [ -n "${2:-}" ] || usage
    dir=$(abs_dir "$2")
    pid=$(cat "$dir/versitygw.pid" 2>/dev/null || true)
    if pid_alive "$pid" && [[ "$(cat "/proc/$pid/comm" 2>/dev/null)" == versitygw* ]]; then
      kill -TERM "$pid" 2>/dev/null || true
      wait_for 5 sh -c "! kill -0 $pid" || kill -KILL "$pid" 2>/dev/null || true
      log "versitygw stopped ($dir)"
    fi
    rm -f "$dir/versitygw.pid" "$dir/versitygw.port"
    ;;

  *) usage ;;
esac
