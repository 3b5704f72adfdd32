#!/usr/bin/env bash
# `make run`: web on http://127.0.0.1:8000, a Celery worker and beat, and the
# project-local PostgreSQL and Redis. Ctrl-C stops everything this started.
set -euo pipefail
cd "$(dirname "$0")/.."
PY=.venv/bin/python
PORT=${PORT:-8000}

started_services=0
if [ -z "${DATABASE_URL:-}" ] || [ -z "${REDIS_URL:-}" ]; then
  if [ -n "$(scripts/services.sh start)" ]; then
    started_services=1
  fi
fi

pids=()
cleanup() {
  trap - INT TERM EXIT
  echo
  echo "Stopping Hypnic..."
  for pid in "${pids[@]}"; do kill -TERM "$pid" 2>/dev/null || true; done
  wait 2>/dev/null || true
  if [ "$started_services" = 1 ]; then scripts/services.sh stop; fi
}
trap cleanup INT TERM EXIT

$PY manage.py migrate --noinput
$PY manage.py seed_demo

mkdir -p var/log
.venv/bin/celery -A config worker --loglevel=INFO --concurrency=2 -n "hypnic@%h" &
pids+=($!)
.venv/bin/celery -A config beat --loglevel=INFO --schedule var/celerybeat-schedule &
pids+=($!)
$PY manage.py runserver "127.0.0.1:$PORT" &
pids+=($!)

echo "Hypnic is running on http://127.0.0.1:$PORT (Ctrl-C stops it)"
wait -n "${pids[@]}"
