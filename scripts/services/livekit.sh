#!/usr/bin/env bash
# The LiveKit server (a Go module) for tests and the demo, installed into the git-ignored .tools folder.
#
#   livekit.sh install   build livekit-server v1.13.5 with `go install` when .tools/livekit-server is missing
#   livekit.sh path      print the binary's path (exit 1 when not installed)
#   livekit.sh start <dir> <app-port>
#                        run it in the background on 127.0.0.1 for the demo: key and secret generated once and
#                        kept in <dir>/livekit.env (mode 600), webhooks to the app on <app-port>; prints the
#                        LIVEKIT_URL=, LIVEKIT_API_KEY=, LIVEKIT_API_SECRET= lines to export
#   livekit.sh demo <dir> <app-port>
#                        the demo's video: build the binary when it is missing and Go is present, then `start`;
#                        without Go (or when the build fails) one line on stderr saying how to get video, and
#                        nothing on stdout, so the demo runs on without calls
#   livekit.sh stop <dir>
#
# LIVEKIT_SERVER_BIN names another binary (the specs use it). Generated keys are for the demo only: `start` and
# `demo` refuse with NODE_ENV=production, where LIVEKIT_URL, LIVEKIT_API_KEY and LIVEKIT_API_SECRET are given.
set -euo pipefail
. "$(dirname "$0")/lib.sh"

VERSION=v1.13.5
root=$(cd "$(dirname "$0")/../.." && pwd)
tools="$root/.tools"
bin=${LIVEKIT_SERVER_BIN:-$tools/livekit-server}

case "${1:-}" in
  install)
    if [ -x "$bin" ] && "$bin" --version 2>/dev/null | grep -q "${VERSION#v}"; then
      log "livekit-server ${VERSION#v} already installed"
      exit 0
    fi
    command -v go >/dev/null 2>&1 || die "Go is needed to build the LiveKit server (go install)"
    mkdir -p "$tools"
    started=$SECONDS
    # The module's binary is called `server`; keep it as livekit-server.
    GOBIN="$tools" GOFLAGS=-mod=mod go install "github.com/livekit/livekit-server/cmd/server@$VERSION"
    mkdir -p "$(dirname "$bin")"
    mv -f "$tools/server" "$bin"
    log "livekit-server ${VERSION#v} installed in $((SECONDS - started)) s"
    ;;
  path)
    [ -x "$bin" ] || exit 1
    echo "$bin"
    ;;
  demo)
    [ "${NODE_ENV:-}" != production ] || die "no generated LiveKit keys in production: set LIVEKIT_URL, LIVEKIT_API_KEY and LIVEKIT_API_SECRET"
    if [ ! -x "$bin" ]; then
      if ! command -v go >/dev/null 2>&1; then
        log "video calls are off: install Go and run the demo again (it builds the LiveKit server), or set LIVEKIT_URL, LIVEKIT_API_KEY and LIVEKIT_API_SECRET"
        exit 0
      fi
      log "building the LiveKit server with Go, once (a few minutes; later starts reuse it)"
      if ! bash "$0" install; then
        warn "the LiveKit server did not build, so video calls are off; retry with: bash scripts/services/livekit.sh install"
        exit 0
      fi
    fi
    exec bash "$0" start "${2:?dir}" "${3:?app port}"
    ;;
  start)
    [ "${NODE_ENV:-}" != production ] || die "no generated LiveKit keys in production: set LIVEKIT_URL, LIVEKIT_API_KEY and LIVEKIT_API_SECRET"
    dir=$(abs_dir "${2:?dir}")
    app_port=${3:?app port}
    [ -x "$bin" ] || die "livekit-server is not installed (livekit.sh install)"
    mkdir -p "$dir"
    env_file="$dir/livekit.env"
    if [ ! -f "$env_file" ]; then
      (umask 077 && printf 'key=pameran%s\nsecret=%s\n' "$(head -c4 /dev/urandom | od -An -tx1 | tr -d ' \n')" \
        "$(head -c32 /dev/urandom | base64 | tr -d '/+=\n')" >"$env_file")
    fi
    . "$env_file"
    port=$(free_port)
    tcp_port=$(free_port)
    cat >"$dir/livekit.yaml" <<YAML
port: $port
bind_addresses: ["127.0.0.1"]
rtc:
  tcp_port: $tcp_port
  port_range_start: 50000
  port_range_end: 50200
  node_ip: 127.0.0.1
  use_external_ip: false
room:
  auto_create: false
keys:
  $key: $secret
webhook:
  api_key: $key
  urls:
    - http://127.0.0.1:$app_port/api/livekit/webhook
logging:
  level: warn
YAML
    "$bin" --config "$dir/livekit.yaml" >"$dir/livekit.log" 2>&1 &
    echo $! >"$dir/livekit.pid"
    for _ in $(seq 1 100); do
      if (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then break; fi
      kill -0 "$(cat "$dir/livekit.pid")" 2>/dev/null || die "livekit-server exited: $(tail -5 "$dir/livekit.log")"
      sleep 0.1
    done
    log "LiveKit on ws://127.0.0.1:$port (log: $dir/livekit.log)"
    echo "LIVEKIT_URL=ws://127.0.0.1:$port"
    echo "LIVEKIT_API_KEY=$key"
    echo "LIVEKIT_API_SECRET=$secret"
    ;;
  stop)
    dir=$(abs_dir "${2:?dir}")
    pid=$(cat "$dir/livekit.pid" 2>/dev/null || true)
    if pid_alive "$pid"; then
      # LiveKit drains on SIGTERM and may linger; the demo's next start needs its ports back.
      kill "$pid" 2>/dev/null || true
      wait_for 5 bash -c "! kill -0 $pid" || kill -KILL "$pid" 2>/dev/null || true
    fi
    rm -f "$dir/livekit.pid"
    ;;
  *) die "usage: livekit.sh install | path | demo <dir> <app-port> | start <dir> <app-port> | stop <dir>" ;;
esac
