#!/bin/sh
# The one place that installs ckzg (the Python bindings of c-kzg-4844, which runs on blst), the peer that the
# EIP-4844 differential test and the KZG benchmark compare this backend against.
#
# Usage: scripts/ckzg-venv.sh
# Creates .build/ckzg-venv under the package root with ckzg from PyPI unless it already holds the pinned version,
# then prints the path of the environment's python on standard output (everything else goes to standard error).
set -eu

version=2.1.8
root=$(cd "$(dirname "$0")/.." && pwd)
venv="$root/.build/ckzg-venv"
python="$venv/bin/python"

installed() {
    "$python" -c "import ckzg, importlib.metadata, sys; sys.exit(importlib.metadata.version('ckzg') != '$version')" \
        2>/dev/null
}

if ! installed; then
    python3 -m venv "$venv" >&2
    "$python" -m pip install --quiet "ckzg==$version" >&2
    installed || { echo "ckzg $version is not importable in $venv after pip install" >&2; exit 1; }
fi
echo "$python"
