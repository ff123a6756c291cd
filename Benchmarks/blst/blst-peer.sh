#!/bin/sh
# blst's figures beside this backend's: unpacks ckzg's source distribution from PyPI (which carries blst's C and
# assembly sources) into .build/blst-peer, builds blst with its own build.sh, compiles blst_bench.c against it, and
# runs it. Nothing it fetches or builds leaves .build/.
#
# Usage: Benchmarks/blst/blst-peer.sh [fields|curves|kzg|all]
# Prints "operation<TAB>nanoseconds" lines on standard output; everything else goes to standard error.
set -eu

version=2.1.8
root=$(cd "$(dirname "$0")/../.." && pwd)
work="$root/.build/blst-peer"
source="$work/ckzg-$version"
driver="$work/blst_bench"

if [ ! -f "$source/blst/libblst.a" ]; then
    mkdir -p "$work"
    if [ ! -f "$work/ckzg-$version.tar.gz" ]; then
        python3 -m pip download --quiet --no-binary :all: --no-deps "ckzg==$version" -d "$work" >&2
    fi
    tar -xzf "$work/ckzg-$version.tar.gz" -C "$work"
    # build.sh picks the assembly for this machine (ADX/BMI2 when the CPU has them) and writes libblst.a.
    (cd "$source/blst" && ./build.sh >&2)
fi
if [ ! -x "$driver" ] || [ "$root/Benchmarks/blst/blst_bench.c" -nt "$driver" ]; then
    cc -O2 -o "$driver" "$root/Benchmarks/blst/blst_bench.c" -I"$source/blst/bindings" "$source/blst/libblst.a" >&2
fi
exec "$driver" "${1:-all}"
