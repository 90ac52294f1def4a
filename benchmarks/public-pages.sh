#!/usr/bin/env bash
# Issue 9, "Speed": requests per second on the public pages /calls, /notices and /credit against the trivial static
# endpoint /healthz of the same app, in the same run, on a database with 10,000 projects (target: each page at least
# 50 % of /healthz). Publishes the app in Release, seeds the volume database once (not timed), then measures twice:
# with the public page cache (the default) and without it (PublicCache__Enabled=false). Prints the figures.
# Usage: benchmarks/public-pages.sh [seconds per path, default 10] [concurrency, default 16]
#        PP_BENCH_DB=/path/vol.db benchmarks/public-pages.sh   reuses (or keeps) a seeded database
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-10}
concurrency=${2:-16}
port=5199
out=$(mktemp -d)
db=${PP_BENCH_DB:-$out/volume.db}
trap 'kill "$pid" 2>/dev/null || true; rm -rf "$out"' EXIT
pid=

dotnet publish src/ProcurementPlatform.Web -c Release -o "$out/app" --nologo -v quiet >/dev/null
dotnet build benchmarks/ProcurementPlatform.Benchmarks -c Release --nologo -v quiet >/dev/null
if [ ! -f "$db" ]; then
  dotnet run -c Release --project src/ProcurementPlatform.Cli -- seed --database "$db" --projects 10000
fi

export ASPNETCORE_ENVIRONMENT=Production ASPNETCORE_URLS=http://127.0.0.1:$port
export ConnectionStrings__Default="Data Source=$db" Database__SeedDemoData=false Hangfire__ServerEnabled=false
export Logging__LogLevel__Default=Warning

measure() { # $1: PublicCache__Enabled, $2: label
  (cd "$out/app" && PublicCache__Enabled=$1 exec dotnet ProcurementPlatform.Web.dll >"$out/log-$1.txt" 2>&1) &
  pid=$!
  until curl -sf -o /dev/null "http://127.0.0.1:$port/healthz"; do sleep 0.1; done
  for path in /calls /notices /credit; do curl -sf -o /dev/null "http://127.0.0.1:$port$path"; done # first requests: JIT, query compilation
  dotnet run -c Release --no-build --project benchmarks/ProcurementPlatform.Benchmarks -- load \
    --base "http://127.0.0.1:$port" --paths /healthz,/calls,/notices,/credit --seconds "$seconds" --concurrency "$concurrency" --label "$2"
  kill "$pid"; wait "$pid" 2>/dev/null || true
}

echo "$(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg); $concurrency connections, $seconds s per path after 3 s warm-up"
measure true  "cache on   "
measure false "cache off  "
