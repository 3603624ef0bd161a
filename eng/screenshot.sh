#!/usr/bin/env bash
# Renders an HTML report to a PNG with headless Chromium, as the screenshots under docs/ were made, so that a report can
# be looked at as a person would see it (nothing but what Chromium gives; no other image tool).
# Usage: bash eng/screenshot.sh <report.html> <out.png> [width] [height]   (default window: 1280 x 2000 pixels; the
# height crops the page, so pass the content's height to keep the PNG small)
# Needs Chromium: apt-get install chromium (or chromium-browser / google-chrome on the PATH).
set -euo pipefail
if [ $# -lt 2 ]; then
  echo "usage: $0 <report.html> <out.png> [width] [height]" >&2
  exit 1
fi
html=$(realpath "$1")
out=$(realpath -m "$2")
width=${3:-1280}
height=${4:-2000}
browser=$(command -v chromium || command -v chromium-browser || command -v google-chrome || true)
if [ -z "$browser" ]; then
  echo "Chromium is not installed (apt-get install chromium)." >&2
  exit 1
fi
"$browser" --headless --no-sandbox --disable-gpu --hide-scrollbars --force-device-scale-factor=1 \
  --screenshot="$out" --window-size="$width,$height" "file://$html" 2>/dev/null
echo "$out"
