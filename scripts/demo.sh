#!/usr/bin/env bash
# Quick start, first command: install and run the demo on embedded defaults (PGlite, one node): the 2020
# fair archived with its history, and a live fair of this year (SEED=demo, docs/demo.md).
# The schedule is shifted so the hall is open now; demo accounts are printed at first start.
set -euo pipefail
cd "$(dirname "$0")/.."
if [ ! -d node_modules ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  npm ci --no-audit --no-fund --loglevel=error
fi
export DEMO_LIVE=${DEMO_LIVE:-1}
export SEED=${SEED:-demo}
export DEMO_CROWD=${DEMO_CROWD:-40}
export PORT=${PORT:-3000}
data_dir=${DATA_DIR:-./data}
# Video calls: LIVEKIT_URL when given; else a local livekit-server, built with Go at the first start when Go
# is present (keys generated once into $data_dir/livekit.env); without Go one line says how to get video.
if [ -z "${LIVEKIT_URL:-}" ]; then
  video=$(bash scripts/services/livekit.sh demo "$data_dir" "$PORT" | grep '^LIVEKIT_' || true)
  if [ -n "$video" ]; then
    while IFS= read -r line; do export "${line?}"; done <<<"$video"
    trap 'bash scripts/services/livekit.sh stop "$data_dir"' EXIT
    trap 'exit 130' INT TERM
  fi
fi
npm start --silent
