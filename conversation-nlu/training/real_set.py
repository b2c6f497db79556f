"""The labelled real shopper turns: our labels (labels/real.tsv, keys only) joined with their text.

The text lives outside the repository, in ../shared/nlu/ beside the project (see its README: its
licence allows measuring and training, not copying). Where it is absent, as in a fresh clone, every
script that needs it says so and exits 0.
"""
import csv
import hashlib
import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parent.parent
SHARED_FILE = REPO.parent / "shared" / "nlu" / "real-shopper-messages.jsonl"
LABELS = HERE / "labels" / "real.tsv"


def skip_without_data():
    if not SHARED_FILE.exists():
        print(f"skipped: {SHARED_FILE} is absent (the real shopper messages are not part of the repository)")
        sys.exit(0)


def in_holdout(chat):
    """A fifth of the chats, by a hash of their id: what `train.sh --holdout` leaves out of the train split to choose
    the settings on, so that the dev split is measured once, with settings it had no part in."""
    return int(hashlib.sha256(("holdout" + chat).encode()).hexdigest(), 16) % 5 == 0


def load(split=None):
    """Labelled turns as dicts: chat, turn, split, intent, also, previous_agent_turn, text."""
    skip_without_data()
    text = {}
    for line in SHARED_FILE.open(encoding="utf-8"):
        row = json.loads(line)
        text[(row["chat"], int(row["turn"]))] = row
    out = []
    with LABELS.open(encoding="utf-8") as f:
        for row in csv.DictReader(f, delimiter="\t"):
            if split and row["split"] != split:
                continue
            source = text[(row["chat"], int(row["turn"]))]
            out.append({**row, "turn": int(row["turn"]), "also": row["also"] or None,
                        "previous_agent_turn": source["previous_agent_turn"], "text": source["text"]})
    return out
