#!/usr/bin/env bash
# Recovery under load, against a running ./run: sends messages at a steady rate (bench/load.mjs), kills a service with
# kill -9 in the middle, starts it again 3 s later with the same command and environment, and reports how long the
# messages accepted before the crash waited after the restart, and the transcript audit (unanswered, doubled).
#   bench/recovery.sh [service=greeting-service] [rate=20] [mix=front; all reaches every stage]
set -euo pipefail
cd "$(dirname "$0")/.."
service=${1:-greeting-service}
rate=${2:-20}
mix=${3:-front}
pid=$(pgrep -f "$service/target/quarkus-app/quarkus-run.jar" | head -1) \
  || { echo "no $service running: start the stack with ./run first" >&2; exit 2; }
mapfile -d '' args < "/proc/$pid/cmdline"
mapfile -d '' environment < "/proc/$pid/environ"
cwd=$(readlink "/proc/$pid/cwd")
log=$(mktemp)
logs="$(pwd)/.local-stack/logs"
timeline=$(mktemp)
node bench/load.mjs --rate "$rate" --mix "$mix" --seconds 40 --warmup 5 --drain 90 --timeline "$timeline" > "$log" 2>&1 &
load=$!
sleep 20
kill -9 "$pid"
killed=$(date +%s%3N)
echo "killed $service (pid $pid) at +20 s"
sleep 3
(cd "$cwd" && exec env -i "${environment[@]}" "${args[@]}" >> "$logs/$service.restarted.log" 2>&1) &
restarted=$(date +%s%3N)
restarted_pid=$!
echo "started it again 3 s later (pid $restarted_pid; log $logs/$service.restarted.log)"
wait "$load" || true
grep -E "^measured|^latency|^audit" "$log"
node -e '
const [file, killed, restarted] = [process.argv[1], Number(process.argv[2]), Number(process.argv[3])];
const rows = require("fs").readFileSync(file, "utf8").trim().split("\n").map(JSON.parse);
const before = rows.filter((r) => r.accepted && r.accepted < killed);
const late = before.filter((r) => r.replied && r.replied > killed);
const waits = late.map((r) => r.replied - restarted).sort((a, b) => a - b);
const open = before.filter((r) => !r.replied).length;
console.log(`accepted before the crash: ${before.length}; answered after it: ${late.length}, the last ${waits.length ? (waits[waits.length - 1] / 1000).toFixed(1) : "-"} s after the restart; never answered: ${open}`);
const after = rows.filter((r) => r.accepted && r.accepted > restarted && r.replied);
const lat = after.map((r) => r.replied - r.sent).sort((a, b) => a - b);
if (lat.length) console.log(`accepted after the restart: ${after.length}, p99 ${Math.round(lat[Math.ceil(0.99 * lat.length) - 1])} ms`);
' "$timeline" "$killed" "$restarted"
echo "the restarted $service (pid $restarted_pid) runs outside ./run, which will not stop it: kill $restarted_pid when done"
