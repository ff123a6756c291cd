#!/usr/bin/env bash
# Builds the KZG service's image with podman from Service/Containerfile, or only its build context:
#
#   Service/scripts/build-image.sh [TAG]                  the image (default localhost/kzg-service:workbook)
#   Service/scripts/build-image.sh --context-only DIR     DIR gets kzg-service and trusted_setup.txt, nothing else
#
# Installs podman & co. from Debian when they are missing, makes the one base image every container of the workbook
# starts from (Debian bookworm minbase through debootstrap, since no registry is reachable: imported once as
# localhost/debian:bookworm-minbase), builds the release binary with the Swift standard library linked in and strips
# it. Podman here: the vfs storage driver, chroot isolation, and CONTAINERS_CONF with no default ulimits (the
# sandbox may not raise them); see podman-env.sh, which callers source for the same settings.
set -euo pipefail
cd "$(dirname "$0")/../.."
source Service/scripts/podman-env.sh

context_only=""
if [ "${1:-}" = "--context-only" ]; then
    context_only=${2:?--context-only needs a folder}
    shift 2
fi
image=${1:-localhost/kzg-service:workbook}

missing=()
for tool in podman buildah runc debootstrap catatonit curl strip; do command -v "$tool" >/dev/null || missing+=("$tool"); done
if [ ${#missing[@]} -gt 0 ]; then
    # catatonit is the init of the pods `podman kube play` makes.
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -q
    apt-get install -y -q --no-install-recommends podman buildah runc debootstrap catatonit curl binutils
fi

if ! podman "${podman_options[@]}" image exists localhost/debian:bookworm-minbase; then
    echo "==> base image: debootstrap bookworm (minbase)" >&2
    rootfs=$(mktemp -d)
    mirror=$(sed -n 's/^URIs: *//p' /etc/apt/sources.list.d/debian.sources 2>/dev/null | head -n 1)
    debootstrap --variant=minbase bookworm "$rootfs" "${mirror:-http://deb.debian.org/debian}" >/dev/null
    tar -C "$rootfs" -c . | podman "${podman_options[@]}" import - localhost/debian:bookworm-minbase >/dev/null
    rm -rf "$rootfs"
fi

echo "==> release binary (static Swift standard library)" >&2
swift build -c release --static-swift-stdlib --package-path Service --product kzg-service >&2
binary=$(swift build -c release --static-swift-stdlib --package-path Service --show-bin-path)/kzg-service

# The context of the last image built is kept in Service/.build/image-context, where the workbook's checks of a
# learner's Dockerfile take it from instead of building again.
context=${context_only:-$PWD/Service/.build/image-context}
mkdir -p "$context"
# Without its symbols: they are most of the file, and the service never reads them.
strip -o "$context/kzg-service" "$binary"
cp Data/kzg/trusted_setup.txt "$context/trusted_setup.txt"
[ -n "$context_only" ] && exit 0

echo "==> image $image" >&2
podman "${podman_options[@]}" build --isolation chroot --format docker -t "$image" -f Service/Containerfile \
    "$context" >/dev/null
size=$(podman "${podman_options[@]}" image inspect --format '{{.Size}}' "$image")
echo "image $image: $size bytes ($((size / 1000000)) MB)"
