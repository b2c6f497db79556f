package com.dianxiaoer.aftersales.app;

import com.dianxiaoer.aftersales.domain.ComplaintCase;
import com.dianxiaoer.aftersales.domain.ComplaintDesk;
import com.dianxiaoer.aftersales.persistence.CaseEntity;
import com.dianxiaoer.aftersales.persistence.Policies;
import com.dianxiaoer.web.ApiException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.UUID;

/** A shop operator settles a case the bot was following: the customer hears the outcome, the case is recorded as resolved. */
@ApplicationScoped
public class ResolveCase {
    @Inject
    Policies policies;

    @Inject
    CaseRecorder recorder;

    @Transactional
    public void resolve(UUID caseId, String resolution, String message) {
        CaseEntity row =
                CaseEntity.lock(caseId).orElseThrow(() -> ApiException.notFound("case_not_found", "no case " + caseId));
        ComplaintCase c = row.current();
        if (!c.open()) {
            throw ApiException.conflict("case_not_open", "case " + caseId + " is already " + c.step);
        }
        recorder.apply(
                Origin.system(row.shopId, row.conversationId, null),
                row,
                new ComplaintDesk(policies.of(row.shopId)).resolveByOperator(c, resolution, message));
    }
}
