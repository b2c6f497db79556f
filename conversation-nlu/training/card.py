"""After training: reads the exported int8 model with ONNX Runtime (as the service will), measures it on the real dev
split and on our written test split, writes the probe the Java test compares against, and the model card.

    python3 card.py --model DIR/intent-model.onnx --tokenizer TOKENIZER.json --history DIR/history.json --card OUT.md --probe OUT.tsv
"""
import argparse
import hashlib
import json
import subprocess
from pathlib import Path

import numpy as np
import onnxruntime as ort
from tokenizers import Tokenizer

import data
import metrics
import real_set

# Written in our own words: the probe must never hold real shoppers' text.
PROBE = [
    ("", "", "", "在吗"),
    ("", "", "", "有货吗 能便宜点吗"),
    ("", "", "", "這件大衣還有貨嗎"),
    ("order", "address_change", "好的亲，请问新的收货地址是哪里呢？", "安徽合肥蜀山区"),
    ("order", "", "亲，需要给您开具电子发票吗？", "要的"),
    ("aftersales", "complaint", "非常抱歉，麻烦拍一张商品问题的照片发给我", "https://img.example.com/a.jpg 你看下"),
    ("negotiation", "bargain", "亲，这款已经是活动价了哦", "再便宜二十吧"),
    ("", "", "", "我买的东西怎么还没到 都三天了"),
    ("greeting", "", "亲，欢迎光临小店～有什么可以帮您的吗？", "转人工"),
    ("", "", "", "订单号123456789012 帮我取消一下"),
    ("order", "logistics", "亲，您的包裹已经在派送途中，预计明天送达", "好的 谢谢"),
    ("", "", "", "ok啦👌"),
]
REPLIES_ONLY = ("other", "greeting", "goodbye_thanks")


def session(path):
    options = ort.SessionOptions()
    options.intra_op_num_threads = 1
    return ort.InferenceSession(str(path), options, providers=["CPUExecutionProvider"])


def output(sess, tokenizer, text, ctx, name):
    """One of the exported model's outputs (intent_logits, present_logits, sentence) for a message in its context."""
    ids, types = data.encode(tokenizer, text, ctx)
    return sess.run([name], {"input_ids": np.array([ids], dtype=np.int64),
                             "attention_mask": np.ones((1, len(ids)), dtype=np.int64),
                             "token_type_ids": np.array([types], dtype=np.int64)})[0][0]


def probabilities(sess, tokenizer, text, ctx):
    out = output(sess, tokenizer, text, ctx, "intent_logits")
    e = np.exp(out - out.max())
    return e / e.sum()


def as_in_service(sess, tokenizer, turns, margin):
    """Each turn's context and intent probabilities, chat by chat, each turn's topic being the last request the model
    itself read before it (as in the service, which has no labels)."""
    topic = {}
    for t in turns:
        last = topic.get(t["chat"])
        ctx = data.context(data.owner(last) if last else None, t["previous"], last)
        p = probabilities(sess, tokenizer, t["text"], ctx)
        yield ctx, p
        answer = metrics.decide(p, margin)
        if answer and answer not in REPLIES_ONLY:
            topic[t["chat"]] = answer


