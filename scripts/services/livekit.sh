#!/usr/bin/env bash
# The LiveKit server (a Go module) for tests and the demo, installed into the git-ignored .tools folder.
#
#   livekit.sh install   build livekit-server v1.13.5 with `go install` when .tools/livekit-server is missing
#   livekit.sh path      print the binary's path (exit 1 when not installed)
set -euo pipefail
. "$(dirname "$0")/lib.sh"

VERSION=v1.13.5
root=$(cd "$(dirname "$0")/../.." && pwd)
tools="$root/.tools"
bin="$tools/livekit-server"

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
    mv -f "$tools/server" "$bin"
    log "livekit-server ${VERSION#v} installed in $((SECONDS - started)) s"
    ;;
  path)
    [ -x "$bin" ] || exit 1
    echo "$bin"
    ;;
  *) die "usage: livekit.sh install | path" ;;
esac
