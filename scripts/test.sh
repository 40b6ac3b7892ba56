#!/usr/bin/env bash
# The test command: installs what the tests need (PostgreSQL, Redis, Chromium, promtool from Debian's packages,
# npm dependencies, the LiveKit server and versitygw), starts PostgreSQL, Redis and versitygw (S3) in a
# temporary folder on free ports, type-checks, lints, runs every suite, and stops the services.
# `.ci/run` calls exactly this.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
step() { printf '\n\033[1m== %s\033[0m (%ss)\n' "$*" "$SECONDS"; }

step "system packages"
bash scripts/services/ensure-packages.sh postgres redis chromium prometheus qrtools

step "LiveKit server (Go module, into the git-ignored .tools folder)"
bash scripts/services/livekit.sh install

step "versitygw, an S3-compatible server (Go module, into the git-ignored .tools folder)"
bash scripts/services/versitygw.sh install

step "npm dependencies"
npm ci --no-audit --no-fund --loglevel=error

step "build (contracts, server, client)"
npm run build --silent

step "type-check, lint and module rules (dependency-cruiser) in every workspace"
npm run typecheck --silent
npm run lint --silent
npm run depcruise --silent

step "Prometheus scrape config, alert rules and their unit tests (promtool)"
promtool check config deploy/prometheus/prometheus.yml
promtool test rules deploy/prometheus/alerts.test.yml

work=$(mktemp -d "${TMPDIR:-/tmp}/pameran-test.XXXXXX")
cleanup() {
  bash scripts/services/versitygw.sh stop "$work" >/dev/null 2>&1 || true
  bash scripts/services/redis.sh stop "$work" >/dev/null 2>&1 || true
  bash scripts/services/postgres.sh stop "$work" >/dev/null 2>&1 || true
  rm -rf "$work"
}
trap cleanup EXIT

step "start PostgreSQL, Redis and versitygw (S3)"
TEST_PG_ADMIN_URL=$(bash scripts/services/postgres.sh start "$work" | tail -n1 | sed 's/^DATABASE_URL=//')
TEST_REDIS_URL=$(bash scripts/services/redis.sh start "$work" | tail -n1 | sed 's/^REDIS_URL=//')
s3=$(bash scripts/services/versitygw.sh start "$work")
TEST_S3_ENDPOINT=$(sed -n 's/^S3_ENDPOINT=//p' <<<"$s3")
TEST_S3_ACCESS_KEY_ID=$(sed -n 's/^S3_ACCESS_KEY_ID=//p' <<<"$s3")
TEST_S3_SECRET_ACCESS_KEY=$(sed -n 's/^S3_SECRET_ACCESS_KEY=//p' <<<"$s3")
export TEST_PG_ADMIN_URL TEST_REDIS_URL TEST_S3_ENDPOINT TEST_S3_ACCESS_KEY_ID TEST_S3_SECRET_ACCESS_KEY
export CHROMIUM_PATH=${CHROMIUM_PATH:-/usr/bin/chromium}

step "migrations match the entities (typeorm migration:generate --check on a migrated database)"
schema_db=$(bash scripts/services/postgres.sh createdb "$work" pameran_schema | tail -n1 | sed 's/^DATABASE_URL=//')
(cd server && DATABASE_URL="$schema_db" npx typeorm migration:run -d dist/database/data-source.js >/dev/null &&
  DATABASE_URL="$schema_db" npx typeorm migration:generate -d dist/database/data-source.js --check src/database/migrations/Drift)

step "unit tests (server)"
(cd server && npx jest --selectProjects unit)

step "unit tests (client)"
(cd client && npx vitest run)

step "integration tests (real PostgreSQL, PGlite, Redis)"
(cd server && npx jest --selectProjects integration --runInBand)

step "browser tests (headless Chromium)"
(cd server && npx jest --selectProjects e2e --runInBand)

step "all tests passed"
