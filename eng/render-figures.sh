#!/usr/bin/env bash
# Regenerates the README's figures under docs/figures and screenshots of them rendered by a real browser.
#   1. The main job writes both built-in regions' figures into a temporary directory:
#        dotnet run --project samples/AnnualCycle -- --region <region> --year 2025 --figures <dir>
#      and the wheels and process flows (SVG, Mermaid) are copied to docs/figures; the compilation pages with charts,
#      drawn from synthetic reports, are not. RakenteellinenSosiaalityo.Core.Figures.Tests fails when the committed
#      files differ from what the main job writes.
#   2. Headless Chromium (installed from Debian's packages when missing) renders each built-in wheel and the
#      compilation flow of each region to PNG: docs/figures/<name>.png.
# Usage: bash eng/render-figures.sh [--no-generate]
set -euo pipefail
cd "$(dirname "$0")/.."
out=docs/figures
year=2025
regions=(kymenlaakso etela-karjala)

if [ "${1:-}" != "--no-generate" ]; then
  mkdir -p "$out"
  fresh=$(mktemp -d)
  for region in "${regions[@]}"; do
    rm -f "$out/$region"-*.svg "$out/$region"-*.mmd
    dotnet run --project samples/AnnualCycle -- --region "$region" --year "$year" --figures "$fresh" > /dev/null
    # The wheel and the process flows; the compilation pages and charts (synthetic data) stay out of the docs.
    cp "$fresh/$region-$year-clock.svg" "$fresh/$region"-*Process.svg "$fresh/$region"-*Process.mmd "$out/"
  done
  rm -rf "$fresh"
fi

browser=$(command -v chromium || command -v chromium-browser || true)
if [ -z "$browser" ]; then
  if [ "$(id -u)" -eq 0 ]; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y chromium
  else
    sudo apt-get update && sudo DEBIAN_FRONTEND=noninteractive apt-get install -y chromium
  fi
  browser=$(command -v chromium)
fi

render() {
  local svg="$1" png="$2"
  local width height
  width=$(grep -o -m1 '<svg width="[0-9.]*"' "$svg" | grep -o '[0-9.]*' | cut -d. -f1)
  height=$(grep -o -m1 ' height="[0-9.]*"' "$svg" | head -n1 | grep -o '[0-9.]*' | cut -d. -f1)
  height=$((height + 1))
  local profile
  profile=$(mktemp -d)
  timeout 120 "$browser" --headless --no-sandbox --disable-gpu --hide-scrollbars --no-first-run \
    --user-data-dir="$profile" --force-device-scale-factor=1 --window-size="$width,$height" \
    --screenshot="$PWD/$png" "file://$PWD/$svg" > /dev/null 2>&1
  rm -rf "$profile"
  echo "$png (${width}×${height})"
}

for region in "${regions[@]}"; do
  render "$out/$region-$year-clock.svg" "$out/$region-$year-clock.png"
  render "$out/$region-compilationProcess.svg" "$out/$region-compilationProcess.png"
done
