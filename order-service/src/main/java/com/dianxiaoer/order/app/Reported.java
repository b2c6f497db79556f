package com.dianxiaoer.order.app;

import com.dianxiaoer.order.domain.Order;

/** What the shop's order system reported, after it was taken in: the order, and whether the report changed it. */
public record Reported(Order order, boolean changed) {}
