#!/usr/bin/env bash
# Builds the service's image with podman and runs it for real: waits for readiness, calls the API, checks the
# HEALTHCHECK, sends SIGTERM and checks a clean exit (status 0). Prints the image's size.
#
#   Service/scripts/container-test.sh            (from the repository; installs podman & co. if missing)
#
# Podman on these machines: no Docker engine, the vfs storage driver, the runc runtime, chroot isolation, host
# networking; the base image is made with debootstrap, since no registry is reachable.
set -euo pipefail
cd "$(dirname "$0")/../.."
root=$PWD
port=${KZG_CONTAINER_TEST_PORT:-18080}
image=localhost/kzg-service:test
name=kzg-service-test-$$

missing=()
for tool in podman buildah runc debootstrap curl; do command -v "$tool" >/dev/null || missing+=("$tool"); done
if [ ${#missing[@]} -gt 0 ]; then
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -q
    apt-get install -y -q --no-install-recommends podman buildah runc debootstrap curl
fi

work=$(mktemp -d)
trap 'podman "${podman_options[@]}" rm -f "$name" >/dev/null 2>&1 || true; rm -rf "$work"' EXIT
# The sandbox may not raise resource limits: containers get none of their own.
printf '[containers]\ndefault_ulimits = []\n' > "$work/containers.conf"
export CONTAINERS_CONF="$work/containers.conf"
podman_options=(--storage-driver vfs)
run_options=(--runtime runc)

if ! podman "${podman_options[@]}" image exists localhost/debian:bookworm-minbase; then
    echo "==> base image: debootstrap bookworm (minbase)"
    mirror=$(sed -n 's/^URIs: *//p' /etc/apt/sources.list.d/debian.sources 2>/dev/null | head -n 1)
    debootstrap --variant=minbase bookworm "$work/rootfs" "${mirror:-http://deb.debian.org/debian}" >/dev/null
    tar -C "$work/rootfs" -c . | podman "${podman_options[@]}" import - localhost/debian:bookworm-minbase >/dev/null
    rm -rf "$work/rootfs"
fi

echo "==> release binary (static Swift standard library)"
swift build -c release --static-swift-stdlib --package-path Service --product kzg-service
binary=$(swift build -c release --static-swift-stdlib --package-path Service --show-bin-path)/kzg-service

echo "==> image"
mkdir "$work/context"
# Without its symbols: they are most of the file, and the service never reads them.
strip -o "$work/context/kzg-service" "$binary"
cp Data/kzg/trusted_setup.txt "$work/context/trusted_setup.txt"
cp Service/Containerfile "$work/context/Containerfile"
podman "${podman_options[@]}" build --isolation chroot --format docker -t "$image" -f "$work/context/Containerfile" \
    "$work/context" >/dev/null
size=$(podman "${podman_options[@]}" image inspect --format '{{.Size}}' "$image")
echo "image $image: $size bytes ($((size / 1000000)) MB)"

echo "==> run"
podman "${podman_options[@]}" run "${run_options[@]}" -d --name "$name" --network host \
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
