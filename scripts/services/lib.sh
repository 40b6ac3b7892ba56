# shellcheck shell=bash
# Shared helpers for the service scripts; sourced, not run.
# Everything here writes to stderr, so that a script's stdout carries only its KEY=value answer.

log() { printf '[services] %s\n' "$*" >&2; }
warn() { printf '[services] warning: %s\n' "$*" >&2; }
die() {
  printf '[services] error: %s\n' "$*" >&2
  exit 1
}

# A TCP port on 127.0.0.1 that is free right now, chosen by the kernel (bind to port 0).
# Another process may take it before the caller binds it, so callers retry on "address in use".
free_port() {
  if command -v node >/dev/null 2>&1; then
    node -e 'const s=require("net").createServer();s.listen(0,"127.0.0.1",()=>{process.stdout.write(s.address().port+"\n");s.close()})'
  elif command -v python3 >/dev/null 2>&1; then
    python3 -c 'import socket;s=socket.socket();s.bind(("127.0.0.1",0));print(s.getsockname()[1]);s.close()'
  else
    die "free_port needs node or python3"
  fi
}

# Run a command as root: directly when we are root, through sudo when it exists, else fail clearly.
as_root() {
  if [ "$(id -u)" = 0 ]; then
    "$@"
  elif command -v sudo >/dev/null 2>&1; then
    sudo "$@"
  else
    die "root is needed for '$*' (not root, and no sudo)"
  fi
}

# wait_for <seconds> <command...>: retry the command every 0.1 s until it succeeds; 1 on timeout.
wait_for() {
  local seconds=$1 i
  shift
  for ((i = 0; i < seconds * 10; i++)); do
    "$@" >/dev/null 2>&1 && return 0
    sleep 0.1
  done
  return 1
}

# abs_dir <dir>: create the folder if needed and print its absolute path.
abs_dir() {
  mkdir -p "$1" && (cd "$1" && pwd -P)
}

# random_hex <bytes>: a random lowercase hex string (URL-safe, for passwords).
random_hex() {
  od -An -tx1 -N"${1:-16}" /dev/urandom | tr -d ' \n'
}

# pid_alive <pid>: the process exists.
pid_alive() {
  [ -n "${1:-}" ] && kill -0 "$1" 2>/dev/null
}

# elapsed <start-epoch-ms>: seconds since then, one decimal.
now_ms() { date +%s%3N; }
elapsed() { awk -v a="$1" -v b="$(now_ms)" 'BEGIN { printf "%.1f", (b - a) / 1000 }'; }

# The newest installed PostgreSQL server's bin folder (Debian layout), empty if none.
pg_bindir() {
  local dirs=(/usr/lib/postgresql/*/bin)
  [ -d "${dirs[0]}" ] || return 0
  printf '%s\n' "${dirs[@]}" | sort -V | tail -n1
}
