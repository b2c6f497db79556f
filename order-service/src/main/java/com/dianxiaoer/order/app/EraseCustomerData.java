package com.dianxiaoer.order.app;

import com.dianxiaoer.messaging.PersonalDataEraser;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

/**
 * Orders are the shop's books, so they stay, anonymised: the receiver's name, phone and address, the buyer's id and the
 * remarks (which may hold the customer's own words) go, the lines, totals, dates and parcel scans stay. That covers the
 * orders placed from the conversation and, for a signed-in customer, every order the shop's order system recorded for
 * that buyer. An order still on its way loses its receiver too: erase after delivery where the shop must still ship.
 * What the order desk was waiting to hear from the conversation is deleted.
 */
@ApplicationScoped
public class EraseCustomerData implements PersonalDataEraser {
    @Inject
    EntityManager em;

    @Override
    @Transactional(Transactional.TxType.MANDATORY)
    public int erase(String shopId, String conversationId, String customerId) {
        int orders = em.createNativeQuery("""
                        update shop_order set receiver_name = :erased, receiver_phone = '', receiver_address = :erased,
                               customer_id = null, remarks = '[]', updated_at = now()
                        where shop_id = :s and (conversation_id = :c or (cast(:customer as varchar) is not null and customer_id = :customer))
                          and not (receiver_name = :erased and receiver_phone = '' and customer_id is null and remarks = '[]')""")
                .setParameter("erased", ERASED_TEXT)
                .setParameter("s", shopId)
                .setParameter("c", conversationId)
                .setParameter("customer", customerId)
                .executeUpdate();
        int questions = em.createNativeQuery("delete from pending_question where conversation_id = :c")
                .setParameter("c", conversationId)
                .executeUpdate();
        return orders + questions;
    }
}
