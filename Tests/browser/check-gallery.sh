#!/usr/bin/env bash
# Opens a reckon gallery (Output/index.html) in headless Chromium at 375 and 1280 pixels wide and checks
# that every image loads and that nothing is wider than the window. Used by `make check-browser`.
set -euo pipefail
gallery=$(realpath "${1:-Output/index.html}")
folder=$(dirname "$gallery")
page="$folder/.check-gallery.html"
trap 'rm -f "$page"' EXIT
cat > "$page" <<HTML
<!DOCTYPE html>
<html><body>
<iframe id="narrow" width="375" height="900" src="$(basename "$gallery")"></iframe>
<iframe id="wide" width="1280" height="900" src="$(basename "$gallery")"></iframe>
<pre id="out">pending</pre>
<script>
function check(frame, width) {
  const d = frame.contentDocument;
  const images = Array.from(d.images);
  const broken = images.filter(i => !i.complete || i.naturalWidth === 0).map(i => i.getAttribute("src"));
  const wide = Array.from(d.querySelectorAll("body *")).filter(e => e.getBoundingClientRect().right > width + 0.5).map(e => e.tagName);
  return { width: width, images: images.length, broken: broken, overflowing: wide, scrollWidth: d.documentElement.scrollWidth };
}
window.addEventListener("load", () => {
  const results = [check(document.getElementById("narrow"), 375), check(document.getElementById("wide"), 1280)];
  const ok = results.every(r => r.images > 0 && r.broken.length === 0 && r.overflowing.length === 0 && r.scrollWidth <= r.width);
  document.getElementById("out").textContent = (ok ? "RESULT ok " : "RESULT failed ") + JSON.stringify(results);
});
</script>
</body></html>
HTML
browser=$(command -v chromium || command -v chromium-browser || command -v google-chrome || true)
[ -n "$browser" ] || { echo "check-gallery: no Chromium found" >&2; exit 1; }
result=$("$browser" --headless --no-sandbox --disable-gpu --allow-file-access-from-files --virtual-time-budget=10000 \
  --dump-dom "file://$page" 2>/dev/null | grep -o 'RESULT [a-z]* .*' | head -1 | sed 's/<\/pre>.*//')
echo "$result"
case "$result" in "RESULT ok "*) exit 0 ;; *) exit 1 ;; esac
