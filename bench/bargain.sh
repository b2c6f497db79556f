#!/usr/bin/env bash
# Bargaining measured by revenue: the documented shopper population of bench/BargainSimulation.java against
# negotiation-service's strategy and two baselines, for the demo coat and two other policies. About 10 seconds.
#   bench/bargain.sh [shoppers=600] [seed=7]
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -q -pl negotiation-service -am compile -DskipTests
java -cp negotiation-service/target/classes bench/BargainSimulation.java "$@"
