package com.dianxiaoer.order.domain;

import java.math.BigDecimal;
import java.util.List;

/** What a deal agreed in the chat means for the warehouse: the price to charge, the gifts to pack, the courier. */
public final class WarehouseRemark {
    private WarehouseRemark() {}

    public static String of(
            String productName,
            int quantity,
            BigDecimal unitPrice,
            List<String> gifts,
            boolean freeShipping,
            String courier) {
        StringBuilder s = new StringBuilder("聊天议价：")
                .append(productName)
                .append(" ×")
                .append(quantity)
                .append("，成交单价¥")
                .append(unitPrice.stripTrailingZeros().toPlainString());
        if (!gifts.isEmpty()) {
            s.append("；赠品：").append(String.join("、", gifts));
        }
        s.append(freeShipping ? "；包邮" : "；运费按店铺规则").append("；快递：").append(courier);
        return s.toString();
    }
}
