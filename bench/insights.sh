#!/usr/bin/env bash
# Events a second one insights-service instance keeps up with, on the running stack (./run in another terminal):
# a burst of synthetic conversations to the real topics, then the consumer group's lag watched back to zero.
#   bench/insights.sh [conversations=5000] [bootstrap=localhost:9092]
#   bench/insights.sh --watch [bootstrap=localhost:9092]   (the lag once a second, until stopped: bench/load.mjs uses it)
set -euo pipefail
cd "$(dirname "$0")/.."
[[ -d insights-service/target/quarkus-app/lib/main ]] || ./mvnw -q -pl insights-service -am install -DskipTests
exec java -cp "insights-service/target/quarkus-app/lib/main/*:insights-service/target/quarkus-app/app/*" \
  bench/InsightsThroughput.java "$@"
