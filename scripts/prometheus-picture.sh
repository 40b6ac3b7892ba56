#!/usr/bin/env bash
# prometheus-picture.sh [visitors] [seconds]
#   The README's Prometheus picture (docs/screenshots/prometheus-load.png): Debian's Prometheus scrapes a
#   seeded node's /metrics every 2 s while bench/hall-load.mjs walks `visitors` (default 300) through the
#   hall for `seconds` (default 60), then headless Chromium photographs the graph page. Needs a built
#   server (npm run build), promtool/prometheus (ensure-packages.sh prometheus), Chromium, and BENCH_PG_URL
#   (an empty PostgreSQL database; unset → embedded PGlite). Everything runs on loopback in a temporary
#   folder and is stopped at the end.
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/services/lib.sh
visitors=${1:-300}
seconds=${2:-60}
work=$(mktemp -d "${TMPDIR:-/tmp}/pameran-prom.XXXXXX")
prom_pid=
cleanup() {
  [ -n "$prom_pid" ] && kill "$prom_pid" 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT

free_port() { node -e "const s=require('net').createServer().listen(0,'127.0.0.1',()=>{console.log(s.address().port);s.close()})"; }
metrics_port=$(free_port)
prom_port=$(free_port)
cat >"$work/prometheus.yml" <<YAML
global:
  scrape_interval: 2s
scrape_configs:
  - job_name: pameran
    static_configs:
      - targets: ['127.0.0.1:${metrics_port}']
YAML
prometheus --config.file="$work/prometheus.yml" --storage.tsdb.path="$work/data" \
  --web.listen-address="127.0.0.1:${prom_port}" --log.level=warn >"$work/prometheus.log" 2>&1 &
prom_pid=$!
log "Prometheus on 127.0.0.1:${prom_port}, scraping the node's metrics port ${metrics_port}"

started=$(date +%s)
METRICS_PORT=$metrics_port node bench/hall-load.mjs --only pameran --visitors "$visitors" --seconds "$seconds" \
  --workers 1
range=$(($(date +%s) - started + 30))

# The graph page with one panel per figure, over the run (and a little either side); the window is tall
# enough for all four, or the page scrolls to the last one's input.
q() { node -e 'console.log(encodeURIComponent(process.argv[1]))' "$1"; }
url="http://127.0.0.1:${prom_port}/graph?"
i=0
for expr in \
  'pameran_hall_connections' \
  'rate(pameran_hall_deliveries_total[10s])' \
  'histogram_quantile(0.99, rate(pameran_hall_flush_duration_seconds_bucket[10s]))' \
  'histogram_quantile(0.99, rate(pameran_event_loop_delay_seconds_bucket[10s]))'; do
  url+="g${i}.expr=$(q "$expr")&g${i}.tab=0&g${i}.range_input=${range}s&"
  i=$((i + 1))
done
"${CHROMIUM_PATH:-/usr/bin/chromium}" --headless=new --no-sandbox --disable-gpu --hide-scrollbars \
  --window-size=1400,3000 --virtual-time-budget=15000 \
  --screenshot="$(pwd)/docs/screenshots/prometheus-load.png" "$url" >/dev/null 2>&1
log "wrote docs/screenshots/prometheus-load.png"
