#!/usr/bin/env bash
# Renders a Lockwatch report to HTML with the built reports jar and photographs the page with
# headless Chromium, so a person can see that it opens and shows the graph (HtmlScreenshotIT does
# the same and more from Java).
#
# Usage: reports/scripts/html-screenshot.sh [REPORT.json] [OUT.png]
#   REPORT.json  default: the shop fixture of the tests (in report-model); several, separated by
#                commas, are merged by render as in a test suite's report
#   OUT.png      default: reports/target/lockwatch-report.png (the HTML lands beside it)
#   WIDTH, HEIGHT (environment) the window, default 1400 x 1600
#   ANCHOR       (environment) an id of the page to open it at: graph, findings, f-cycle-1...
#   PRESS        (environment, with ANCHOR) CSS selectors, separated by ";", of what to press
#                first, in order, as a pointer would: '#graph-classes .group[data-id="x"] .toggle'
#   RENDER_OPTIONS (environment) more options for render, e.g. "--source-root src/test/java"
# Needs: reports/target/lockwatch-reports.jar (mvn -pl reports -am package) and Chromium
#        (Debian: apt-get install chromium). Exit 3 when either is missing.
set -euo pipefail

module=$(cd "$(dirname "$0")/.." && pwd)
jar=${LOCKWATCH_REPORTS_JAR:-$module/target/lockwatch-reports.jar}
report=${1:-$module/../report-model/src/test/resources/fixtures/shop.json}
png=${2:-$module/target/lockwatch-report.png}
chromium=${CHROMIUM:-$(command -v chromium || command -v chromium-browser || true)}

if [ -z "$chromium" ]; then
  echo "html-screenshot: chromium not found (Debian: apt-get install chromium)" >&2
  exit 3
fi
if [ ! -f "$jar" ]; then
  echo "html-screenshot: $jar not found (build it: mvn -pl reports -am package)" >&2
  exit 3
fi

mkdir -p "$(dirname "$png")"
png=$(cd "$(dirname "$png")" && pwd)/$(basename "$png")
html=${png%.png}.html
IFS=, read -r -a reports <<<"$report"
# shellcheck disable=SC2086 # RENDER_OPTIONS is a list of options
java -jar "$jar" render "${reports[@]}" ${RENDER_OPTIONS:-} --format html -o "$html"

profile=$(mktemp -d)
trap 'rm -rf "$profile"' EXIT
rm -f "$png"
url="file://$html"
if [ -n "${ANCHOR:-}" ]; then
  # Headless Chromium photographs the top of a page even when a #fragment scrolled it, so the page
  # is opened in a window-sized frame that is scrolled to the anchor (as HtmlScreenshotIT's probe).
  cat >"$profile/frame.html" <<FRAME
<!DOCTYPE html><html><head><meta charset="utf-8"><style>body { margin: 0; }
iframe { border: 0; display: block; width: 100vw; height: 100vh; }</style></head><body>
<iframe src="file://$html"></iframe><script type="text/plain" id="press">${PRESS:-}</script>
<script>var f = document.querySelector('iframe');
f.onload = function () {
  var doc = f.contentDocument, win = f.contentWindow;
  var t = doc.getElementById('$ANCHOR');
  if (t) { t.scrollIntoView(); }
  document.getElementById('press').textContent.split(';').forEach(function (selector) {
    var e = selector.trim() && doc.querySelector(selector);
    ['pointerdown', 'pointerup', 'click'].forEach(function (type) {
      if (e) { e.dispatchEvent(new win.PointerEvent(type, { bubbles: true })); }
    });
  });
};</script></body></html>
FRAME
  url="file://$profile/frame.html"
fi
# No network is needed or wanted: the page is self-contained.
timeout 120 "$chromium" --headless --no-sandbox --disable-gpu --disable-background-networking \
  --disable-component-update --disable-sync --no-first-run --user-data-dir="$profile" \
  --hide-scrollbars --virtual-time-budget=20000 --allow-file-access-from-files \
  --screenshot="$png" --window-size="${WIDTH:-1400},${HEIGHT:-1600}" "$url" >"$profile/chromium.log" 2>&1 || {
  echo "html-screenshot: chromium failed:" >&2
  tail -n 20 "$profile/chromium.log" >&2
  exit 1
}
if [ ! -s "$png" ]; then
  echo "html-screenshot: chromium wrote no screenshot" >&2
  exit 1
fi
echo "html-screenshot: $html -> $png"
