#!/usr/bin/env bash
# Mutation testing of Core for a release: every entry of eng/mutation-rotation.sh in turn, without a time bound
# (hours on two cores), then each entry's counts and Core's score summed over the entries, from each run's
# StrykerOutput/*/reports/mutation-report.json:
#
#   score = (killed + timeout) / (killed + timeout + survived + no coverage)      (compile errors left out)
#
# Run from the repository root: bash eng/mutation-all.sh [Folder...]   (default: every entry of the rotation)
# Exits 1 when an entry gave no report.
set -uo pipefail
cd "$(dirname "$0")/.."

output=tests/RakenteellinenSosiaalityo.Core.Tests/StrykerOutput
if [ "$#" -gt 0 ]; then
  entries=("$@")
else
  mapfile -t entries < <(sed -n 's/^  "\([A-Za-z]*\)|[0-9]*|.*/\1/p' eng/mutation-rotation.sh)
fi

reports=()
missing=0
for entry in "${entries[@]}"; do
  before=$(ls -d "$output"/*/ 2>/dev/null | sort | tail -n 1)
  RS_MUTATION_SECONDS=0 bash eng/mutation-rotation.sh "$entry" # timeout 0: no bound
  newest=$(ls -d "$output"/*/ 2>/dev/null | sort | tail -n 1)
  if [ -n "$newest" ] && [ "$newest" != "$before" ] && [ -f "$newest/reports/mutation-report.json" ]; then
    reports+=("$entry=$newest/reports/mutation-report.json")
  else
    echo "mutation-all: $entry gave no report"
    missing=1
  fi
done

python3 - "${reports[@]}" <<'EOF'
import json, sys
from collections import Counter

total = Counter()
print(f"{'entry':<12} {'score':>8} {'killed':>7} {'timeout':>7} {'survived':>8} {'no cov.':>7} {'compile':>7}")
for arg in sys.argv[1:]:
    entry, path = arg.split("=", 1)
    with open(path, encoding="utf-8") as f:
        files = json.load(f)["files"]
    c = Counter(m["status"] for file in files.values() for m in file["mutants"])
    total += c
    detected = c["Killed"] + c["Timeout"]
    valid = detected + c["Survived"] + c["NoCoverage"]
    score = f"{100 * detected / valid:.2f} %" if valid else "-"
    print(f"{entry:<12} {score:>8} {c['Killed']:>7} {c['Timeout']:>7} {c['Survived']:>8} {c['NoCoverage']:>7} {c['CompileError']:>7}")
detected = total["Killed"] + total["Timeout"]
valid = detected + total["Survived"] + total["NoCoverage"]
if valid:
    print(f"Core (summed over the entries): {100 * detected / valid:.2f} % "
          f"({detected} detected of {valid}; compile errors left out)")
EOF
exit "$missing"
