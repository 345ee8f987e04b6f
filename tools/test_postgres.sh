#!/usr/bin/env bash
# A throw-away PostgreSQL server for the tests: a cluster made with initdb in a temporary folder,
# run by an unprivileged user on loopback, with a password (scram-sha-256) that the tests find in
# a libpq password file, as a team's scripts would.
#
#   eval "$(tools/test_postgres.sh start)"   # prints the exports: CSP_DESK_TEST_PG, PGPASSFILE, …
#   tools/test_postgres.sh stop              # stops it and removes the folder
#
# Needs Debian's `postgresql` package (initdb, pg_ctl). Run as root, the server runs as the
# package's own `postgres` user; otherwise as whoever runs this.
set -euo pipefail

bindir() {
  if command -v pg_config >/dev/null 2>&1 && [ -x "$(pg_config --bindir)/initdb" ]; then
    pg_config --bindir
    return
  fi
  local found
  found=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1 || true)
  if [ -z "$found" ] || [ ! -x "$found/initdb" ]; then
    echo "test_postgres: initdb not found (apt-get install postgresql)" >&2
    exit 1
  fi
  echo "$found"
}

as_owner() {
  if [ "$(id -u)" = 0 ]; then
    runuser -u postgres -- "$@"
  else
    "$@"
  fi
}

state=${CSP_DESK_TEST_PG_DIR:-/tmp/csp-desk-test-pg}

case "${1:-}" in
start)
  bin=$(bindir)
  port=${CSP_DESK_TEST_PG_PORT:-55432}
  if [ -f "$state/data/postmaster.pid" ]; then
    as_owner "$bin/pg_ctl" -D "$state/data" -m immediate stop >/dev/null 2>&1 || true
  fi
  rm -rf "$state"
  mkdir -p "$state"
  password=$(head -c 18 /dev/urandom | base64 | tr -d '/+=')
  printf '%s\n' "$password" >"$state/password"
  printf '127.0.0.1:%s:*:csp:%s\n' "$port" "$password" >"$state/pgpass"
  chmod 600 "$state/pgpass"
  if [ "$(id -u)" = 0 ]; then
    chown postgres "$state" "$state/password"
  fi
  as_owner "$bin/initdb" -D "$state/data" -U csp --pwfile="$state/password" --auth-local=trust \
    --auth-host=scram-sha-256 -E UTF8 --locale=C.UTF-8 >"$state/initdb.log" 2>&1 ||
    { cat "$state/initdb.log" >&2; exit 1; }
  rm -f "$state/password"
  # TLS, as a team's server offers it (a certificate of its own, made here): csp-desk asks for
  # TLS whenever the server has it, and the tests check that the connection is encrypted
  tls=""
  if command -v openssl >/dev/null 2>&1; then
    openssl req -new -x509 -days 2 -nodes -subj "/CN=127.0.0.1" -keyout "$state/server.key" \
      -out "$state/server.crt" >/dev/null 2>&1
    chmod 600 "$state/server.key"
    if [ "$(id -u)" = 0 ]; then chown postgres "$state/server.key" "$state/server.crt"; fi
    tls="-c ssl=on -c ssl_cert_file=$state/server.crt -c ssl_key_file=$state/server.key"
  fi
  # a test machine's server: quick to start and stop, durability is not what is tested here
  # (CSP_DESK_TEST_PG_DURABLE=1, as the bench asks: a server's own defaults, every commit on disk)
  fast="-c fsync=off -c synchronous_commit=off -c full_page_writes=off"
  if [ -n "${CSP_DESK_TEST_PG_DURABLE:-}" ]; then fast=""; fi
  as_owner "$bin/pg_ctl" -D "$state/data" -l "$state/server.log" -w -t 60 start \
    -o "-c listen_addresses=127.0.0.1 -p $port -k $state $fast $tls -c max_connections=200" >/dev/null ||
    { cat "$state/server.log" >&2; exit 1; }
  echo "export CSP_DESK_TEST_PG=postgresql://csp@127.0.0.1:$port/postgres"
  echo "export PGPASSFILE=$state/pgpass"
  ;;
stop)
  bin=$(bindir)
  if [ -f "$state/data/postmaster.pid" ]; then
    as_owner "$bin/pg_ctl" -D "$state/data" -m fast -w stop >/dev/null || true
  fi
  rm -rf "$state"
  ;;
*)
  echo "usage: $0 start|stop" >&2
  exit 2
  ;;
esac
