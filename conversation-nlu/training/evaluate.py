"""Measures an exported model file the way card.py measures the shipped one: the turns read chat by chat, each turn's
topic being the last request the model itself read, never the labels. For comparing runs of train.py.

    python3 evaluate.py MODEL.onnx holdout    # the fifth of train that `train.py --holdout` left out
    python3 evaluate.py MODEL.onnx dev        # the dev split: only for a model about to be shipped or turned down
    python3 evaluate.py MODEL.onnx written    # our written test split (each message alone, no context)
"""
import sys

from tokenizers import Tokenizer

import card
import data
import metrics
import real_set


def main(model, split):
    sess = card.session(model)
    tokenizer = Tokenizer.from_file(str(real_set.REPO / "conversation-nlu/src/main/resources/nlu/intent-model-tokenizer.json"))
    if split == "written":
        written = data.written_examples("test/resources/nlu/test.tsv")
        probs = [card.probabilities(sess, tokenizer, text, ctx) for text, ctx, _, _ in written]
        for margin in (0.0, 0.2):
            r = metrics.report(probs, [(i, a) for _, _, i, a in written], margin)
            print(f"written, margin {margin:.1f}: right {100 * r['accuracy']:.1f}%  clarify {100 * r['clarify']:.1f}%  "
                  f"misrouted {100 * r['misrouted']:.1f}%  ({r['n']} messages)")
        return
    rows = [r for r in real_set.load("train") if real_set.in_holdout(r["chat"])] if split == "holdout" else real_set.load(split)
    turns = data.real_turns(rows)
    for margin in (0.0, 0.2):
        probs, topic = [], {}
        for t in turns:
            last = topic.get(t["chat"])
            p = card.probabilities(sess, tokenizer, t["text"], data.context(data.owner(last) if last else None, t["previous"], last))
            probs.append(p)
            answer = metrics.decide(p, margin)
            if answer and answer not in card.REPLIES_ONLY:
                topic[t["chat"]] = answer
        r = metrics.report(probs, [(t["intent"], t["also"]) for t in turns], margin)
        print(f"{split}, margin {margin:.1f}: right {100 * r['accuracy']:.1f}%  clarify {100 * r['clarify']:.1f}%  "
              f"misrouted {100 * r['misrouted']:.1f}%  ({r['n']} turns)")


if __name__ == "__main__":
    real_set.skip_without_data()
    main(sys.argv[1], sys.argv[2])
