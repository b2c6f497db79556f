#!/usr/bin/env bash
# How well the complaint category is read from real after-sales turns (issue 12, "beyond the front desk"):
# aftersales-service's keyword rules against a model trained on the labelled train split, both on the dev split.
#   bench/aftersales/categories.sh
# The labels (conversation-nlu/training/labels/aftersales-category.tsv) are joined with ../shared/nlu/ into a
# temporary file; skips where that folder is absent. Builds aftersales-service first (offline when possible) and installs
# the training scripts' Python packages (conversation-nlu/training/requirements.txt).
set -euo pipefail
cd "$(dirname "$0")/../.."
if [[ ! -f ../shared/nlu/real-shopper-messages.jsonl ]]; then
  echo "skipped: ../shared/nlu/real-shopper-messages.jsonl is absent (the real shopper messages are not part of the repository)"
  exit 0
fi
split=dev   # the models learn from the train split
file=$(mktemp --suffix=.tsv)
rules=$(mktemp --suffix=.txt)
trap 'rm -f "$file" "$rules"' EXIT
pip install -q -r conversation-nlu/training/requirements.txt
(cd conversation-nlu/training && python3 categories.py export "$split" "$file")
./mvnw -q ${OFFLINE:--o} -pl aftersales-service -am compile
java -cp aftersales-service/target/classes bench/aftersales/CategoryCheck.java "$file" "$rules"
(cd conversation-nlu/training && python3 categories.py model "$split" "$rules")
# How the head's least probability was chosen: cross-validation on the train split, behind the rules' readings of it.
(cd conversation-nlu/training && python3 categories.py export train "$file")
java -cp aftersales-service/target/classes bench/aftersales/CategoryCheck.java "$file" "$rules" > /dev/null
(cd conversation-nlu/training && python3 categories.py cv "$rules")
