#!/usr/bin/env bash
# Starts (or stops) the project-local PostgreSQL and Redis under var/.
#   scripts/services.sh start   -> prints nothing if both already answer
#   scripts/services.sh stop
# PostgreSQL refuses to run as root, so as root the cluster belongs to the
# unprivileged Debian user "postgres". With DATABASE_URL or REDIS_URL set, that
# server is used instead and nothing is started for it.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$(pwd)
VAR="$ROOT/var"
PG_PORT=${HYPNIC_PG_PORT:-54329}
REDIS_PORT=${HYPNIC_REDIS_PORT:-63799}
mkdir -p "$VAR/log" "$VAR/run" "$VAR/redis"

PGBIN=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
PGDATA="$VAR/pg/data"
PGSOCK="$VAR/run"

as_pg() {
  if [ "$(id -u)" -eq 0 ]; then
    runuser -u postgres -- "$@"
  else
    "$@"
  fi
}

pg_location() {
  # The postgres user must be able to reach var/; in a checkout it cannot
  # (a home directory with mode 700, say) keep the cluster in /var/tmp instead.
  if [ "$(id -u)" -eq 0 ] && ! runuser -u postgres -- test -x "$VAR" 2>/dev/null; then
    local key
    key=$(printf '%s' "$ROOT" | md5sum | cut -c1-12)
    PGDATA="/var/tmp/hypnic-$key/pg/data"
    PGSOCK="/var/tmp/hypnic-$key/run"
  fi
}

pg_start() {
  [ -n "${DATABASE_URL:-}" ] && return 0
  pg_location
  if [ "$(id -u)" -eq 0 ]; then
    mkdir -p "$(dirname "$PGDATA")" "$PGSOCK"
    chown postgres: "$(dirname "$PGDATA")" "$PGSOCK" "$VAR/log"
  else
    mkdir -p "$(dirname "$PGDATA")" "$PGSOCK"
  fi
  if [ ! -f "$PGDATA/PG_VERSION" ]; then
    as_pg "$PGBIN/initdb" -D "$PGDATA" -U hypnic --auth=trust -E UTF8 --locale=C.UTF-8 >"$VAR/log/initdb.log"
  fi
  if ! as_pg "$PGBIN/pg_ctl" -D "$PGDATA" status >/dev/null 2>&1; then
    as_pg "$PGBIN/pg_ctl" -D "$PGDATA" -l "$VAR/log/postgres.log" -w -t 60 \
      -o "-p $PG_PORT -k $PGSOCK -c listen_addresses=127.0.0.1 -c max_connections=200 -c fsync=off -c synchronous_commit=off -c full_page_writes=off" \
      start >/dev/null
    echo "PostgreSQL started on 127.0.0.1:$PG_PORT (data in $PGDATA)"
  fi
  if ! "$PGBIN/psql" -h 127.0.0.1 -p "$PG_PORT" -U hypnic -d postgres -tAc \
      "select 1 from pg_database where datname='hypnic'" | grep -q 1; then
    "$PGBIN/createdb" -h 127.0.0.1 -p "$PG_PORT" -U hypnic hypnic
  fi
}

pg_stop() {
  [ -n "${DATABASE_URL:-}" ] && return 0
  pg_location
  if [ -f "$PGDATA/PG_VERSION" ] && as_pg "$PGBIN/pg_ctl" -D "$PGDATA" status >/dev/null 2>&1; then
    as_pg "$PGBIN/pg_ctl" -D "$PGDATA" -m fast -w stop >/dev/null
    echo "PostgreSQL stopped"
  fi
}

redis_start() {
  [ -n "${REDIS_URL:-}" ] && return 0
  if ! redis-cli -h 127.0.0.1 -p "$REDIS_PORT" ping >/dev/null 2>&1; then
    redis-server --port "$REDIS_PORT" --bind 127.0.0.1 --daemonize yes \
      --dir "$VAR/redis" --pidfile "$VAR/run/redis.pid" --logfile "$VAR/log/redis.log" \
      --save "" --appendonly no --databases 64 >/dev/null
    for _ in $(seq 50); do
      redis-cli -h 127.0.0.1 -p "$REDIS_PORT" ping >/dev/null 2>&1 && break
      sleep 0.1
    done
    echo "Redis started on 127.0.0.1:$REDIS_PORT"
  fi
}

redis_stop() {
  [ -n "${REDIS_URL:-}" ] && return 0
  if redis-cli -h 127.0.0.1 -p "$REDIS_PORT" ping >/dev/null 2>&1; then
    redis-cli -h 127.0.0.1 -p "$REDIS_PORT" shutdown nosave >/dev/null 2>&1 || true
    echo "Redis stopped"
  fi
}

case "${1:-start}" in
  start) pg_start; redis_start ;;
  stop) redis_stop; pg_stop ;;
  *) echo "usage: $0 start|stop" >&2; exit 2 ;;
esac
