#!/usr/bin/env bash
# `make bench`: reckon pull of the General Staff's 1,626 days from a source on loopback
# (Tests/pull/source-server.py): unchanged (a 304) and with one new day; the median of RUNS runs each.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
reckon=${1:-$root/.build/release/reckon}
runs=${RUNS:-15}
work=$(mktemp -d)
trap 'kill "$server" 2>/dev/null || true; rm -rf "$work"' EXIT
mkdir "$work/src"
cp "$root/Data/ua-general-staff/russia_losses_personnel.json" "$work/src/p.json"
python3 "$root/Tests/pull/source-server.py" --root "$work/src" >"$work/port" 2>/dev/null &
server=$!
for _ in $(seq 50); do [ -s "$work/port" ] && break; sleep 0.1; done
port=$(awk '{print $2}' "$work/port")
"$reckon" init "$work/ws" >/dev/null
printf 'pull:\n  url: http://127.0.0.1:%s/files/p.json\n  value-column: personnel\n  qualifier-column: "personnel*"\n' "$port" \
  >"$work/ws/Series/ru-personnel.yaml"
"$reckon" -C "$work/ws" pull >/dev/null
median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
time_ms() { local s e; s=$(date +%s%N); "$@" >/dev/null; e=$(date +%s%N); echo $(((e - s) / 1000000)); }
unchanged=$(for _ in $(seq "$runs"); do time_ms "$reckon" -C "$work/ws" pull; done | median)
new_day=$(for i in $(seq "$runs"); do
  python3 -c "import json,sys; d=json.load(open(sys.argv[1])); d.append({'date': '2030-01-%02d' % int(sys.argv[2]), 'personnel': 2000000 + int(sys.argv[2]), 'personnel*': 'about'}); json.dump(d, open(sys.argv[1], 'w'), indent=4)" "$work/src/p.json" "$i"
  time_ms "$reckon" -C "$work/ws" pull
done | median)
printf 'pull, 1,626 days unchanged (304)     %5d ms (median of %d)\n' "$unchanged" "$runs"
printf 'pull, one new day (1,626 stored)     %5d ms (median of %d)\n' "$new_day" "$runs"
