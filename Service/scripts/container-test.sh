#!/usr/bin/env bash
# Builds the service's image with podman and runs it for real: waits for readiness, calls the API, checks the
# HEALTHCHECK, sends SIGTERM and checks a clean exit (status 0). Prints the image's size.
#
#   Service/scripts/container-test.sh            (from the repository; installs podman & co. if missing)
#
# The image is the one Service/scripts/build-image.sh builds (and the workbook's container chapters run); podman's
# settings for these machines are in podman-env.sh. The container uses the host's network.
set -euo pipefail
cd "$(dirname "$0")/../.."
root=$PWD
port=${KZG_CONTAINER_TEST_PORT:-18080}
image=localhost/kzg-service:workbook
name=kzg-service-test-$$

source Service/scripts/podman-env.sh
trap 'podman "${podman_options[@]}" rm -f "$name" >/dev/null 2>&1 || true' EXIT
Service/scripts/build-image.sh "$image"
size=$(podman "${podman_options[@]}" image inspect --format '{{.Size}}' "$image")

echo "==> run"
podman "${podman_options[@]}" run -d --name "$name" --network host \
    -e KZG_SERVICE_HTTP_PORT="$port" -e KZG_SERVICE_HTTP_HOST=127.0.0.1 "$image" >/dev/null
user=$(podman "${podman_options[@]}" inspect --format '{{.Config.User}}' "$name")
[ "$user" = "10001:10001" ] || { echo "the container runs as '$user', not the service user" >&2; exit 1; }

ready=0
for _ in $(seq 1 300); do
    if [ "$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$port/health/ready")" = 200 ]; then
        ready=1
        break
    fi
    sleep 0.2
done
if [ $ready != 1 ]; then
    podman "${podman_options[@]}" logs "$name" >&2 || true
    echo "the container never became ready" >&2
    exit 1
fi
echo "ready"

# The zero blob commits to the point at infinity: 0xc0 then 47 zero bytes.
blob="0x$(printf '%0262144d' 0)"
answer=$(printf '{"blob":"%s"}' "$blob" | curl -s -H 'Content-Type: application/json' --data-binary @- \
    "http://127.0.0.1:$port/v1/blob_to_kzg_commitment")
expected="{\"commitment\":\"0xc0$(printf '%094d' 0)\"}"
[ "$answer" = "$expected" ] || { echo "unexpected answer: $answer" >&2; exit 1; }
echo "blob_to_kzg_commitment answered"
problem=$(curl -s -o /dev/null -w '%{http_code} %{content_type}' -H 'Content-Type: application/json' \
    -d '{"blob":"0x00"}' "http://127.0.0.1:$port/v1/blob_to_kzg_commitment")
[ "$problem" = "400 application/problem+json" ] || { echo "unexpected error answer: $problem" >&2; exit 1; }

# The image's HEALTHCHECK, run once by hand (no systemd timers here).
podman "${podman_options[@]}" healthcheck run "$name" >/dev/null && echo "HEALTHCHECK passes"

echo "==> SIGTERM"
podman "${podman_options[@]}" kill --signal TERM "$name" >/dev/null
status=$(podman "${podman_options[@]}" wait "$name")
podman "${podman_options[@]}" logs "$name" 2>&1 | tail -n 3
[ "$status" = 0 ] || { echo "the service exited with $status after SIGTERM" >&2; exit 1; }
echo "container test passed: clean exit after SIGTERM; image size $((size / 1000000)) MB"
