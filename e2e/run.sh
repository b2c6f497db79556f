#!/usr/bin/env bash
# Browser tests of the widget and the demo shop: installs Debian's Chromium if it is missing (as root, or with sudo),
# installs playwright-core from the lock file, then runs test.mjs, which starts ./run --fresh itself and stops it.
# The services' jars must exist first: ./mvnw verify (or ./mvnw -DskipTests install).
set -euo pipefail
cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")"
# Debian's Chromium, and a Chinese font so that the screenshots show the chat rather than empty boxes.
if [[ ! -x /usr/bin/chromium ]] || ! fc-list :lang=zh 2>/dev/null | grep -q .; then
  sudo=()
  [[ $(id -u) -eq 0 ]] || sudo=(sudo)
  "${sudo[@]}" apt-get update
  "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y chromium fonts-wqy-zenhei
fi
npm ci --no-audit --no-fund
node test.mjs
