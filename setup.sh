#!/usr/bin/env bash
# Sets the workbook up on Debian or Ubuntu: installs GMP (the oracle the tests check against) if it is missing,
# then builds the tutor and the tests, so the first `swift run tutor next` is quick.
set -euo pipefail
cd "$(dirname "$0")"

if ! command -v swift >/dev/null 2>&1; then
    echo "Swift is not installed. Install Swift 6.1 or later (https://www.swift.org/install/linux/), then run ./setup.sh again." >&2
    exit 1
fi

if ! dpkg -s libgmp-dev >/dev/null 2>&1; then
    echo "==> Installing libgmp-dev"
    if [ "$(id -u)" -eq 0 ]; then sudo=""; else sudo="sudo"; fi
    $sudo env DEBIAN_FRONTEND=noninteractive apt-get update
    $sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends libgmp-dev
fi

echo "==> Building the tutor and the tests (the first build takes a few minutes)"
swift build --product tutor
# The product SwiftPM makes of every test target, and exactly what `tutor` builds before running tests.
swift build --product ZKWorkbookPackageTests

echo
echo "Ready. Start with:  swift run tutor next"
