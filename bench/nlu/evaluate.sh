#!/usr/bin/env bash
# Evaluates conversation-nlu's classifiers.
#   bench/nlu/evaluate.sh          test split: embedding classifier and keyword fallback (the README's numbers)
#   bench/nlu/evaluate.sh cv       5-fold cross-validation on the training split (default settings)
#   bench/nlu/evaluate.sh sweep    cross-validated grid over the settings (how the defaults were chosen)
# Builds the module first (offline when the dependencies are already local).
set -euo pipefail
cd "$(dirname "$0")/../.."
source bench/nlu/classpath.sh runtime
exec java -Xmx256m ${JAVA_OPTS:-} -cp "$CP" com.dianxiaoer.nlu.eval.Evaluate "$@" 2> >(grep -v '^SLF4J' >&2)
