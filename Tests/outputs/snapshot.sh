#!/usr/bin/env bash
# Prints the SHA-256 of every output reckon makes from the sample workspace: every chart format
# (PNG, SVG, PDF, live SVG, data CSV), scenes, the gallery, reports, manifests, and the text of
# query, trend, show, list, embed and check in each output format.
#
# A refactoring that must not change behaviour is checked by running this before and after it
# and comparing the two listings:
#   bash Tests/outputs/snapshot.sh > before.txt; …change…; bash Tests/outputs/snapshot.sh > after.txt
#   diff before.txt after.txt
# RECKON names the binary (default: .build/debug/reckon). Outputs depend on the fonts installed,
# so compare listings made on one machine.
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
reckon=$(realpath "${RECKON:-$root/.build/debug/reckon}")
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/ws/Output" "$work/out"
cp -R "$root/Series" "$root/Reports" "$root/reckon.yaml" "$work/ws/"
cd "$work/ws"
run() { # NAME ARGS…: the command's standard output and status, kept as out/NAME
    local name=$1; shift
    local status=0
    "$reckon" "$@" > "$work/out/$name" 2>> "$work/out/$name.err" || status=$?
    echo "status $status" >> "$work/out/$name"
    sed -i "s|$work|WORK|g" "$work/out/$name" "$work/out/$name.err"
}
run render render --all
run report report Reports/brief.md -o -
for format in table csv json; do
    run "list.$format" list --format "$format"
    run "show.$format" show nk-troops-in-russia --format "$format"
    run "query-diff.$format" query ru-drones-downed --diff --rolling 7 --format "$format"
    run "query-every.$format" query ru-drones-downed --diff --every month --stat sum --format "$format"
    run "query-interp.$format" query nk-troops-in-russia --every month --interpolate linear --format "$format"
    run "trend.$format" trend ru-personnel-losses --format "$format"
done
for format in html markdown json; do
    run "embed.$format" embed nk-troops --format "$format"
done
run check check
run plot plot nk-troops-in-russia --by source --consensus --labels -o "$work/out/plot.scene.json"
run plot-png plot ru-drones-downed --diff --rolling 7 --annotation "2025-07-01=Mid-year" -o "$work/out/plot.png"
run plot-svg plot nk-troops-in-russia nk-troop-casualties --facet series --locale de -o "$work/out/plot.svg"
run plot-pdf plot ru-drones-downed --diff --every month --stat sum --mark bar -o "$work/out/plot.pdf"
# Manifests record times; the lines that hold them are left out of their hashes.
find Output -name '*.json' -path '*manifest*' -exec sed -i -E '/"(rendered|time|at)"/d' {} +
cd "$work"
find ws/Output out -type f | LC_ALL=C sort | xargs sha256sum
