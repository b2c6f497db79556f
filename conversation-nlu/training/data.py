"""What the model reads: a customer message, and as context the stage that owns the conversation and the
bot's previous turn. The same shaping is done in Java (IntentModel); change both together."""
import os
import random
import re
from pathlib import Path

from real_set import REPO

INTENTS = ["greeting", "goodbye_thanks", "stock", "size_spec", "authenticity", "promotion", "bargain", "payment",
           "invoice", "shipping_time", "logistics", "address_change", "order_change", "return_refund", "complaint",
           "human_agent", "other"]
# The routing contract (docs/design.md, "Intents and their owners"): which stage owns an intent. Front-desk intents and `other` stay at the front desk.
OWNER = {"promotion": "negotiation", "bargain": "negotiation", "payment": "order", "invoice": "order",
         "shipping_time": "order", "logistics": "order", "address_change": "order", "order_change": "order",
         "return_refund": "aftersales", "complaint": "aftersales", "human_agent": "human"}
# How the conversation's topic is written into the context, in the shop's words, so that the encoder knows the
# characters: the last request read (more precise), else the stage that owns the conversation.
STAGE_WORDS = {"negotiation": "议价", "order": "订单", "aftersales": "售后"}
TOPIC_WORDS = {"stock": "库存", "size_spec": "商品", "authenticity": "正品", "promotion": "优惠", "bargain": "议价",
               "payment": "付款", "invoice": "发票", "shipping_time": "发货", "logistics": "物流", "address_change": "地址",
               "order_change": "订单", "return_refund": "售后", "complaint": "投诉", "human_agent": "人工"}
MAX_TEXT_CHARS = 96
MAX_CONTEXT_CHARS = int(os.environ.get("NLU_CONTEXT_CHARS", 48))  # the override is for experiments: IntentModel reads 48


def owner(intent):
    return OWNER.get(intent, "greeting")


def context(stage, previous_turn, topic=None):
    """The second segment: the topic's word (the last request, else the stage), then the end of the bot's previous turn
    (its question is usually last)."""
    previous = (previous_turn or "").strip()[-MAX_CONTEXT_CHARS:]
    word = TOPIC_WORDS.get(topic or "") or STAGE_WORDS.get(stage or "", "")
    return (word + " " + previous).strip()


def text_part(text):
    return text.strip().lower()[:MAX_TEXT_CHARS]


def encode(tokenizer, text, ctx):
    """The model's input ids and segment ids for a message in its context (the Java side: IntentModel)."""
    e = tokenizer.encode(text_part(text), ctx) if ctx else tokenizer.encode(text_part(text))
    return e.ids, e.type_ids


_PLACEHOLDER = re.compile(r"\[(订单|数字|金额|地址|姓名|日期|时间|电话|邮箱|链接|站点|组织机构|身份证号)x\]")
_FAKE = {
    "订单": lambda r: str(r.randrange(10**10, 10**12)),
    "数字": lambda r: str(r.choice([r.randrange(1, 10), r.randrange(10, 100), r.randrange(100, 10**4)])),
    "金额": lambda r: r.choice(["", "¥"]) + str(r.randrange(5, 3000)) + r.choice(["", "元", ".00"]),
    "地址": lambda r: r.choice(["北京市朝阳区建国路", "安徽省合肥市蜀山区", "广东省深圳市南山区科技园", "上海市浦东新区张江镇"]),
    "姓名": lambda r: r.choice(["张三", "李女士", "王先生", "小刘"]),
    "日期": lambda r: f"{r.randrange(1, 13)}月{r.randrange(1, 29)}日",
    "时间": lambda r: f"{r.randrange(0, 24)}:{r.randrange(0, 60):02d}",
    "电话": lambda r: "1" + str(r.randrange(3 * 10**9, 9 * 10**9)),
    "邮箱": lambda r: "abc" + str(r.randrange(100, 999)) + "@qq.com",
    "链接": lambda r: "https://item.jd.com/" + str(r.randrange(10**6, 10**9)) + ".html",
    "站点": lambda r: r.choice(["朝阳站", "蜀山站", "南山营业部"]),
    "组织机构": lambda r: r.choice(["某某科技有限公司", "某某商贸公司"]),
    "身份证号": lambda r: "3401" + str(r.randrange(10**13, 10**14)),
}


def unmask(text, seed):
    """Real turns carry masked data ([订单x], [数字x], ...); a live shopper types real numbers and names. Fill the masks
    with plausible values (seeded by the turn, so train and evaluation see the same text every run)."""
    rng = random.Random(seed)
    return " ".join(_PLACEHOLDER.sub(lambda m: _FAKE[m.group(1)](rng), text).split())


def real_turns(rows):
    """Labelled real turns as dicts (chat, turn, text, previous, topic, stage, intent, also), masks filled, with the chat's
    topic when the turn arrives: its last request and the stage that owns it (what greeting-service knows then, had
    it read the earlier turns right; the Java evaluation feeds its own earlier answers instead)."""
    out = []
    topic = {}
    for row in sorted(rows, key=lambda r: (r["chat"], r["turn"])):
        last = topic.get(row["chat"])
        out.append({"chat": row["chat"], "turn": row["turn"], "text": unmask(row["text"], f"{row['chat']}/{row['turn']}"),
                    "previous": unmask(row["previous_agent_turn"], f"{row['chat']}/{row['turn']}/prev"),
                    "topic": last, "stage": owner(last) if last else None, "intent": row["intent"], "also": row["also"]})
        if row["intent"] not in ("other", "greeting", "goodbye_thanks"):
            topic[row["chat"]] = row["intent"]
    return out


def real_examples(rows):
    """Labelled real turns as the model reads them: (text, context, intent, also)."""
    return [(t["text"], context(t["stage"], t["previous"], t["topic"]), t["intent"], t["also"]) for t in real_turns(rows)]


def written_examples(*names):
    """Our own written examples (conversation-nlu's resources): intent, text, optional second intent. They carry no
    context. `acknowledgement` is `other` to the model: a rule in Java answers bare acknowledgements."""
    out = []
    for name in names:
        for line in (REPO / "conversation-nlu" / "src" / name).read_text(encoding="utf-8").splitlines():
            if not line or line.startswith("#"):
                continue
            parts = line.split("\t")
            intent = "other" if parts[0] == "acknowledgement" else parts[0]
            also = parts[2] if len(parts) > 2 and parts[2] else None
            out.append((parts[1], "", intent, also))
    return out


def synthetic_turns():
    """The synthetic turns (training/synthetic.tsv, written in the real chats' style by language-model helpers, checked
    by check_synthetic.py) as real_turns gives the real ones: each with its topic, its agent turn and its labels."""
    out = []
    path = Path(__file__).resolve().parent / "synthetic.tsv"
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines()):
        if not line or line.startswith("#"):
            continue
        intent, also, topic, previous, text = line.split("\t")
        seed = f"synthetic/{n}"
        out.append({"chat": f"synthetic-{n}", "text": unmask(text, seed), "previous": unmask(previous, seed + "/prev"),
                    "topic": topic or None, "stage": owner(topic) if topic else None, "intent": intent,
                    "also": also or None})
    return out
