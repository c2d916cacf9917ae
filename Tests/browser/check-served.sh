#!/usr/bin/env bash
# Starts `reckon serve` on a free port over a copy of a workspace and opens, in headless Chromium, its
# gallery (/) and a chart's live SVG page (/charts/<chart>.svg): every image of the gallery loads, the
# SVG page is an SVG document with marks, and the browser logs no console error. Used by
# `make check-browser`.
#
#   bash Tests/browser/check-served.sh SERVER WORKSPACE [CHART]
set -euo pipefail
server_binary=$(realpath "$1")
workspace=$(realpath "$2")
chart=${3:-nk-troops}
work=$(mktemp -d)
cleanup() {
  [ -n "${server:-}" ] && kill -TERM "$server" 2>/dev/null && wait "$server" 2>/dev/null || true
  [ -n "${KEEP:-}" ] || rm -rf "$work"
}
trap cleanup EXIT

# The checker is a page of the server's own origin, so that it may look into the pages it frames: an
# HTML report, added to a copy of the workspace.
mkdir "$work/ws"
cp -r "$workspace/Series" "$workspace/Reports" "$workspace/reckon.yaml" "$work/ws/"
cat >"$work/ws/Reports/check-served.html" <<HTML
<!DOCTYPE html>
<html><body>
<iframe id="gallery" width="1280" height="900" src="/"></iframe>
<iframe id="chart" width="1280" height="800" src="/charts/$chart.svg"></iframe>
<img id="missing" src="/charts/no-such-chart.png" alt="">
<pre id="out">pending</pre>
<script>
window.addEventListener("load", () => {
  const g = document.getElementById("gallery").contentDocument;
  const images = Array.from(g.images);
  const broken = images.filter(i => !i.complete || i.naturalWidth === 0).map(i => i.currentSrc || i.getAttribute("src"));
  const c = document.getElementById("chart").contentDocument;
  const root = c && c.documentElement ? c.documentElement.tagName : "none";
  const marks = c ? c.querySelectorAll("path, circle, rect").length : 0;
  // The check of the check: a picture that does not exist is seen as broken.
  const missing = document.getElementById("missing");
  const seen = missing.complete && missing.naturalWidth === 0;
  const ok = seen && images.length > 0 && broken.length === 0 && root === "svg" && marks > 0;
  document.getElementById("out").textContent = (ok ? "RESULT ok " : "RESULT failed ") +
    JSON.stringify({ images: images.length, broken: broken, chart: root, marks: marks, missingSeen: seen });
});
</script>
</body></html>
HTML
sed -i 's|^reports:$|reports:\n  - Reports/check-served.html|' "$work/ws/reckon.yaml"

"$server_binary" -C "$work/ws" --port 0 --log-level warning >"$work/stdout" 2>"$work/stderr" &
server=$!
for _ in $(seq 100); do grep -q "listening on" "$work/stdout" 2>/dev/null && break; sleep 0.1; done
base=$(sed -n 's/.*listening on //p' "$work/stdout")
[ -n "$base" ] || { cat "$work/stderr"; echo "check-served: the server did not start" >&2; exit 1; }

browser=$(command -v chromium || command -v chromium-browser || command -v google-chrome || true)
[ -n "$browser" ] || { echo "check-served: no Chromium found" >&2; exit 1; }
result=$("$browser" --headless --no-sandbox --disable-gpu --user-data-dir="$work/profile" --enable-logging=stderr --v=0 \
  --virtual-time-budget=15000 --dump-dom "$base/reports/check-served.html" 2>"$work/log" |
  grep -o '<pre id="out">[^<]*' | sed 's/<pre id="out">//' || true)
echo "served gallery and $chart.svg: $result"
# Console errors of the served pages (an uncaught exception in the gallery or the live SVG, say).
errors=$(grep -E 'CONSOLE' "$work/log" | grep -F "$base" || true)
if [ -n "$errors" ]; then
  echo "check-served: the browser logged errors:" >&2
  echo "$errors" >&2
  exit 1
fi
case "$result" in "RESULT ok "*) ;; *) exit 1 ;; esac
