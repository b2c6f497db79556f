#!/usr/bin/env bash
# The shopper simulator against the running stack (start it first with ./run): N random conversations drawn from
# the scenario suite's moves (e2e/scenarios), in random orders and phrasings. Reports the turns whose reply fits the
# stage, those sent to clarification or to the generic fallback, those unanswered, and every tone-rule violation
# (the command fails on one). Needs Node.js 18+, nothing to install.
#   bench/shoppers.sh [conversations=100] [seed=7] [parallel conversations=4]
set -euo pipefail
cd "$(dirname "$0")/.."
curl -sf -o /dev/null "${E2E_BASE_URL:-http://localhost:8080}/q/health/ready" \
  || { echo "no stack at ${E2E_BASE_URL:-http://localhost:8080}: start it with ./run first" >&2; exit 2; }
exec node e2e/scenarios/simulate.mjs "$@"
