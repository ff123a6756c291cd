#!/usr/bin/env bash
# Load figures of the KZG service with wrk on loopback, against the release build: requests per second and
# p50/p99 latency for verify_blob_kzg_proof and blob_to_kzg_commitment, at saturation and at 70% of it.
#
#   Service/scripts/load.sh [seconds per run, default 20]
#
# wrk shares the machine's cores with the service: it runs with one thread, and its CPU time is reported. The
# 70% runs pace each connection with wrk's delay() so that the offered load is 70% of the measured saturation.
set -euo pipefail
cd "$(dirname "$0")/../.."
duration=${1:-20}
port=${KZG_LOAD_PORT:-18181}
connections=${KZG_LOAD_CONNECTIONS:-8}
command -v wrk >/dev/null || { DEBIAN_FRONTEND=noninteractive apt-get install -y -q wrk >/dev/null; }

swift build -c release --static-swift-stdlib --package-path Service --product kzg-service >/dev/null
binary=$(swift build -c release --static-swift-stdlib --package-path Service --show-bin-path)/kzg-service
work=$(mktemp -d)
# Request logs off for the measurement: one JSON line per request is itself a cost on two cores.
"$binary" --http-host 127.0.0.1 --http-port "$port" --log-level warning --pool-queue-limit 1024 >"$work/service.log" &
service=$!
trap 'kill -TERM $service 2>/dev/null || true; rm -rf "$work"' EXIT
for _ in $(seq 1 600); do
    [ "$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$port/health/ready")" = 200 ] && break
    sleep 0.1
done

# A random blob of canonical field elements, its commitment and proof, from the service itself.
python3 - "$work" <<'PY'
import json, random, sys
random.seed(4844)
blob = "0x" + "".join("%02x" % random.randrange(0x73) + "".join("%02x" % random.randrange(256) for _ in range(31))
                      for _ in range(4096))
open(sys.argv[1] + "/commit.json", "w").write(json.dumps({"blob": blob}))
PY
commitment=$(curl -s -H 'Content-Type: application/json' --data-binary @"$work/commit.json" \
    "http://127.0.0.1:$port/v1/blob_to_kzg_commitment" | python3 -c 'import json,sys; print(json.load(sys.stdin)["commitment"])')
python3 - "$work" "$commitment" <<'PY'
import json, sys
blob = json.load(open(sys.argv[1] + "/commit.json"))["blob"]
open(sys.argv[1] + "/prove.json", "w").write(json.dumps({"blob": blob, "commitment": sys.argv[2]}))
PY
proof=$(curl -s -H 'Content-Type: application/json' --data-binary @"$work/prove.json" \
    "http://127.0.0.1:$port/v1/compute_blob_kzg_proof" | python3 -c 'import json,sys; print(json.load(sys.stdin)["proof"])')
python3 - "$work" "$commitment" "$proof" <<'PY'
import json, sys
blob = json.load(open(sys.argv[1] + "/commit.json"))["blob"]
open(sys.argv[1] + "/verify.json", "w").write(json.dumps({"blob": blob, "commitment": sys.argv[2], "proof": sys.argv[3]}))
PY
valid=$(curl -s -H 'Content-Type: application/json' --data-binary @"$work/verify.json" \
    "http://127.0.0.1:$port/v1/verify_blob_kzg_proof")
[ "$valid" = '{"valid":true}' ] || { echo "the load body does not verify: $valid" >&2; exit 1; }

# wrk's script: POST the body; a fixed pause before each request when KZG_DELAY_MS is set; count non-200s.
cat >"$work/post.lua" <<'LUA'
local file = io.open(os.getenv("KZG_BODY"), "rb")
wrk.method = "POST"
wrk.body = file:read("*a")
file:close()
wrk.headers["Content-Type"] = "application/json"
local pause = tonumber(os.getenv("KZG_DELAY_MS") or "0")
if pause > 0 then
    function delay() return pause end
end
LUA

# One wrk run: prints "requests_per_second p50_ms p99_ms wrk_cpu_percent non2xx socket_errors load_average", the
# last the machine's one-minute load average at the end of the run (the machine may be shared: the figures mean
# little without it).
run() {
    local body=$1 route=$2 pause=$3
    local start end
    start=$(date +%s.%N)
    KZG_BODY="$work/$body" KZG_DELAY_MS=$pause /usr/bin/time -f '%U %S' -o "$work/time" \
        wrk -t1 -c"$connections" -d"${duration}s" --latency -s "$work/post.lua" "http://127.0.0.1:$port/v1/$route" \
        >"$work/wrk.txt"
    end=$(date +%s.%N)
    python3 - "$work/wrk.txt" "$work/time" "$start" "$end" <<'PY'
import re, sys
text = open(sys.argv[1]).read()
def ms(label):
    m = re.search(r"^\s*" + label + r"%\s+([\d.]+)(us|ms|s)\s*$", text, re.M)
    value, unit = float(m.group(1)), m.group(2)
    return value / 1000 if unit == "us" else value * 1000 if unit == "s" else value
rps = float(re.search(r"Requests/sec:\s+([\d.]+)", text).group(1))
non2xx = re.search(r"Non-2xx or 3xx responses: (\d+)", text)
errors = re.search(r"Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)", text)
user, system = map(float, open(sys.argv[2]).read().split()[-2:])
cpu = 100 * (user + system) / (float(sys.argv[4]) - float(sys.argv[3]))
load = open("/proc/loadavg").read().split()[0]
print(f"{rps:.0f} {ms('50'):.2f} {ms('99'):.2f} {cpu:.0f} {non2xx.group(1) if non2xx else 0} "
      f"{sum(map(int, errors.groups())) if errors else 0} {load}")
PY
}

# Single-operation time: one connection, one request at a time.
printf '| route | load | req/s | p50 (ms) | p99 (ms) | wrk CPU | non-200 | socket errors | load average |\n'
printf '|---|---|---:|---:|---:|---:|---:|---:|---:|\n'
for pair in "verify.json verify_blob_kzg_proof" "commit.json blob_to_kzg_commitment"; do
    set -- $pair
    read -r rps p50 p99 cpu bad errors load < <(connections=1 run "$1" "$2" 0)
    printf '| %s | 1 connection, sequential | %s | %s | %s | %s%% | %s | %s | %s |\n' "$2" "$rps" "$p50" "$p99" "$cpu" "$bad" "$errors" "$load"
    read -r rps p50 p99 cpu bad errors load < <(run "$1" "$2" 0)
    saturation=$rps
    printf '| %s | saturation (%s connections) | %s | %s | %s | %s%% | %s | %s | %s |\n' "$2" "$connections" "$rps" "$p50" "$p99" "$cpu" "$bad" "$errors" "$load"
    # Each connection waits `pause` before each request: connections / (pause + service time) = 70% of saturation.
    pause=$(python3 -c "print(max(0, round($connections / (0.7 * $saturation) * 1000 - $p50)))")
    read -r rps p50 p99 cpu bad errors load < <(run "$1" "$2" "$pause")
    printf '| %s | 70%% (%s connections, %s ms pause) | %s | %s | %s | %s%% | %s | %s | %s |\n' "$2" "$connections" "$pause" "$rps" "$p50" "$p99" "$cpu" "$bad" "$errors" "$load"
done
