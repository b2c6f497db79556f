"""Checks and merges the synthetic turns (written by language-model helpers in the style of the real chats, in their
own words) into synthetic.tsv: valid labels, no duplicates, and nothing copied from the real turns.

    python3 check_synthetic.py DRAFT.tsv... > report      # writes synthetic.tsv beside this script

A line is dropped when its text or its agent turn shares a run of RUN characters (masks and spaces aside) with a real
turn or a real agent turn, unless that run is a stock phrase found in at least STOCK chats (您好, 请问还有什么可以帮
您...), and when its text of 5 characters or more is a whole real turn found in fewer than STOCK chats (shorter than a
run, it would slip through). The real turns' licence allows training on them, not copying them: this keeps the
committed file our own.
"""
import re
import sys
from collections import defaultdict

import data
import real_set

RUN = 10
STOCK = 5
MASK = re.compile(r"\[[^\[\]]{1,6}x\]")
FIELDS = ("intent", "also", "topic", "previous", "text")


def squeeze(text):
    return re.sub(r"\s+", "", MASK.sub("□", text))


def runs(text):
    s = squeeze(text)
    return {s[i:i + RUN] for i in range(len(s) - RUN + 1)}


def main(paths):
    real_set.skip_without_data()
    chats, wholes = defaultdict(set), defaultdict(set)
    for row in real_set.load():
        for run in runs(row["text"]) | runs(row["previous_agent_turn"]):
            chats[run].add(row["chat"])
        for whole in (squeeze(row["text"]), squeeze(row["previous_agent_turn"])):
            wholes[whole].add(row["chat"])
    copied = {run for run, c in chats.items() if len(c) < STOCK}
    copied_whole = {w for w, c in wholes.items() if len(w) >= 5 and len(c) < STOCK}
    kept, seen, dropped = [], set(), defaultdict(int)
    requests = set(data.INTENTS) - {"other", "greeting", "goodbye_thanks"}
    for path in paths:
        for line in open(path, encoding="utf-8"):
            parts = line.rstrip("\n").split("\t")
            if len(parts) != 5:
                dropped["not 5 fields"] += 1
                continue
            row = dict(zip(FIELDS, (p.strip() for p in parts)))
            if row["intent"] not in data.INTENTS or (row["also"] and (row["also"] not in data.INTENTS
                                                                       or row["also"] == row["intent"])):
                dropped["unknown label"] += 1
                continue
            if row["topic"] and row["topic"] not in requests:
                dropped["unknown topic"] += 1
                continue
            if not row["text"]:
                dropped["empty"] += 1
                continue
            key = (row["previous"], row["text"])
            if key in seen:
                dropped["duplicate"] += 1
                continue
            if (runs(row["text"]) | runs(row["previous"])) & copied or {squeeze(row["text"]), squeeze(row["previous"])} & copied_whole:
                dropped["copied from a real turn"] += 1
                continue
            seen.add(key)
            kept.append(row)
    with open(real_set.HERE / "synthetic.tsv", "w", encoding="utf-8") as out:
        out.write("# intent\talso\ttopic\tprevious_agent_turn\ttext  (see check_synthetic.py and the README)\n")
        for row in kept:
            out.write("\t".join(row[f] for f in FIELDS) + "\n")
    print(f"kept {len(kept)}; dropped {dict(dropped)}")
    counts = defaultdict(int)
    for row in kept:
        counts[row["intent"]] += 1
    print(" ".join(f"{k} {v}" for k, v in sorted(counts.items(), key=lambda kv: -kv[1])))


if __name__ == "__main__":
    main(sys.argv[1:])
