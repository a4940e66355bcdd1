#!/usr/bin/env bash
# Mutation testing of Core for a release: every entry of eng/mutation-rotation.sh in turn, without a time bound
# (hours on two cores), then each entry's counts and Core's score summed over the entries, from each run's
# StrykerOutput/*/reports/mutation-report.json:
#
#   score = (killed + timeout) / (killed + timeout + survived + no coverage)      (compile errors left out)
#
# Run from the repository root: bash eng/mutation-all.sh [Entry...]   (default: every entry of the rotation; an entry may
# join several with '+', e.g. Evaluation+Phenomena+Small+Processes, run as one Stryker run: the mutants are placed once).
# It prints each run's counts, then the score per folder of Core, then Core's score.
# The tables alone, from the reports of earlier runs: bash eng/mutation-all.sh --from Entry=report.json ...
# Exits 1 when an entry gave no report.
set -uo pipefail
cd "$(dirname "$0")/.."

output=tests/RakenteellinenSosiaalityo.Core.Tests/StrykerOutput
reports=()
missing=0
if [ "${1:-}" = "--from" ]; then
  # Only the tables, from reports of earlier runs: bash eng/mutation-all.sh --from Entry=path/mutation-report.json ...
  shift
  reports=("$@")
  entries=()
elif [ "$#" -gt 0 ]; then
  entries=("$@")
else
  mapfile -t entries < <(sed -n 's/^  "\([A-Za-z]*\)|[0-9]*|.*/\1/p' eng/mutation-rotation.sh)
fi

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

# The score per folder of Core (the README's "score per folder"), summed over the runs: a run may hold several entries
# (Evaluation+Phenomena) and the compiler's files share Compilations/ with two other entries.
folders = {}
for arg in sys.argv[1:]:
    with open(arg.split("=", 1)[1], encoding="utf-8") as f:
        files = json.load(f)["files"]
    for name, file in files.items():
        if not file["mutants"]:
            continue
        relative = name.replace("\\", "/").split("/src/RakenteellinenSosiaalityo.Core/", 1)[-1]
        folder = relative.split("/", 1)[0] if "/" in relative else "(root files)"
        folders.setdefault(folder, Counter()).update(m["status"] for m in file["mutants"])
print()
print(f"{'folder':<14} {'score':>8} {'detected':>8} {'valid':>6}")
for folder, c in sorted(folders.items()):
    detected = c["Killed"] + c["Timeout"]
    valid = detected + c["Survived"] + c["NoCoverage"]
    if valid:
        print(f"{folder:<14} {100 * detected / valid:7.2f} % {detected:>8} {valid:>6}")
print()
detected = total["Killed"] + total["Timeout"]
valid = detected + total["Survived"] + total["NoCoverage"]
if valid:
    print(f"Core (summed over the entries): {100 * detected / valid:.2f} % "
          f"({detected} detected of {valid}; compile errors left out)")
EOF
exit "$missing"
