#!/usr/bin/env bash
# Renders a Lockwatch report to HTML with the built reports jar and photographs the page with
# headless Chromium, so a person can see that it opens and shows the graph (HtmlScreenshotIT does
# the same and more from Java).
#
# Usage: reports/scripts/html-screenshot.sh [REPORT.json] [OUT.png]
#   REPORT.json  default: the shop fixture of the tests (in report-model)
#   OUT.png      default: reports/target/lockwatch-report.png (the HTML lands beside it)
#   WIDTH, HEIGHT (environment) the window, default 1400 x 1600
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
java -jar "$jar" render "$report" --format html -o "$html"

profile=$(mktemp -d)
trap 'rm -rf "$profile"' EXIT
rm -f "$png"
# No network is needed or wanted: the page is self-contained.
timeout 120 "$chromium" --headless --no-sandbox --disable-gpu --disable-background-networking \
  --disable-component-update --disable-sync --no-first-run --user-data-dir="$profile" \
  --hide-scrollbars --virtual-time-budget=20000 \
  --screenshot="$png" --window-size="${WIDTH:-1400},${HEIGHT:-1600}" "file://$html" >"$profile/chromium.log" 2>&1 || {
  echo "html-screenshot: chromium failed:" >&2
  tail -n 20 "$profile/chromium.log" >&2
  exit 1
}
if [ ! -s "$png" ]; then
  echo "html-screenshot: chromium wrote no screenshot" >&2
  exit 1
fi
echo "html-screenshot: $html -> $png"
