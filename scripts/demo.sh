#!/usr/bin/env bash
# Quick start, first command: install and run the demo fair on embedded defaults (PGlite, one node).
# The schedule is shifted so the hall is open now; demo accounts are printed at first start.
set -euo pipefail
cd "$(dirname "$0")/.."
if [ ! -d node_modules ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  npm ci --no-audit --no-fund --loglevel=error
fi
export DEMO_LIVE=${DEMO_LIVE:-1}
export SEED=${SEED:-opop-2020}
export DEMO_CROWD=${DEMO_CROWD:-40}
exec npm start --silent
