#!/usr/bin/env python3
"""Splits bench/nlu/labelled.tsv ONCE into
  conversation-nlu/src/main/resources/nlu/examples.tsv  the examples the classifier learns from (about 55%)
  conversation-nlu/src/test/resources/nlu/test.tsv      the test split it never sees (about 45%)
stratified by group (each intent, and the multi-intent messages as a group of their own), with a fixed seed.
It was run once when the set was written; the two files are the split. Do not re-run it to chase a better
test score: that would turn the test split into a tuning set.
"""
import os, random
from collections import defaultdict

SEED = 20261124
TEST_SHARE = 0.45
here = os.path.dirname(os.path.abspath(__file__))
root = os.path.normpath(os.path.join(here, "..", ".."))
groups = defaultdict(list)
with open(os.path.join(here, "labelled.tsv"), encoding="utf-8") as f:
    for line in f:
        line = line.rstrip("\n")
        if not line or line.startswith("#"):
            continue
        intent, text, secondary, group = line.split("\t")
        groups[group].append((intent, text, secondary))
rng = random.Random(SEED)
train, test = [], []
for group in sorted(groups):
    rows = groups[group][:]
    rng.shuffle(rows)
    n_test = round(len(rows) * TEST_SHARE)
    test += rows[:n_test]
    train += rows[n_test:]

def write(path, rows, what):
    with open(os.path.join(root, path), "w", encoding="utf-8") as f:
        f.write("# " + what + " of bench/nlu/labelled.tsv (split once by bench/nlu/split.py, seed %d)\n" % SEED)
        f.write("# intent<TAB>text[<TAB>secondary intent]\n")
        for intent, text, secondary in rows:
            f.write(intent + "\t" + text + ("\t" + secondary if secondary else "") + "\n")
    print(len(rows), "->", path)

write("conversation-nlu/src/main/resources/nlu/examples.tsv", train, "The training split (the classifier's examples)")
write("conversation-nlu/src/test/resources/nlu/test.tsv", test, "The test split (never learnt from, never tuned on)")
