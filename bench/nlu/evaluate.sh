#!/usr/bin/env bash
# Evaluates conversation-nlu's classifier through its Java runtime (the numbers the READMEs quote).
#   bench/nlu/evaluate.sh real     the real dev split: labelled real shoppers' turns (conversation-nlu/training/labels),
#                                  joined with ../shared/nlu/ into a temporary file; skips where that folder is absent
#   bench/nlu/evaluate.sh real train   the same on the real train split (what the model learnt from)
#   bench/nlu/evaluate.sh [test]   our written test split: the model and the keyword fallback
# Builds the module first (offline when the dependencies are already local).
set -euo pipefail
cd "$(dirname "$0")/../.."
mode=${1:-test}
if [[ $mode == real ]]; then
  if [[ ! -f ../shared/nlu/real-shopper-messages.jsonl ]]; then
    echo "skipped: ../shared/nlu/real-shopper-messages.jsonl is absent (the real shopper messages are not part of the repository)"
    exit 0
  fi
  split=${2:-dev}
  file=$(mktemp --suffix=.tsv)
  trap 'rm -f "$file"' EXIT
  (cd conversation-nlu/training && python3 export_real.py "$split" "$file")
  set -- real "$file"
fi
source bench/nlu/classpath.sh runtime
java -Xmx256m ${JAVA_OPTS:-} -cp "$CP" com.dianxiaoer.nlu.eval.Evaluate "$@" 2> >(grep -v '^SLF4J' >&2)
