#!/usr/bin/env bash
# Load test of `reckon serve` on loopback with wrk, in bounded runs: cached chart requests, cold renders
# at many sizes, 256 concurrent connections, and a soak while a series file is being rewritten. Prints
# requests per second, p50/p99 latency and errors for each run, and the server's memory over time.
#
#   bash Benchmarks/serve-load.sh                 # 20-second runs and a 5-minute soak
#   RUN_SECONDS=5 SOAK_SECONDS=30 bash Benchmarks/serve-load.sh
#
# `make bench-serve` installs wrk and runs it with the release build.
set -euo pipefail
cd "$(dirname "$0")/.."
RUN_SECONDS=${RUN_SECONDS:-20}
SOAK_SECONDS=${SOAK_SECONDS:-300}
SERVER=${SERVER:-Serve/.build/release/reckon-serve}

work=$(mktemp -d)
cleanup() {
    [ -n "${editor:-}" ] && kill "$editor" 2>/dev/null || true
    [ -n "${sampler:-}" ] && kill "$sampler" 2>/dev/null || true
    [ -n "${server:-}" ] && kill -TERM "$server" 2>/dev/null && wait "$server" 2>/dev/null || true
    rm -rf "$work"
}
trap cleanup EXIT
cp -r Series Reports reckon.yaml "$work/"

"$SERVER" -C "$work" --port 0 --log-level warning >"$work/stdout" 2>"$work/stderr" &
server=$!
for _ in $(seq 100); do grep -q "listening on" "$work/stdout" 2>/dev/null && break; sleep 0.1; done
base=$(sed -n 's/.*listening on //p' "$work/stdout")
[ -n "$base" ] || { cat "$work/stderr"; echo "the server did not start" >&2; exit 1; }
echo "reckon serve at $base, $(nproc) cores, runs of ${RUN_SECONDS} s, soak ${SOAK_SECONDS} s"

# The server's resident memory every second, in MiB.
(while kill -0 "$server" 2>/dev/null; do
    awk -v t="$SECONDS" '/VmRSS/ { printf "%d %.0f\n", t, $2 / 1024 }' "/proc/$server/status"
    sleep 1
done) >"$work/memory" 2>/dev/null &
sampler=$!

# Cold renders: every request a chart at a width not asked before.
cat >"$work/cold.lua" <<'LUA'
local charts = {"nk-troops", "drones-daily", "drones-monthly", "personnel-trend", "losses-monthly", "totals-log"}
local n = 0
request = function()
  n = n + 1
  local chart = charts[(n % #charts) + 1]
  local width = 340 + (n * 7 + math.random(0, 6)) % 1660
  return wrk.format("GET", "/charts/" .. chart .. ".png?width=" .. width)
end
LUA
# A mix of what a report page asks: pictures, the gallery, a query, the series.
cat >"$work/mix.lua" <<'LUA'
local paths = {"/charts/nk-troops.png", "/charts/drones-daily.svg", "/charts/drones-monthly.png?width=640",
  "/", "/query/ru-drones-downed?diff&every=month", "/series/nk-troops-in-russia.json", "/charts/nk-troops.json",
  "/charts/personnel-trend.dark.png"}
local n = 0
request = function()
  n = n + 1
  return wrk.format("GET", paths[(n % #paths) + 1])
end
LUA

results="$work/results"
: >"$results"
run() { # name connections seconds [wrk arguments...]
    local name=$1 connections=$2 seconds=$3
    shift 3
    local out
    out=$(wrk -t2 -c"$connections" -d"${seconds}s" --timeout 10s --latency "$@")
    local rps p50 p99 non2xx socket
    rps=$(awk '/Requests\/sec/ { print $2 }' <<<"$out")
    p50=$(awk '$1 == "50%" { print $2 }' <<<"$out")
    p99=$(awk '$1 == "99%" { print $2 }' <<<"$out")
    non2xx=$(awk '/Non-2xx/ { print $5 }' <<<"$out")
    socket=$(awk -F'[ ,]+' '/Socket errors/ { print $4 + $6 + $8 + $10 }' <<<"$out")
    printf "%-36s %5s %10s %10s %10s %7s\n" "$name" "$connections" "$rps" "$p50" "$p99" "$((${non2xx:-0} + ${socket:-0}))" |
        tee -a "$results"
}

printf "%-36s %5s %10s %10s %10s %7s\n" "run" "conns" "req/s" "p50" "p99" "errors"
# Warm the cache, then the runs.
curl -sf -o /dev/null "$base/charts/nk-troops.png"
run "cached chart (PNG, 304-free)" 64 "$RUN_SECONDS" "$base/charts/nk-troops.png"
run "cold renders, new width each" 4 "$RUN_SECONDS" -s "$work/cold.lua" "$base"
run "mix, 256 connections" 256 "$RUN_SECONDS" -s "$work/mix.lua" "$base"

# The soak: the mix while a series file is replaced every 2 seconds, as `reckon add` or git would.
csv="$work/Series/nk-troops-in-russia.csv"
cp "$csv" "$work/original.csv"
(i=0; while true; do
    i=$((i + 1))
    { cat "$work/original.csv"; echo "2025-06-01,$((11000 + i % 50)),,,about,Load test,,"; } >"$csv.tmp"
    mv "$csv.tmp" "$csv"
    sleep 2
done) &
editor=$!
run "soak while a series is edited" 32 "$SOAK_SECONDS" -s "$work/mix.lua" "$base"
kill "$editor"; editor=""

kill "$sampler" 2>/dev/null || true; sampler=""
echo
echo "server memory (RSS, MiB): start $(head -1 "$work/memory" | cut -d' ' -f2)," \
    "peak $(sort -k2 -n "$work/memory" | tail -1 | cut -d' ' -f2)," \
    "end $(tail -1 "$work/memory" | cut -d' ' -f2), over $(wc -l <"$work/memory") samples"
# Memory at each tenth of the soak, to see whether it grows.
awk '{ t[NR] = $1; m[NR] = $2 } END { step = int(NR / 10); if (step < 1) step = 1;
    printf "over time (s: MiB):"; for (i = 1; i <= NR; i += step) printf " %d: %d", t[i], m[i]; print "" }' "$work/memory"
curl -s "$base/metrics" | grep -E '^reckon_(render_cache_total|renders_rejected_total)' || true
errors=$(awk '{ s += $NF } END { print s + 0 }' "$results")
echo "errors in all runs: $errors"
