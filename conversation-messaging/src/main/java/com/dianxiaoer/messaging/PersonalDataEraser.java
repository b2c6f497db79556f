package com.dianxiaoer.messaging;

/**
 * What a stage service holds of one conversation's personal data, erased on request (ErasureRequested): each stage
 * service has one, and decides there what it deletes and what it keeps anonymised for the shop's books. The routed
 * messages' words are scrubbed by the inbox itself.
 */
public interface PersonalDataEraser {
    /** What stands in an erased text field the shop keeps (a receiver's name, a case note): the same word everywhere. */
    String ERASED_TEXT = "已删除";

    /**
     * Deletes or anonymises, in the caller's transaction, what this service holds of the conversation, and of the
     * signed-in customer when {@code customerId} is given; returns how many rows changed. Erasing twice changes nothing.
     */
    int erase(String shopId, String conversationId, String customerId);
}
