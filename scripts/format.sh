#!/usr/bin/env bash
# Checks (or with --fix, applies) the project's Swift format, `.swift-format`: 4 spaces, 120 columns.
#
# The learner's exercise files (Sources/Exercises/NN-topic) and the chapters' solutions and mutants are left out:
# stubs are derived from the solutions byte for byte, and a learner's own layout is theirs.
set -euo pipefail
cd "$(dirname "$0")/.."

files=()
while IFS= read -r -d '' file; do files+=("$file"); done < <(
    find Package.swift Sources Tests Benchmarks Fuzz Service/Package.swift Service/Sources Service/Tests \
        Notary/Package.swift Notary/Sources Notary/Tests -name '*.swift' \
        -not -path 'Sources/Exercises/[0-9]*' -print0 | sort -z)

if [ "${1:-}" = "--fix" ]; then
    swift format format --in-place --parallel "${files[@]}"
else
    swift format lint --strict --parallel "${files[@]}"
fi
