package com.dianxiaoer.negotiation.app;

import com.dianxiaoer.messaging.PersonalDataEraser;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

/**
 * Bargaining keeps nothing of an erased conversation: its negotiation states (what the customer offered, what was
 * conceded) and the supervisor's answer still waiting to go out are deleted. Deals already agreed live on in
 * order-service and on negotiation.events, which carry no personal data.
 */
@ApplicationScoped
public class EraseCustomerData implements PersonalDataEraser {
    @Inject
    EntityManager em;

    @Override
    @Transactional(Transactional.TxType.MANDATORY)
    public int erase(String shopId, String conversationId, String customerId) {
        int negotiations = em.createNativeQuery("delete from negotiation where conversation_id = :c and shop_id = :s")
                .setParameter("c", conversationId)
                .setParameter("s", shopId)
                .executeUpdate();
        int waiting = em.createNativeQuery("delete from scheduled_reply where conversation_id = :c")
                .setParameter("c", conversationId)
                .executeUpdate();
        return negotiations + waiting;
    }
}
