#!/usr/bin/env bash
# Regenerates src/<project>/PublicAPI.Unshipped.txt from what the compiler sees as the public API.
# Use after a deliberate public API change, then review `git diff` of the file and note the change in CHANGELOG.md.
# PublicAPI.Shipped.txt is never touched: move lines there by hand when a version is released.
set -euo pipefail
cd "$(dirname "$0")/.."
for project in src/*/; do
  name=$(basename "$project")
  csproj="$project$name.csproj"
  [ -f "$csproj" ] && [ -f "${project}PublicAPI.Unshipped.txt" ] || continue
  printf '#nullable enable\n' > "${project}PublicAPI.Unshipped.txt"
  log=$(mktemp)
  dotnet build "$csproj" -f net10.0 --no-incremental -p:TreatWarningsAsErrors=false 2>&1 > "$log" || true
  # Keep only this project's diagnostics: building a project also builds the projects it references, whose own
  # missing API lines must not land in this file.
  grep -F "[$PWD/$csproj" "$log" \
    | grep -oE "RS0016: Symbol '.*' is not part of the declared public API" \
    | sed -E "s/^RS0016: Symbol '(.*)' is not part of the declared public API$/\1/" \
    | sort -u >> "${project}PublicAPI.Unshipped.txt" || true
  rm -f "$log"
  echo "$name: $(($(wc -l < "${project}PublicAPI.Unshipped.txt") - 1)) unshipped API lines"
done
