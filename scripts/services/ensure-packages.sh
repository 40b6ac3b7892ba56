#!/usr/bin/env bash
# ensure-packages.sh [postgres] [redis] [chromium]: install what is missing from Debian's packages.
set -euo pipefail
. "$(dirname "$0")/lib.sh"

pg_bin() { ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n1; }
has_postgres() {
  local bin; bin=$(pg_bin)
  [ -n "$bin" ] && [ -x "$bin/postgres" ] && [ -x "$bin/initdb" ] &&
    ls /usr/share/postgresql/*/extension/btree_gist.control /usr/share/postgresql/*/extension/pg_trgm.control >/dev/null 2>&1
}
has_redis() { command -v redis-server >/dev/null; }
has_chromium() { [ -x /usr/bin/chromium ]; }

missing=()
for want in "$@"; do
  case "$want" in
    postgres) has_postgres || missing+=(postgresql postgresql-contrib) ;;
    redis) has_redis || missing+=(redis-server) ;;
    chromium) has_chromium || missing+=(chromium) ;;
    *) die "unknown package set: $want" ;;
  esac
done
[ ${#missing[@]} -eq 0 ] && exit 0
command -v apt-get >/dev/null || die "apt-get is not available; install ${missing[*]} by hand"
log "installing ${missing[*]} (Debian packages)"
# Wait for another apt/dpkg run to finish rather than failing on its lock.
as_root apt-get -o DPkg::Lock::Timeout=300 update -qq >/dev/null
as_root env DEBIAN_FRONTEND=noninteractive apt-get -o DPkg::Lock::Timeout=300 install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
# Debian starts the services it installs; the tests run their own, so stop the system ones.
for svc in postgresql redis-server; do as_root service "$svc" stop >/dev/null 2>&1 || true; done
log "installed ${missing[*]}"
