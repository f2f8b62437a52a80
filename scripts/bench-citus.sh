#!/usr/bin/env bash
# Reproduces the figures of issue 13's note: the same organizations, invoices and HTTP load on a
# 3-node Citus cluster (coordinator + 2 workers on loopback) and on a single PostgreSQL.
# The single PostgreSQL is a plain database on the coordinator's own server (no citus extension),
# so both run with the same settings (the tool's cluster runs fsync = off) on the same cores.
# Usage: scripts/bench-citus.sh   (root: installs Citus once; takes ~10 min). Env: see bench/citus.ts.
set -euo pipefail
cd "$(dirname "$0")/.."
tool="$(pwd)/../shared/tools/citus"
"$tool/install"
"$tool/cluster" start >/dev/null
name="facto_bench_$(date +%s)"
citus_url="$("$tool/cluster" createdb "${name}_citus" | tail -n 1)"
psql -q -h 127.0.0.1 -p 5433 -U postgres -d postgres -c "create database ${name}_single"
single_url="postgres://postgres@127.0.0.1:5433/${name}_single"
cleanup() {
  "$tool/cluster" dropdb "${name}_citus" || true
  psql -q -h 127.0.0.1 -p 5433 -U postgres -d postgres -c "drop database if exists ${name}_single with (force)" || true
}
trap cleanup EXIT
npx tsc -b
node dist/bench/citus.js "Citus=${citus_url}" "PostgreSQL=${single_url}"
