#!/usr/bin/env bash
# Measures how long the embedded default (SQLite) takes from process start to answering its first
# page, after the first run has created the database. Target: within 3 s. Prints the figures.
# Usage: benchmarks/first-page.sh [runs]   (default 5)
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-5}
port=5199
out=$(mktemp -d)
dotnet publish src/ProcurementPlatform.Web -c Release -o "$out/app" --nologo -v quiet >/dev/null
export ASPNETCORE_ENVIRONMENT=Development ASPNETCORE_URLS=http://127.0.0.1:$port
export ConnectionStrings__Default="Data Source=$out/bench.db" Hangfire__ServerEnabled=true
start_and_wait() {
  local t0 t1 pid
  t0=$(date +%s%N)
  (cd "$out/app" && exec dotnet ProcurementPlatform.Web.dll >"$out/log.txt" 2>&1) &
  pid=$!
  until curl -sf -o /dev/null "http://127.0.0.1:$port/"; do sleep 0.02; done
  t1=$(date +%s%N)
  kill "$pid"; wait "$pid" 2>/dev/null || true
  echo $(( (t1 - t0) / 1000000 ))
}
echo "first run (creates, migrates and seeds the database): $(start_and_wait) ms"
total=0
for i in $(seq "$runs"); do
  ms=$(start_and_wait); total=$((total + ms))
  echo "start $i: first page after ${ms} ms"
done
echo "mean over $runs starts with an existing database: $((total / runs)) ms (target 3000 ms)"
rm -rf "$out"
