#!/usr/bin/env bash
# Regenerates every generated source file into a scratch folder and fails if any differs from what is committed:
# the scripts are the source, and a hand edit to their output would be lost the next time they run.
set -euo pipefail
cd "$(dirname "$0")/.."

scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT

mkdir -p "$scratch/Fields"
python3 scripts/generate-montgomery.py "$scratch/Fields"
python3 scripts/generate-fp2-multiplication.py > "$scratch/Fp2+Multiplication.swift"

status=0
check() {
    if cmp -s "$1" "$2"; then
        echo "up to date: $2"
    else
        echo "differs from what $3 writes: $2" >&2
        diff -u "$2" "$1" | head -20 >&2 || true
        status=1
    fi
}
check "$scratch/Fields/Fp+Montgomery.swift" Sources/Reference/Fields/Fp+Montgomery.swift scripts/generate-montgomery.py
check "$scratch/Fields/Fr+Montgomery.swift" Sources/Reference/Fields/Fr+Montgomery.swift scripts/generate-montgomery.py
check "$scratch/Fp2+Multiplication.swift" Sources/Reference/ExtensionFields/Fp2+Multiplication.swift \
    scripts/generate-fp2-multiplication.py
exit $status
