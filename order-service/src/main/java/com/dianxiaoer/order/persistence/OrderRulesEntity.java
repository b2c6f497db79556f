package com.dianxiaoer.order.persistence;

import com.dianxiaoer.order.domain.OrderRules;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

@Entity
@Table(name = "shop_order_rules")
public class OrderRulesEntity extends PanacheEntityBase {
    @Id
    @Column(name = "shop_id")
    public String shopId;

    public String zone;
    public LocalTime cutoff;

    @Column(name = "working_days")
    public String workingDays;

    public String couriers;

    @Column(name = "usual_delivery_days")
    public int usualDeliveryDays;

    @Column(name = "quiet_from")
    public LocalTime quietFrom;

    @Column(name = "quiet_until")
    public LocalTime quietUntil;

    @Column(name = "remind_after_seconds")
    public long remindAfterSeconds;

    @Column(name = "invoice_policy")
    public String invoicePolicy;

    @Column(name = "updated_at")
    public Instant updatedAt;

    OrderRules toRules() {
        return new OrderRules(
                shopId,
                ZoneId.of(zone),
                cutoff,
                Arrays.stream(workingDays.split(",")).map(DayOfWeek::valueOf).collect(Collectors.toSet()),
                List.of(couriers.split(",")),
                usualDeliveryDays,
                quietFrom,
                quietUntil,
                Duration.ofSeconds(remindAfterSeconds),
                invoicePolicy);
    }

    void fill(OrderRules r) {
        zone = r.zone().getId();
        cutoff = r.cutoff();
        workingDays = r.workingDays().stream().sorted().map(DayOfWeek::name).collect(Collectors.joining(","));
        couriers = String.join(",", r.couriers());
        usualDeliveryDays = r.usualDeliveryDays();
        quietFrom = r.quietFrom();
        quietUntil = r.quietUntil();
        remindAfterSeconds = r.remindAfter().toSeconds();
        invoicePolicy = r.invoicePolicy();
        updatedAt = Instant.now();
    }
}
