"""Chooses which real shopper turns to label, and splits them by chat into train and dev.

A chat whose id hashes to 0 mod 3 is dev, the rest train: the split depends on nothing but the ids, was fixed before
any result was looked at, and is kept in labels/real.tsv. Whole chats are handed to the labellers in hash order.
The first round took chats until TARGET turns were in (2,008 turns, 353 chats); a second round, before any model was
measured on the dev split (only on a held-out part of train), took all the rest (1,993 turns, 348 chats) under the
same rule, so every one of the 4,001 turns is labelled.

    python3 select_turns.py OUT_DIR BATCHES   # writes OUT_DIR/batch_K.jsonl for the labellers (the first round)
"""
import hashlib
import json
import sys
from pathlib import Path

from real_set import SHARED_FILE, skip_without_data

TARGET = 2000


def chat_hash(chat: str) -> int:
    return int(hashlib.sha256(chat.encode()).hexdigest(), 16)


def split_of(chat: str) -> str:
    return "dev" if chat_hash(chat) % 3 == 0 else "train"


def chosen_chats(rows):
    by_chat = {}
    for row in rows:
        by_chat.setdefault(row["chat"], []).append(row)
    chosen, count = [], 0
    for chat in sorted(by_chat, key=chat_hash):
        if count >= TARGET:
            break
        chosen.append(by_chat[chat])
        count += len(by_chat[chat])
    return chosen


def main(out_dir: str, batches: int):
    skip_without_data()
    rows = [json.loads(line) for line in SHARED_FILE.open(encoding="utf-8")]
    chats = chosen_chats(rows)
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    files = [(out / f"batch_{k}.jsonl").open("w", encoding="utf-8") for k in range(batches)]
    sizes = [0] * batches
    for turns in chats:
        k = sizes.index(min(sizes))
        for row in sorted(turns, key=lambda r: r["turn"]):
            files[k].write(json.dumps(row, ensure_ascii=False) + "\n")
        sizes[k] += len(turns)
    for f in files:
        f.close()
    dev = sum(len(t) for t in chats if split_of(t[0]["chat"]) == "dev")
    total = sum(sizes)
    print(f"{len(chats)} chats, {total} turns, dev {dev} ({dev / total:.0%}); batches {sizes}")


if __name__ == "__main__":
    main(sys.argv[1], int(sys.argv[2]))
