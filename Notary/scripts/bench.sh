#!/usr/bin/env bash
# The figures in Notary/README.md: `notary add` on generated CSV files of 1 M and 4 M rows × 8 columns (rows per
# second, peak memory from /usr/bin/time -v), `prove` and `verify` of one row, and swift-crypto's SHA-256 throughput
# beside them. Release build. Usage: Notary/scripts/bench.sh [folder for the generated files]
set -euo pipefail
cd "$(dirname "$0")/.."
work="${1:-$(mktemp -d)}"
swift build -c release --product notary >/dev/null
swift build -c release --product notary-bench >/dev/null
notary=.build/release/notary

generate() { # rows file
    python3 - "$1" "$2" <<'PY'
import sys
rows, path = int(sys.argv[1]), sys.argv[2]
with open(path, "w") as f:
    f.write("id,user,item,quantity,price,score,country,comment\n")
    for i in range(rows):
        f.write(f"{i},user{i * 7919 % 100003},item{i % 977},{i % 50},{(i * 37) % 10000}.{i % 100:02d},"
                f"{(i * 2654435761) % 1000 - 500},C{i % 31},row {i}\n")
PY
}

for rows in 1000000 4000000; do
    csv="$work/data-$rows.csv"
    [ -f "$csv" ] || generate "$rows" "$csv"
    rm -f "$work/ledger.sqlite"
    /usr/bin/time -v "$notary" add "$csv" --ledger "$work/ledger.sqlite" >/dev/null 2>"$work/time-$rows.txt"
    seconds=$(awk -F': ' '/Elapsed \(wall clock\)/ {n=split($2,t,":"); s=0; for(i=1;i<=n;i++) s=s*60+t[i]; print s}' "$work/time-$rows.txt")
    memory=$(awk -F': ' '/Maximum resident set size/ {print $2}' "$work/time-$rows.txt")
    printf 'add, %d rows x 8 columns: %.1f s, %.0f rows/s, peak memory %d MB, file %d MB\n' "$rows" "$seconds" \
        "$(echo "$rows / $seconds" | bc -l)" "$((memory / 1024))" "$(($(stat -c %s "$csv") / 1048576))"
    if [ "$rows" = 1000000 ]; then
        /usr/bin/time -f 'prove, row 654321 of 1 M: %e s, peak memory %M kB' \
            "$notary" prove "$csv" --row 654321 --ledger "$work/ledger.sqlite" --output "$work/proof.json" >/dev/null
        /usr/bin/time -f 'verify, that proof: %e s' "$notary" verify "$work/proof.json" --ledger "$work/ledger.sqlite" >/dev/null
        rm -f "$work/ledger-column.sqlite"
        /usr/bin/time -f 'add --column price, 1 M rows: %e s, peak memory %M kB' \
            "$notary" add "$csv" --column price --ledger "$work/ledger-column.sqlite" >/dev/null
        /usr/bin/time -f 'prove with the column opening: %e s' \
            "$notary" prove "$csv" --row 654321 --ledger "$work/ledger-column.sqlite" --output "$work/proof-column.json" >/dev/null
        /usr/bin/time -f 'verify with the column opening: %e s' \
            "$notary" verify "$work/proof-column.json" --ledger "$work/ledger-column.sqlite" >/dev/null
    fi
done
.build/release/notary-bench
