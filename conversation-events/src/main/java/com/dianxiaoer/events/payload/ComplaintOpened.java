package com.dianxiaoer.events.payload;

import com.dianxiaoer.events.Payload;
import java.util.Objects;

/**
 * A customer's complaint or return request became a case (aftersales.events). {@code category}: quality,
 * colour_difference, wrong_item, damaged, missing_item, late_delivery, price_drop, service_attitude, no_reason,
 * other; {@code severity}: normal or serious; {@code request}: return, refund, exchange or none. The order and
 * product are ids only: no customer data.
 */
public record ComplaintOpened(
        String caseId, String orderId, String productId, String category, String severity, String request)
        implements Payload {

    public ComplaintOpened {
        Objects.requireNonNull(caseId, "caseId");
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(severity, "severity");
    }
}
