#!/usr/bin/env bash
# SIGTERM under load: wrk keeps 8 connections busy on verify_blob_kzg_proof; half-way the service gets SIGTERM.
# Every request wrk sent must have completed (200) or been refused cleanly (503); none may be cut off, and the
# service must exit 0.
#
# Counted on both sides: the requests the service logged as answered must be exactly the responses wrk read, and
# wrk must see no read error (a request sent and no answer) and no timeout. wrk's "write" errors are not requests:
# after the listener closes, wrk keeps reconnecting, and it reports a refused non-blocking connect as a failed write.
#
#   Service/scripts/drain-under-load.sh [path of kzg-service, default the debug build]
set -euo pipefail
cd "$(dirname "$0")/../.."
binary=${1:-Service/.build/debug/kzg-service}
port=${KZG_DRAIN_PORT:-18282}
command -v wrk >/dev/null || { DEBIAN_FRONTEND=noninteractive apt-get install -y -q wrk >/dev/null; }
work=$(mktemp -d)
"$binary" --http-host 127.0.0.1 --http-port "$port" --log-level info --shutdown-readiness-delay-seconds 1 \
    --shutdown-drain-timeout-seconds 30 >"$work/service.log" 2>&1 &
service=$!
trap 'kill -KILL $service 2>/dev/null || true; rm -rf "$work"' EXIT
for _ in $(seq 1 600); do
    [ "$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$port/health/ready")" = 200 ] && break
    sleep 0.1
done

# The zero blob, its commitment and proof (both the point at infinity): a valid triple.
infinity="0xc0$(printf '%094d' 0)"
printf '{"blob":"0x%s","commitment":"%s","proof":"%s"}' "$(printf '%0262144d' 0)" "$infinity" "$infinity" >"$work/body.json"

cat >"$work/count.lua" <<'LUA'
local file = io.open(os.getenv("KZG_BODY"), "rb")
wrk.method = "POST"
wrk.body = file:read("*a")
file:close()
wrk.headers["Content-Type"] = "application/json"
local threads = {}
function setup(thread) table.insert(threads, thread) end
function init() counts = {} end
function response(status) counts[status] = (counts[status] or 0) + 1 end
function done(summary)
    local line = ""
    for _, thread in ipairs(threads) do
        for status, n in pairs(thread:get("counts")) do line = line .. " " .. status .. "=" .. n end
    end
    io.write("statuses:" .. line .. "\n")
    local e = summary.errors
    io.write(string.format("requests=%d connect=%d read=%d write=%d timeout=%d\n",
        summary.requests, e.connect, e.read, e.write, e.timeout))
end
LUA

KZG_BODY="$work/body.json" wrk -t1 -c8 -d8s -s "$work/count.lua" "http://127.0.0.1:$port/v1/verify_blob_kzg_proof" \
    >"$work/wrk.txt" &
load=$!
sleep 4
kill -TERM $service
set +e
wait $service
status=$?
set -e
wait $load
grep -E '^(statuses|requests)' "$work/wrk.txt"
python3 - "$work/wrk.txt" "$status" "$work/service.log" <<'PY'
import json, re, sys
text = open(sys.argv[1]).read()
answered = 0
for line in open(sys.argv[3]):
    try:
        entry = json.loads(line)
    except ValueError:
        continue
    if entry.get("message") == "request" and entry.get("route") == "/v1/verify_blob_kzg_proof":
        answered += 1
statuses = dict((int(k), int(v)) for k, v in re.findall(r"(\d+)=(\d+)", text.split("statuses:")[1].split("\n")[0]))
requests = int(re.search(r"requests=(\d+)", text).group(1))
read, write, timeout = (int(re.search(k + r"=(\d+)", text).group(1)) for k in ("read", "write", "timeout"))
ok, refused = statuses.get(200, 0), statuses.get(503, 0)
other = sum(v for k, v in statuses.items() if k not in (200, 503))
print(f"wrk read {requests} responses: {ok} × 200, {refused} × 503, {other} other; the service answered {answered}; "
      f"no answer: read errors {read}, timeouts {timeout} (refused reconnections: {write}); "
      f"service exit status {sys.argv[2]}")
failed = other or read or timeout or answered != requests or sys.argv[2] != "0" or ok == 0
sys.exit(1 if failed else 0)
PY
