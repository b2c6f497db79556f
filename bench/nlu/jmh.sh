#!/usr/bin/env bash
# JMH benchmark of IntentModel.classify over the written test split's messages, each with a bot turn as context.
#   bench/nlu/jmh.sh            both runs below (about 4 minutes)
#   bench/nlu/jmh.sh latency    one thread, sample-time mode: mean and p50/p90/p99/p99.9 per message
#   bench/nlu/jmh.sh throughput two threads, throughput mode: messages per second
# JMH options after the mode replace the default run options below, e.g. bench/nlu/jmh.sh latency -f 1 -wi 2 -w 5s -i 3 -r 5s
set -euo pipefail
cd "$(dirname "$0")/../.."
source bench/nlu/classpath.sh test
what=${1:-both}; shift || true
echo "machine: $(nproc) CPUs, load average $(cut -d' ' -f1-3 /proc/loadavg), $(java -version 2>&1 | head -1)"
COMMON=(-f 1 -wi 3 -w 10s -i 5 -r 10s -jvmArgs "-Xmx256m" -foe true)
(( $# == 0 )) || COMMON=("$@")
if [[ $what == latency || $what == both ]]; then
  java -cp "$CP" org.openjdk.jmh.Main ClassifyBenchmark -bm sample -tu ms -t 1 "${COMMON[@]}" 2> >(grep -v '^SLF4J' >&2)
fi
if [[ $what == throughput || $what == both ]]; then
  java -cp "$CP" org.openjdk.jmh.Main ClassifyBenchmark -bm thrpt -tu s -t 2 "${COMMON[@]}" 2> >(grep -v '^SLF4J' >&2)
fi
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
