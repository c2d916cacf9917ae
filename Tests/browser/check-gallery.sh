#!/usr/bin/env bash
# Opens a reckon gallery (Output/index.html) in headless Chromium at 375, 640 and 1280 pixels wide, in the
# light and the dark colour scheme, and checks that every image loads, that nothing is wider than the
# window, that each chart shows the rendering in the reader's theme (a `.dark.` file exactly when the
# scheme is dark and the chart has a dark rendering) and that each chart is shown at the width its layout
# was drawn for, or across the whole window when that is narrower: no page margin shrinks its text (its
# narrow layouts are used on narrow screens). Used by `make check-browser`.
set -euo pipefail
gallery=$(realpath "${1:-Output/index.html}")
folder=$(dirname "$gallery")
page="$folder/.check-gallery.html"
trap 'rm -f "$page"' EXIT
cat > "$page" <<HTML
<!DOCTYPE html>
<html><body>
<iframe id="narrow" width="375" height="900" src="$(basename "$gallery")"></iframe>
<iframe id="middle" width="640" height="900" src="$(basename "$gallery")"></iframe>
<iframe id="wide" width="1280" height="900" src="$(basename "$gallery")"></iframe>
<pre id="out">pending</pre>
<script>
function check(frame, width) {
  const d = frame.contentDocument;
  const dark = frame.contentWindow.matchMedia("(prefers-color-scheme: dark)").matches;
  const images = Array.from(d.images);
  const broken = images.filter(i => !i.complete || i.naturalWidth === 0).map(i => i.getAttribute("src"));
  const wide = Array.from(d.querySelectorAll("body *")).filter(e => e.getBoundingClientRect().right > width + 0.5).map(e => e.tagName);
  const wrongTheme = [], shrunk = [];
  // The window's width less its scrollbar: the most any picture can be shown at.
  const room = d.documentElement.clientWidth;
  for (const img of images) {
    const picture = img.parentElement.tagName === "PICTURE" ? img.parentElement : null;
    const hasDark = picture !== null && picture.querySelector("source[srcset*='.dark.']") !== null;
    if (hasDark && img.currentSrc.includes(".dark.") !== dark) wrongTheme.push(img.currentSrc);
    // The layout's own width: the chosen source's (or the image's) width attribute.
    let laidOut = Number(img.getAttribute("width"));
    if (picture) {
      const chosen = Array.from(picture.querySelectorAll("source")).find(s => frame.contentWindow.matchMedia(s.media).matches);
      if (chosen) laidOut = Number(chosen.getAttribute("width"));
    }
    if (img.clientWidth < Math.min(laidOut, room) - 0.5) {
      shrunk.push(img.currentSrc + " at " + img.clientWidth + " of " + laidOut + " in " + room);
    }
  }
  return { width: width, dark: dark, images: images.length, broken: broken, overflowing: wide, wrongTheme: wrongTheme,
    shrunk: shrunk, scrollWidth: d.documentElement.scrollWidth };
}
window.addEventListener("load", () => {
  const results = [check(document.getElementById("narrow"), 375), check(document.getElementById("middle"), 640),
    check(document.getElementById("wide"), 1280)];
  const ok = results.every(r => r.images > 0 && r.broken.length === 0 && r.overflowing.length === 0 &&
    r.wrongTheme.length === 0 && r.shrunk.length === 0 && r.scrollWidth <= r.width);
  document.getElementById("out").textContent = (ok ? "RESULT ok " : "RESULT failed ") + JSON.stringify(results);
});
</script>
</body></html>
HTML
browser=$(command -v chromium || command -v chromium-browser || command -v google-chrome || true)
[ -n "$browser" ] || { echo "check-gallery: no Chromium found" >&2; exit 1; }
status=0
for scheme in light dark; do
  flags=()
  [ "$scheme" = dark ] && flags=(--force-dark-mode --blink-settings=preferredColorScheme=0)
  [ "$scheme" = light ] && flags=(--blink-settings=preferredColorScheme=1)
  # Scrollbars hidden, as a phone's overlay ones take no width: a 375-pixel window is 375 pixels of page.
  result=$("$browser" --headless --no-sandbox --disable-gpu --allow-file-access-from-files --virtual-time-budget=10000 \
    --hide-scrollbars "${flags[@]}" --dump-dom "file://$page" 2>/dev/null | grep -o 'RESULT [a-z]* .*' | head -1 | sed 's/<\/pre>.*//')
  echo "$scheme: $result"
  # The scheme asked for must be the one the page saw, or the theme check proved nothing.
  case "$result" in
    "RESULT ok "*'"dark":'"$([ "$scheme" = dark ] && echo true || echo false)"*) ;;
    *) status=1 ;;
  esac
done
exit $status
