package com.dianxiaoer.nlu.bench;

import com.dianxiaoer.nlu.TurnContext;
import com.dianxiaoer.nlu.eval.Evaluate.LabelledMessage;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * What the benchmarks classify: the written test split's messages, each after a bot turn, as in a live conversation
 * (every message but the first follows one). The bot turns are our own, of typical length.
 */
final class BenchMessages {
    private static final List<TurnContext> BOT_TURNS = List.of(
            new TurnContext(null, "亲，欢迎光临小店～今天全场满299减30，有什么可以帮您的吗？"),
            new TurnContext("order", "好的亲，请问新的收货地址是哪里呢？麻烦发一下完整的省市区和街道门牌号。"),
            new TurnContext("negotiation", "亲，这款已经是活动价了哦，现在下单还送一双袜子，您看可以吗？"),
            new TurnContext("aftersales", "非常抱歉给您带来不便，麻烦拍一张商品问题的照片发给我，我这边马上为您登记处理。"),
            new TurnContext("order", "亲，您的包裹已经在派送途中，预计明天送达，请保持电话畅通哦。"));

    record Message(String text, TurnContext context) {}

    private BenchMessages() {}

    static List<Message> load() throws IOException {
        try (InputStream in = BenchMessages.class.getResourceAsStream("/nlu/test.tsv")) {
            List<LabelledMessage> test = LabelledMessage.read(new String(in.readAllBytes(), StandardCharsets.UTF_8)
                    .lines()
                    .toList());
            List<Message> out = new ArrayList<>();
            for (int i = 0; i < test.size(); i++) {
                out.add(new Message(test.get(i).text(), BOT_TURNS.get(i % BOT_TURNS.size())));
            }
            return out;
        }
    }
}
