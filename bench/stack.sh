#!/usr/bin/env bash
# Measures the local stack as a newcomer meets it: time from ./run to "stack up", resident memory of each
# process once it is idle, and the welcome latency (bench/WelcomeLatency.java). Then stops the stack and checks
# that nothing is left. Loopback only.
#   bench/stack.sh [conversations=50]
set -euo pipefail
cd "$(dirname "$0")/.."
n="${1:-50}"
log=$(mktemp)
./run > "$log" 2>&1 &
runner=$!
trap 'kill -TERM $runner 2>/dev/null || true' EXIT
for _ in $(seq 1 180); do
  grep -q "stack up in" "$log" && break
  kill -0 $runner 2>/dev/null || { cat "$log"; exit 1; }
  sleep 1
done
grep "stack up in" "$log"
sleep 5
echo "resident memory (RSS) when idle:"
for pid in $(pgrep -f "quarkus-run.jar|local-stack.jar|bin/postgres"); do
  name=$(tr '\0' ' ' < /proc/$pid/cmdline | grep -oE "(greeting|negotiation|order|aftersales)-service|local-stack.jar|postgres" | head -1)
  printf "  %-22s %6d MB\n" "$name" $(( $(awk '/VmRSS/ {print $2}' /proc/$pid/status) / 1024 ))
done
java bench/WelcomeLatency.java http://localhost:8080 "$n"
echo "greeting-service RSS after the run: $(( $(awk '/VmRSS/ {print $2}' /proc/$(pgrep -f greeting-service/target/quarkus-app)/status) / 1024 )) MB"
start=$(date +%s%N)
kill -TERM $runner
wait $runner || true
trap - EXIT
echo "stopped in $(( ($(date +%s%N) - start) / 1000000 )) ms; left over: $(pgrep -fc "quarkus-run.jar|local-stack.jar|bin/postgres" || true) processes"
