# Sourced by the container scripts: how podman runs on machines without a Docker engine or systemd. The vfs storage
# driver (no overlay mounts in the sandbox), the runc runtime (crun fails on its cgroups), and a containers.conf
# with no default ulimits, since the sandbox may not raise resource limits.
podman_conf_dir=${TMPDIR:-/tmp}/kzg-workbook-podman
mkdir -p "$podman_conf_dir"
printf '[containers]\ndefault_ulimits = []\n' > "$podman_conf_dir/containers.conf"
export CONTAINERS_CONF="$podman_conf_dir/containers.conf"
podman_options=(--storage-driver vfs --runtime runc)
