package com.dianxiaoer.nlu;

/**
 * What the conversation says about a customer message before it is read: the stage that owns the conversation
 * ({@code negotiation}, {@code order}, {@code aftersales}; null or {@code greeting} at the front desk), the last request
 * read in it (its topic: an invoice, a return...), and the bot's previous turn. A bare "安徽" or "好的" means what it
 * answers: an address after "请问新地址是哪里?", a yes to an invoice after "需要开发票吗?".
 */
public record TurnContext(String stage, Intent lastRequest, String previousTurn) {
    public static final TurnContext NONE = new TurnContext(null, null, null);

    public TurnContext(String stage, String previousTurn) {
        this(stage, null, previousTurn);
    }

    public boolean isEmpty() {
        return (stage == null || stage.isBlank())
                && lastRequest == null
                && (previousTurn == null || previousTurn.isBlank());
    }
}
