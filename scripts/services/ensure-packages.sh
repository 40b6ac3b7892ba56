#!/usr/bin/env bash
# ensure-packages.sh [postgres] [redis] [chromium] [graphviz] [prometheus] [qrtools]
#   Installs from Debian's packages whatever the named services need and this machine lacks:
#     postgres → postgresql postgresql-contrib  (server binaries + btree_gist, pg_trgm, uuid-ossp)
#     redis    → redis-server
#     chromium → chromium                       (/usr/bin/chromium, for the browser tests)
#     graphviz → graphviz                       (dot, for the module graph picture in docs/)
#     prometheus → prometheus                   (promtool, which checks deploy/prometheus/ in the test command)
#     qrtools  → poppler-utils zbar-tools       (pdftoppm and zbarimg: the QR sheet specs read the PDFs back)
#   Silent when everything is present; one line on stderr per service installed. Runs `apt-get update`
#   at most once. Uses sudo only when not root. Exits non-zero, saying why, if apt is unavailable or fails.
set -euo pipefail
. "$(dirname "$0")/lib.sh"

# The newest installed server: the one postgres.sh will use.
pg_version() {
  local bin
  bin=$(pg_bindir)
  [ -n "$bin" ] && basename "$(dirname "$bin")"
}
has_postgres() {
  local v ext
  v=$(pg_version) || return 1
  for exe in postgres initdb pg_ctl pg_isready psql; do
    [ -x "/usr/lib/postgresql/$v/bin/$exe" ] || return 1
  done
  # The contrib extensions the migrations create, for that same major version.
  for ext in btree_gist pg_trgm uuid-ossp; do
    [ -f "/usr/share/postgresql/$v/extension/$ext.control" ] || return 1
  done
}
has_redis() { command -v redis-server >/dev/null 2>&1 && command -v redis-cli >/dev/null 2>&1; }
has_chromium() { [ -x /usr/bin/chromium ]; }
has_graphviz() { command -v dot >/dev/null 2>&1; }
has_prometheus() { command -v promtool >/dev/null 2>&1; }
has_qrtools() { command -v pdftoppm >/dev/null 2>&1 && command -v zbarimg >/dev/null 2>&1; }

[ $# -gt 0 ] || die "usage: ensure-packages.sh [postgres] [redis] [chromium] [graphviz] [prometheus] [qrtools]"
todo=()
for want in "$@"; do
  case "$want" in
    postgres) has_postgres || todo+=(postgres) ;;
    redis) has_redis || todo+=(redis) ;;
    chromium) has_chromium || todo+=(chromium) ;;
    graphviz) has_graphviz || todo+=(graphviz) ;;
    prometheus) has_prometheus || todo+=(prometheus) ;;
    qrtools) has_qrtools || todo+=(qrtools) ;;
    *) die "unknown service '$want' (expected postgres, redis, chromium, graphviz, prometheus or qrtools)" ;;
  esac
done
[ ${#todo[@]} -eq 0 ] && exit 0

command -v apt-get >/dev/null 2>&1 ||
  die "apt-get is not available: install ${todo[*]} yourself (Debian/Ubuntu packages: postgresql postgresql-contrib, redis-server, chromium)"

aptlog=$(mktemp "${TMPDIR:-/tmp}/ensure-packages.XXXXXX.log")
trap 'rm -f "$aptlog"' EXIT
# Another apt/dpkg run (an unattended upgrade, a parallel install) holds the lock: wait for it.
apt_opts=(-o DPkg::Lock::Timeout=600 -o Acquire::Retries=3 -q)
apt_failed() {
  tail -n 25 "$aptlog" >&2
  die "$1 (apt output above)"
}

as_root env DEBIAN_FRONTEND=noninteractive apt-get "${apt_opts[@]}" update >"$aptlog" 2>&1 ||
  apt_failed "apt-get update failed"

for service in "${todo[@]}"; do
  case "$service" in
    postgres) packages=(postgresql postgresql-contrib) ;;
    redis) packages=(redis-server) ;;
    chromium) packages=(chromium) ;;
    graphviz) packages=(graphviz) ;;
    prometheus) packages=(prometheus) ;;
    qrtools) packages=(poppler-utils zbar-tools) ;;
  esac
  started=$(now_ms)
  as_root env DEBIAN_FRONTEND=noninteractive apt-get "${apt_opts[@]}" install -y --no-install-recommends \
    "${packages[@]}" >>"$aptlog" 2>&1 || apt_failed "could not install ${packages[*]}"
  # Debian starts the services it has just installed; the tests start their own on free ports.
  case "$service" in
    postgres) as_root service postgresql stop >/dev/null 2>&1 || true ;;
    redis) as_root service redis-server stop >/dev/null 2>&1 || true ;;
    prometheus) as_root service prometheus stop >/dev/null 2>&1 || true ;;
  esac
  "has_$service" || die "installed ${packages[*]}, but $service is still incomplete"
  log "installed ${packages[*]} for $service ($(elapsed "$started") s)"
done
