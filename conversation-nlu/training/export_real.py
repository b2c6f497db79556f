"""Writes a split of the labelled real turns, masks filled, in chat order, for the Java evaluation
(bench/nlu/evaluate.sh real), which works out each turn's topic from its own answers. The file holds real text: it
goes to a temporary folder, never into the repository.

    python3 export_real.py dev /tmp/real-dev.tsv
    python3 export_real.py holdout /tmp/real-holdout.tsv   # the fifth of train that `train.sh --holdout` leaves out
"""
import sys

import data
import real_set


def main(split, out):
    if split == "holdout":
        turns = data.real_turns([r for r in real_set.load("train") if real_set.in_holdout(r["chat"])])
    else:
        turns = data.real_turns(real_set.load(split))
    with open(out, "w", encoding="utf-8") as f:
        for t in turns:
            f.write("\t".join([t["chat"], t["intent"], t["also"] or "", t["previous"], t["text"]]) + "\n")
    print(f"wrote {len(turns)} {split} turns to {out}")


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