def main():
    import train  # torch: only the card needs the training settings, not the readers of a model file

    parser = argparse.ArgumentParser()
    parser.add_argument("--model", required=True)
    parser.add_argument("--tokenizer", required=True)
    parser.add_argument("--history", required=True)
    parser.add_argument("--card", required=True)
    parser.add_argument("--probe", required=True)
    parser.add_argument("--margin", type=float, default=0.10)
    parser.add_argument("--base-artifact", default="")
    parser.add_argument("--probe-only", action="store_true", help="write the probe, measure nothing (while choosing settings)")
    args = parser.parse_args()
    sess = session(args.model)
    tokenizer = Tokenizer.from_file(args.tokenizer)

    with open(args.probe, "w", encoding="utf-8") as f:
        f.write("# stage<TAB>last request<TAB>previous turn<TAB>message<TAB>the exported model's intent probabilities in"
                " training/data.py's order, read by ONNX Runtime in Python (written by training/card.py)\n")
        for stage, topic, previous, text in PROBE:
            p = probabilities(sess, tokenizer, text, data.context(stage or None, previous, topic or None))
            f.write("\t".join([stage, topic, previous, text, ",".join(f"{x:.5f}" for x in p)]) + "\n")
    if args.probe_only:
        return

    dev = data.real_turns(real_set.load("dev"))
    dev_probs = [p for _, p in as_in_service(sess, tokenizer, dev, args.margin)]
    dev_report = metrics.report(dev_probs, [(t["intent"], t["also"]) for t in dev], args.margin)
    written = data.written_examples("test/resources/nlu/test.tsv")
    written_probs = [probabilities(sess, tokenizer, text, ctx) for text, ctx, _, _ in written]
    written_report = metrics.report(written_probs, [(i, a) for _, _, i, a in written], args.margin)

    history = json.loads(Path(args.history).read_text())
    commit = subprocess.run(["git", "rev-parse", "--short", "HEAD"], capture_output=True, text=True).stdout.strip()
    dirty = subprocess.run(["git", "status", "--porcelain", "--", "."], capture_output=True, text=True).stdout.strip()
    if dirty:
        commit += " with uncommitted changes (the commit that adds this card holds them)"
    if "trained_at" in history:  # a file exported again by `train.py --from-onnx`: its weights are older
        commit = f"{history['trained_at']}; exported again by `train.py --from-onnx` at {commit}"
    labels = real_set.LABELS.read_text(encoding="utf-8").splitlines()[1:]
    train_n = sum(1 for l in labels if l.split("\t")[2] == "train")
    model_bytes = Path(args.model).read_bytes()

    def line(r):
        return (f"right {100 * r['accuracy']:.1f}% · asked to clarify {100 * r['clarify']:.1f}% · "
                f"misrouted {100 * r['misrouted']:.1f}% ({r['n']} messages)")

    card = f"""# Model card: intent-model.onnx

Written by `training/card.py` at the end of `training/train.sh`; the figures are ONNX Runtime's reading of the shipped
int8 file in Python, with the clarify margin alone (the service adds its rules: see the module README for the figures
measured through the Java classifier, `bench/nlu/evaluate.sh`).

| | |
|---|---|
| what | intent classifier for the front desk: 17 intents (docs/design.md), a softmax head and a presence head (for a second request) on the [CLS] vector |
| base | bge-small-zh-v1.5 (4 layers, 512 wide), its int8 ONNX weights from `{args.base_artifact}`, dequantized to start from |
| input | the message (lower-cased, first {data.MAX_TEXT_CHARS} characters), and as a second segment a word for the conversation's topic (its last request, else the owning stage) and the last {data.MAX_CONTEXT_CHARS} characters of the bot's previous turn |
| data | {train_n} labelled real shopper turns (train split of `labels/real.tsv`, JDDC via `../shared/nlu/`, masks filled with made-up values), plus our {len(data.written_examples("main/resources/nlu/examples.tsv", "main/resources/nlu/seeds.tsv"))} written examples (`examples.tsv`, `seeds.tsv`) |
| training | seed {train.SEED}, {json.dumps(history["settings"])}, AdamW (heads at 10x the encoder's rate), linear warm-up and decay, label smoothing 0.05, presence loss 0.5 |
| export | ONNX opset 17, the last layer computed for [CLS] only, dynamic int8 quantization of the weights, per channel (onnxruntime.quantization) |
| size | {len(model_bytes) / 1e6:.1f} MB, sha256 {hashlib.sha256(model_bytes).hexdigest()[:16]} |
| commit | trained from the labels and code at {commit} |
| clause reading | the service also reads each clause of a multi-clause message alone where the whole reading hints at a second request (IntentModel); not measured here |
| clarify margin | {args.margin} (chosen on a fifth of the train split's chats held out; see the README) |

## Measured

| split | figures |
|---|---|
| real dev split (labels/real.tsv, split = dev; never trained on) | {line(dev_report)} |
| our written test split (`src/test/resources/nlu/test.tsv`) | {line(written_report)} |

Worst confusions on the real dev split (labelled → answered): {", ".join(f"{a} → {b} ({n})" for (a, b), n in dev_report["confusions"][:8])}.

Training history: {json.dumps(history["epochs"])}
"""
    Path(args.card).write_text(card, encoding="utf-8")
    print(card)


if __name__ == "__main__":
    main()
