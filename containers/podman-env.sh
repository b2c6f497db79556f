# Sourced by build-images and test: podman and its tools from Debian (installed if missing, as root or with sudo),
# and the settings that make containers run on these machines. crun, podman's default runtime, fails on this
# kernel's hybrid cgroups and podman's default file limits are above the machine's: runc, and lower limits, in a
# containers.conf that only these scripts use (the machine's own podman settings are left alone).
retry() { local i; for i in 1 2 3; do "$@" && return 0; ((i < 3)) && sleep 15; done; return 1; }
if ! command -v podman > /dev/null || ! command -v podman-compose > /dev/null || ! command -v debootstrap > /dev/null \
   || ! command -v runc > /dev/null; then
  sudo=()
  [[ $(id -u) -eq 0 ]] || sudo=(sudo)
  retry "${sudo[@]}" apt-get update
  retry "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y podman buildah runc debootstrap podman-compose
fi
CONTAINERS_CONF=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)/containers.conf
export CONTAINERS_CONF
