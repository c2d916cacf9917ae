#!/usr/bin/env bash
# Load test of `reckon serve` on loopback with wrk, in bounded runs: cached chart requests beside nginx
# serving the same bytes from a file (one worker, then two), cold renders where every request asks for a
# chart size never asked before, 256 concurrent connections, and a soak while a series file is being
# rewritten. Prints requests per second, p50/p99 latency and errors for each run, reckon against
# two-worker nginx with the goals of issue 28, the render cache's counters around the cold run, and the
# server's memory over time.
#
#   bash Benchmarks/serve-load.sh                 # 20-second runs and a 5-minute soak
#   RUN_SECONDS=5 SOAK_SECONDS=30 bash Benchmarks/serve-load.sh
#
# `make bench-serve` installs wrk, curl and nginx and runs it with the release build. NGINX names the
# nginx binary (default /usr/sbin/nginx); without one the nginx rows are left out.
set -euo pipefail
cd "$(dirname "$0")/.."
RUN_SECONDS=${RUN_SECONDS:-20}
SOAK_SECONDS=${SOAK_SECONDS:-300}
SERVER=${SERVER:-Serve/.build/release/reckon-serve}
NGINX=${NGINX:-/usr/sbin/nginx}

work=$(mktemp -d)
cleanup() {
    [ -n "${editor:-}" ] && kill "$editor" 2>/dev/null || true
    [ -n "${sampler:-}" ] && kill "$sampler" 2>/dev/null || true
    [ -n "${nginx:-}" ] && kill -QUIT "$nginx" 2>/dev/null && wait "$nginx" 2>/dev/null || true
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

# Cold renders: every request a chart at a size not asked before, in either of wrk's two threads or
# earlier in the run. setup() gives each thread an id; request k of thread t is the (2k + t)th of the
# run, and its chart, width and height are a function of that number that never repeats: the chart
# cycles through the six, and each chart's j-th request is width 500 + j mod 1500 by height
# 360 + (j div 1500), a size no other j gives (heights stay in range for 5 million requests a chart;
# 500x360 is about the least every chart has room to plot in). The render cache counts each a miss.
cat >"$work/cold.lua" <<'LUA'
local threads = 0
function setup(thread)
  thread:set("id", threads)
  threads = threads + 1
end
local charts = {"nk-troops", "drones-daily", "drones-monthly", "personnel-trend", "losses-monthly", "totals-log"}
local n = 0
request = function()
  local k = n * 2 + id
  n = n + 1
  local chart = charts[(k % #charts) + 1]
  local j = math.floor(k / #charts)
  local width = 500 + j % 1500
  local height = 360 + math.floor(j / 1500)
  return wrk.format("GET", "/charts/" .. chart .. ".png?width=" .. width .. "&height=" .. height)
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
# wrk's times (850.00us, 12.34ms, 1.02s, 2.00m) in milliseconds.
ms() { awk -v t="$1" 'BEGIN { v = t + 0; if (t ~ /us$/) v /= 1000; else if (t ~ /ms$/) v += 0;
    else if (t ~ /m$/) v *= 60000; else if (t ~ /s$/) v *= 1000; printf "%.2f", v }'; }
run() { # name connections seconds [wrk arguments...]; the last run's figures are left in rps, p99 and requests
    local name=$1 connections=$2 seconds=$3
    shift 3
    local out
    out=$(wrk -t2 -c"$connections" -d"${seconds}s" --timeout 10s --latency "$@")
    local p50 non2xx socket
    rps=$(awk '/Requests\/sec/ { print $2 }' <<<"$out")
    p50=$(awk '$1 == "50%" { print $2 }' <<<"$out")
    p99=$(awk '$1 == "99%" { print $2 }' <<<"$out")
    requests=$(awk '/requests in/ { print $1 }' <<<"$out")
    non2xx=$(awk '/Non-2xx/ { print $5 }' <<<"$out")
    socket=$(awk -F'[ ,]+' '/Socket errors/ { print $4 + $6 + $8 + $10 }' <<<"$out")
    printf "%-36s %5s %10s %10s %10s %7s\n" "$name" "$connections" "$rps" "$p50" "$p99" "$((${non2xx:-0} + ${socket:-0}))" |
        tee -a "$results"
}
# The render cache's counters (hits, misses) from /metrics.
cache() {
    curl -sf "$base/metrics" | awk '/^reckon_render_cache_total/ && /"hit"/ { h = $NF } /^reckon_render_cache_total/ && /"miss"/ { m = $NF }
        END { printf "%d %d\n", h, m }'
}

# nginx serving `file` from a folder of its own on a free loopback port, in the foreground with a
# generated minimal configuration: `workers` worker processes, sendfile, no access log, its pid and temp
# files in the folder, workers as this user (so that, started as root, they can read the private temp
# folder). Sets nginx (its pid) and nginx_base.
start_nginx() { # workers file
    local workers=$1 file=$2 dir="$work/nginx-$1" port
    mkdir -p "$dir/root" "$dir/temp"
    cp "$file" "$dir/root/chart.png"
    port=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
    cat >"$dir/nginx.conf" <<CONF
user $(id -un) $(id -gn);
worker_processes $workers;
daemon off;
pid $dir/nginx.pid;
error_log $dir/error.log warn;
events { worker_connections 1024; }
http {
    access_log off;
    sendfile on;
    tcp_nopush on;
    keepalive_requests 1000000;
    client_body_temp_path $dir/temp/body;
    proxy_temp_path $dir/temp/proxy;
    fastcgi_temp_path $dir/temp/fastcgi;
    uwsgi_temp_path $dir/temp/uwsgi;
    scgi_temp_path $dir/temp/scgi;
    types { image/png png; }
    server {
        listen 127.0.0.1:$port;
        root $dir/root;
    }
}
CONF
    "$NGINX" -p "$dir" -e "$dir/error.log" -c "$dir/nginx.conf" &
    nginx=$!
    nginx_base="http://127.0.0.1:$port"
    for _ in $(seq 50); do curl -sf -o /dev/null "$nginx_base/chart.png" && return 0; sleep 0.1; done
    cat "$dir/error.log" >&2
    echo "nginx did not start" >&2
    return 1
}
stop_nginx() { kill -QUIT "$nginx" 2>/dev/null && wait "$nginx" 2>/dev/null || true; nginx=""; }

printf "%-36s %5s %10s %10s %10s %7s\n" "run" "conns" "req/s" "p50" "p99" "errors"
# Warm the cache, then the runs.
curl -sf -o /dev/null "$base/charts/nk-troops.png"
run "cached chart (PNG, 304-free)" 64 "$RUN_SECONDS" "$base/charts/nk-troops.png"
reckon_rps=$rps reckon_p99=$p99

# nginx serving the same bytes from a file, with the same wrk run.
if [ -x "$NGINX" ]; then
    curl -sf -o "$work/chart.png" "$base/charts/nk-troops.png"
    start_nginx 1 "$work/chart.png"
    run "nginx, same bytes, 1 worker" 64 "$RUN_SECONDS" "$nginx_base/chart.png"
    stop_nginx
    start_nginx 2 "$work/chart.png"
    run "nginx, same bytes, 2 workers" 64 "$RUN_SECONDS" "$nginx_base/chart.png"
    stop_nginx
    awk -v r="$reckon_rps" -v n="$rps" -v rp="$(ms "$reckon_p99")" -v np="$(ms "$p99")" 'BEGIN {
        q = r / n; l = rp / np; qs = "not yet"; ls = "not yet"
        if (q >= 0.5) qs = "holds"
        if (l <= 2) ls = "holds"
        printf("reckon / nginx (2 workers): req/s %.2fx (goal >= 0.5x: %s), p99 %.2fx (goal <= 2x: %s)\n", q, qs, l, ls) }'
else
    echo "no nginx at $NGINX: the nginx rows are left out"
fi

before=$(cache)
run "cold renders, new size each" 4 "$RUN_SECONDS" -s "$work/cold.lua" "$base"
after=$(cache)
read -r hits0 misses0 <<<"$before"
read -r hits1 misses1 <<<"$after"
echo "  render cache before: $hits0 hits, $misses0 misses; after: $hits1 hits, $misses1 misses;" \
    "the run: $((misses1 - misses0)) misses, $((hits1 - hits0)) hits for $requests requests" \
    "(wrk counts the requests it saw answered: up to 4 more were in flight at its end); goal >= 150 req/s"
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
