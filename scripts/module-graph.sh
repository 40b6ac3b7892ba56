#!/usr/bin/env bash
# Draws the server's module graph (one box per feature module, edges = imports; a rule violation would show
# in red) into docs/module-graph.svg with dependency-cruiser and Graphviz (installed from Debian's packages
# when missing). `npm run graph`; the rules themselves are checked by `npm run depcruise` in the tests.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/services/ensure-packages.sh graphviz
npx depcruise server/src --config .dependency-cruiser.cjs \
  --include-only '^server/src/(modules|domain)' \
  --collapse '^server/src/(modules/[^/]+|domain)' \
  --output-type dot |
  dot -Grankdir=LR -Gsplines=true -Tsvg >docs/module-graph.svg
echo "docs/module-graph.svg written"
