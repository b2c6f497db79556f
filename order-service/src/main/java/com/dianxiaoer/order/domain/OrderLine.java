package com.dianxiaoer.order.domain;

import java.math.BigDecimal;

public record OrderLine(String productId, String name, int quantity, BigDecimal unitPrice) {}
