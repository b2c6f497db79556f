package com.dianxiaoer.aftersales.app;

import com.dianxiaoer.aftersales.domain.ComplaintCase;
import com.dianxiaoer.aftersales.persistence.CaseEntity;
import com.dianxiaoer.messaging.PersonalDataEraser;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;

/**
 * Complaint cases stay for the shop's after-sales figures (category, severity, steps, compensation), anonymised: the
 * customer's photo link goes, and every note of the case's history, which may quote the customer, is blanked. The
 * copies of order facts kept for the conversation and the satisfaction question still waiting are deleted.
 */
@ApplicationScoped
public class EraseCustomerData implements PersonalDataEraser {
    @Inject
    EntityManager em;

    @Inject
    Clock clock;

    @Override
    @Transactional(Transactional.TxType.MANDATORY)
    public int erase(String shopId, String conversationId, String customerId) {
        int records = 0;
        for (CaseEntity kase : CaseEntity.lockAllOf(shopId, conversationId)) {
            ComplaintCase c = kase.current();
            if (c.photoLink != null) {
                c.photoLink = null;
                kase.record(c, clock.instant());
                records++;
            }
            records += em.createNativeQuery(
                            "update case_history set note = :erased where case_id = :id and note <> :erased")
                    .setParameter("erased", ERASED_TEXT)
                    .setParameter("id", kase.caseId)
                    .executeUpdate();
        }
        records += em.createNativeQuery("delete from order_fact where conversation_id = :c and shop_id = :s")
                .setParameter("c", conversationId)
                .setParameter("s", shopId)
                .executeUpdate();
        records += em.createNativeQuery("delete from scheduled_reply where conversation_id = :c")
                .setParameter("c", conversationId)
                .executeUpdate();
        return records;
    }
}
