package com.dianxiaoer.order.domain;

import java.time.Instant;

/** One scan of the parcel as the courier reports it. */
public record Tracking(String courier, String waybillNumber, String status, String place, Instant at) {}
