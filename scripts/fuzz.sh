#!/usr/bin/env bash
# Builds the fuzz targets of Fuzz/ with libFuzzer and AddressSanitizer, then fuzzes each for a bounded time,
# starting from its seed corpus in Fuzz/Corpus/<target>. Fails if any target crashes, keeping the input that did it.
#
#   scripts/fuzz.sh [seconds-per-target] [target...]    (default: 7 seconds each, every target: about a minute)
#
# Crashing inputs go to .build-fuzz/crashes/ (or $FUZZ_CRASHES), named <target>-crash-<hash>; replay one with
# `.build-fuzz/release/<target> <file>`, or through the debug replay tool, `swift run <target> <file>`.
# Inputs the fuzzer found interesting are kept in .build-fuzz/corpus/<target> and reused by the next run.
set -euo pipefail
cd "$(dirname "$0")/.."

seconds=${1:-7}
[[ $seconds =~ ^[1-9][0-9]*$ ]] || { echo "usage: $0 [seconds-per-target] [target...]" >&2; exit 2; }
shift $(( $# > 0 ? 1 : 0 ))
all=(FuzzFieldElements FuzzCompressedPoints FuzzEIP4844Types FuzzEIP7594Types FuzzTrustedSetup
     FuzzLearnerProgress FuzzChapterMetadata FuzzTeXParser)
targets=("${@:-${all[@]}}")

scratch=.build-fuzz
crashes=${FUZZ_CRASHES:-$scratch/crashes}
mkdir -p "$crashes"

# SwiftPM's --sanitize flags instrument C targets and link libFuzzer and ASan; the Swift driver keeps only the last
# -sanitize= it is given, so the Swift side gets both in one flag. FUZZING drops the replay tool's main, since
# libFuzzer brings its own; -enable-testing lets FuzzTeXParser reach the parser, as tests do.
build_flags=(-c release --scratch-path "$scratch" --sanitize fuzzer --sanitize address
             -Xswiftc -sanitize=fuzzer,address -Xswiftc -DFUZZING -Xswiftc -enable-testing)
start=$(date +%s)
for target in "${targets[@]}"; do
    # One product at a time: every executable linked with libFuzzer gets its main, so `tutor` must not be built.
    swift build "${build_flags[@]}" --product "$target"
done
echo "fuzz build: $(( $(date +%s) - start )) s"
bin=$(swift build "${build_flags[@]}" --show-bin-path)

# A crash must end the run at once: Swift's backtracer would otherwise hold the process to print its report.
export SWIFT_BACKTRACE=enable=no
# Leaks in the toolchain's own libraries, each explained in the file.
export LSAN_OPTIONS=suppressions=$PWD/Fuzz/lsan-suppressions.txt
# Targets that read files (tutor-state.json, chapter.yaml) write them here; a crash leaves its scratch folder behind.
export TMPDIR
TMPDIR=$(mktemp -d)
trap 'rm -rf "$TMPDIR"' EXIT

failed=()
for target in "${targets[@]}"; do
    echo "==> $target: ${seconds} s"
    corpus=$scratch/corpus/$target
    mkdir -p "$corpus"
    # New inputs go to the first folder, so the committed seeds stay as they are.
    if ! "$bin/$target" "$corpus" "Fuzz/Corpus/$target" -max_total_time="$seconds" -timeout=20 \
            -rss_limit_mb=2048 -print_final_stats=1 -artifact_prefix="$crashes/$target-" 2>"$scratch/$target.log"; then
        tail -n 40 "$scratch/$target.log"
        failed+=("$target")
    else
        grep -E '^(Done|stat::number_of_executed_units)' "$scratch/$target.log" || true
    fi
done

if (( ${#failed[@]} > 0 )); then
    echo "fuzzing found a problem in: ${failed[*]}; the inputs are in $crashes/" >&2
    ls -l "$crashes" >&2
    exit 1
fi
echo "no crash in ${#targets[@]} targets"
