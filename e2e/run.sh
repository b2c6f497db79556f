#!/usr/bin/env bash
# Browser tests of the widget and the demo shop: installs Debian's Chromium if it is missing (as root, or with sudo),
# installs playwright-core from the lock file, then runs test.mjs, which starts ./run --fresh itself and stops it.
# The services' jars must exist first: ./mvnw verify (or ./mvnw -DskipTests install).
set -euo pipefail
cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")"
# A package mirror that hiccups once should not fail the run: three tries, 15 s apart.
retry() { local i; for i in 1 2 3; do "$@" && return 0; ((i < 3)) && sleep 15; done; return 1; }
# Debian's Chromium, and a Chinese font so that the screenshots show the chat rather than empty boxes.
if [[ ! -x /usr/bin/chromium ]] || ! fc-list :lang=zh 2>/dev/null | grep -q .; then
  sudo=()
  [[ $(id -u) -eq 0 ]] || sudo=(sudo)
  retry "${sudo[@]}" apt-get update
  retry "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y chromium fonts-wqy-zenhei
fi
retry npm ci --no-audit --no-fund
node test.mjs
