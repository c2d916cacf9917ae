#!/usr/bin/env bash
# Draws each live SVG in an output folder (charts with `svg: live`) in headless Chromium beside the chart's
# PNG (Cairo's rendering of the same scene) and prints the share of pixels whose colour differs by more than
# 16 of 255 in some channel: the anti-aliasing of text and thin marks and the browser's glyph positions.
# Fails when a chart differs in more than MAX_DIFFERENT percent of its pixels (default 10). Used by
# `make check-browser`.
set -euo pipefail
folder=$(realpath "${1:-Output}")
max=${MAX_DIFFERENT:-10}
charts=()
for svg in "$folder"/*.svg; do
  name=$(basename "$svg" .svg)
  # Only the live SVGs (text as <text>), and only where there is a PNG of the same rendering.
  grep -q 'class="reckon-chart"' "$svg" && [ -f "$folder/$name.png" ] && charts+=("$name")
done
[ ${#charts[@]} -gt 0 ] || { echo "compare-live-svg: no live SVG with a PNG in $folder" >&2; exit 1; }
page="$folder/.compare-live-svg.html"
trap 'rm -f "$page"' EXIT
list=$(printf '"%s",' "${charts[@]}")
cat > "$page" <<HTML
<!DOCTYPE html>
<html><body><pre id="out">pending</pre>
<script>
function load(src) {
  return new Promise((ok, fail) => { const i = new Image(); i.onload = () => ok(i); i.onerror = () => fail(src); i.src = src; });
}
function pixels(image, w, h) {
  const c = document.createElement("canvas"); c.width = w; c.height = h;
  const g = c.getContext("2d"); g.drawImage(image, 0, 0, w, h);
  return g.getImageData(0, 0, w, h).data;
}
async function compare(name) {
  const png = await load(name + ".png"), svg = await load(name + ".svg");
  const w = png.naturalWidth, h = png.naturalHeight;
  const a = pixels(png, w, h), b = pixels(svg, w, h);
  let different = 0;
  for (let i = 0; i < a.length; i += 4) {
    if (Math.max(Math.abs(a[i] - b[i]), Math.abs(a[i + 1] - b[i + 1]), Math.abs(a[i + 2] - b[i + 2])) > 16) different++;
  }
  return { chart: name, width: w, height: h, differentPercent: Math.round(10000 * different / (w * h)) / 100 };
}
Promise.all([$list].map(compare)).then(r => {
  document.getElementById("out").textContent = "RESULT " + JSON.stringify(r);
}, e => { document.getElementById("out").textContent = "RESULT error " + e; });
</script></body></html>
HTML
browser=$(command -v chromium || command -v chromium-browser || command -v google-chrome || true)
[ -n "$browser" ] || { echo "compare-live-svg: no Chromium found" >&2; exit 1; }
result=$("$browser" --headless --no-sandbox --disable-gpu --allow-file-access-from-files --disable-web-security \
  --virtual-time-budget=20000 --dump-dom "file://$page" 2>/dev/null | grep -o 'RESULT .*' | head -1 | sed 's/<\/pre>.*//')
echo "$result"
python3 - "$result" "$max" <<'PY'
import json, sys
text, limit = sys.argv[1], float(sys.argv[2])
if not text.startswith("RESULT ["):
    sys.exit(1)
rows = json.loads(text[len("RESULT "):])
bad = [r for r in rows if r["differentPercent"] > limit]
for r in rows:
    print(f'{r["chart"]}: {r["differentPercent"]}% of {r["width"]}x{r["height"]} pixels differ')
sys.exit(1 if bad else 0)
PY
