#!/usr/bin/env bash
# Two app processes and a worker on one local PostgreSQL, as a deployment behind a load balancer
# runs them (docs/operations.md, "Several processes on one PostgreSQL"); the by-hand version of
# `npm run test:multiprocess`.
#
#   DATABASE_URL=postgres://postgres@127.0.0.1:5432/facto_multi scripts/multi-process.sh
#
# Then sign up on http://127.0.0.1:3001, carry on at http://127.0.0.1:3002 (same cookies: same
# host), revoke a session on one and watch the other refuse it; `kill -9` the worker while an
# e-mail is being sent and start another (`npm run worker`): it sends the e-mail.
# Environment: DATABASE_URL, PORT_A (3001), PORT_B (3002), FACTO_DATA_DIR (a new temporary
# directory), FACTO_SECRET_KEY (a new one), FACTO_SMTP_URL/FACTO_MAIL_FROM (optional).
set -euo pipefail
cd "$(dirname "$0")/.."

export DATABASE_URL="${DATABASE_URL:-postgres://postgres@127.0.0.1:5432/facto_multi}"
export FACTO_DATA_DIR="${FACTO_DATA_DIR:-$(mktemp -d -t facto-multi-XXXXXX)}"
export FACTO_SECRET_KEY="${FACTO_SECRET_KEY:-$(node -e "process.stdout.write(require('crypto').randomBytes(32).toString('base64'))")}"
export HOST=127.0.0.1
PORT_A="${PORT_A:-3001}"
PORT_B="${PORT_B:-3002}"

# The database must exist; create it when the PostgreSQL tools are at hand.
if command -v createdb >/dev/null && command -v psql >/dev/null; then
  name="$(node -e "process.stdout.write(decodeURIComponent(new URL(process.argv[1]).pathname.slice(1)))" "$DATABASE_URL")"
  admin="$(node -e "const u = new URL(process.argv[1]); u.pathname = '/postgres'; process.stdout.write(u.toString())" "$DATABASE_URL")"
  if [ "$(psql "$admin" -Atc "select 1 from pg_database where datname = '$name'")" != "1" ]; then
    createdb --maintenance-db="$admin" "$name"
    echo "created database $name"
  fi
fi
[ -f dist/web/index.html ] || echo "dist/web is missing: only the API is served (npm run build)"

pids=()
stop() {
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
  wait
}
trap stop EXIT INT TERM

# Waits until the log says the process is up (or it died).
wait_for() {
  local log="$1" text="$2" pid="$3"
  until grep -q "$text" "$log"; do
    if ! kill -0 "$pid" 2>/dev/null; then
      cat "$log"
      echo "$log: the process exited" >&2
      exit 1
    fi
    sleep 0.2
  done
}

# The worker first: it applies the migrations and creates the job queues.
node --import tsx src/server/worker.ts >"$FACTO_DATA_DIR/worker.log" 2>&1 &
pids+=($!)
wait_for "$FACTO_DATA_DIR/worker.log" 'Facto worker is running' "$!"
echo "worker  pid $!  log $FACTO_DATA_DIR/worker.log"

for port in "$PORT_A" "$PORT_B"; do
  FACTO_WORKER=off PORT="$port" node --import tsx src/server/main.ts >"$FACTO_DATA_DIR/app-$port.log" 2>&1 &
  pids+=($!)
  wait_for "$FACTO_DATA_DIR/app-$port.log" 'Facto is running on' "$!"
  echo "app     pid $!  http://127.0.0.1:$port  log $FACTO_DATA_DIR/app-$port.log"
done

echo "data directory $FACTO_DATA_DIR; Ctrl-C stops everything"
wait
