"""The complaint category of real after-sales turns (labels/aftersales-category.tsv: chat, turn, category; the
categories are aftersales-service's `Category`), for issue 12's "beyond the front desk": does a model read it better
than aftersales-service's keyword rules? bench/aftersales/categories.sh runs both on the same turns.

    python3 categories.py export dev FILE   # chat, label, text in chat order, masks filled: for the Java keyword check
    python3 categories.py model dev [RULES] # learn on the train split's turns, report on the dev split; RULES: the
                                            # keyword rules' reading of each exported turn (CategoryCheck.java)

Two models, each a multinomial logistic regression learnt on the train split's labelled turns (scikit-learn): over
character 1–3-grams of the turn, and over the intent model's sentence vector (its [CLS] output, which greeting-service
computes for every message anyway), alone and behind the keyword rules (the model where they name nothing). As in the
keyword check, each is measured in its chat two ways: the first category named stays (what a case does), or the last.
"""
import csv
import sys
from collections import Counter

import numpy as np
from tokenizers import Tokenizer

import card
import data
import real_set

CATEGORIES = ["wrong_item", "missing_item", "damaged", "colour_difference", "price_drop", "late_delivery",
              "service_attitude", "quality", "no_reason", "other"]


def turns(split):
    """The labelled turns of a split in chat order, masks filled as for the intent model (data.real_turns)."""
    labels = {}
    with (real_set.HERE / "labels" / "aftersales-category.tsv").open(encoding="utf-8") as f:
        for row in csv.DictReader(f, delimiter="\t"):
            labels[(row["chat"], int(row["turn"]))] = row["category"]
    return [{**t, "category": labels[(t["chat"], t["turn"])]} for t in data.real_turns(real_set.load(split))
            if (t["chat"], t["turn"]) in labels]


def in_chat(chats, answers, first):
    """Each turn's category in its chat: the first one named stays (first=True, as a case keeps it in aftersales-service's
    ComplaintDesk), or the last one named (as the labels follow the chat)."""
    out, current, chat = [], "other", None
    for c, a in zip(chats, answers):
        if c != chat:
            chat, current = c, "other"
        if a != "other" and (not first or current == "other"):
            current = a
        out.append(current)
    return out


def report(name, gold, answers):
    right = sum(g == a for g, a in zip(gold, answers))
    print(f"== {name}: {len(gold)} turns, right {100 * right / len(gold):.1f}%")
    for c in CATEGORIES:
        support = sum(g == c for g in gold)
        said = sum(a == c for a in answers)
        hit = sum(g == a == c for g, a in zip(gold, answers))
        if support or said:
            print(f"{c:18s} {support:8d} {hit / said if said else 0:10.2f} {hit / support if support else 0:8.2f}")
    worst = Counter((g, a) for g, a in zip(gold, answers) if g != a).most_common(8)
    print("worst confusions:" + "".join(f"  {g} → {a} {n}" for (g, a), n in worst))


def sentence_vectors(sess, tokenizer, items):
    return np.array([card.output(sess, tokenizer, t["text"], data.context("aftersales", t["previous"]), "sentence")
                     for t in items])


def model(split, rules=None):
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.linear_model import LogisticRegression
    learn, test = turns("train"), turns(split)
    gold = [t["category"] for t in test]
    chats = [t["chat"] for t in test]
    grams = TfidfVectorizer(analyzer="char", ngram_range=(1, 3), sublinear_tf=True, min_df=2)
    x = grams.fit_transform([t["text"].lower() for t in learn])
    lr = LogisticRegression(C=10, max_iter=5000).fit(x, [t["category"] for t in learn])
    said = open(rules, encoding="utf-8").read().split() if rules else None
    readings = {"character n-grams": lr.predict(grams.transform([t["text"].lower() for t in test]))}
    nlu = real_set.REPO / "conversation-nlu/src/main/resources/nlu"
    sess, tokenizer = card.session(nlu / "intent-model.onnx"), Tokenizer.from_file(str(nlu / "intent-model-tokenizer.json"))
    lr = LogisticRegression(C=1, max_iter=5000).fit(sentence_vectors(sess, tokenizer, learn), [t["category"] for t in learn])
    readings["the intent model's sentence vector"] = lr.predict(sentence_vectors(sess, tokenizer, test))
    for first, how in ((True, "the first named stays"), (False, "the last named")):
        for name, answers in readings.items():
            report(f"{name}, in its chat, {how}", gold, in_chat(chats, answers, first))
            if said:
                blend = [k if k != "other" else a for k, a in zip(said, answers)]
                report(f"the keyword rules, then {name} where they name nothing, in its chat, {how}", gold,
                       in_chat(chats, blend, first))


def export(split, out):
    with open(out, "w", encoding="utf-8") as f:
        for t in turns(split):
            f.write("\t".join([t["chat"], t["category"], " ".join(t["text"].split())]) + "\n")


if __name__ == "__main__":
    real_set.skip_without_data()
    if sys.argv[1] == "export":
        export(sys.argv[2], sys.argv[3])
    else:
        model(sys.argv[2] if len(sys.argv) > 2 else "dev", sys.argv[3] if len(sys.argv) > 3 else None)
