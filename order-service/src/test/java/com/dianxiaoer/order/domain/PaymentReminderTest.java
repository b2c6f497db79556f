package com.dianxiaoer.order.domain;

import static com.dianxiaoer.order.domain.OrderDeskTest.RECEIVER;
import static com.dianxiaoer.order.domain.OrderDeskTest.RULES;
import static com.dianxiaoer.order.domain.OrderDeskTest.tuesdayAt;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class PaymentReminderTest {

    static Order unpaid(Instant placed, int remindersSent, OrderStatus status) {
        return new Order(
                "demo",
                "TB1",
                "c-1",
                1,
                status,
                List.of(new OrderLine("tee", "T恤", 1, BigDecimal.TEN)),
                BigDecimal.TEN,
                RECEIVER,
                null,
                null,
                placed,
                null,
                null,
                null,
                List.of(),
                List.of(),
                remindersSent,
                false);
    }

    @Test
    void theFirstReminderComesAfterTheShopsDelayAndTheSecondAfterTwice() {
        Instant placed = tuesdayAt(10, 0);
        assertThat(PaymentReminder.dueNow(
                        unpaid(placed, 0, OrderStatus.created), RULES, placed.plus(Duration.ofMinutes(29))))
                .isFalse();
        assertThat(PaymentReminder.dueNow(
                        unpaid(placed, 0, OrderStatus.created), RULES, placed.plus(Duration.ofMinutes(30))))
                .isTrue();
        assertThat(PaymentReminder.dueNow(
                        unpaid(placed, 1, OrderStatus.created), RULES, placed.plus(Duration.ofMinutes(45))))
                .isFalse();
        assertThat(PaymentReminder.dueNow(
                        unpaid(placed, 1, OrderStatus.created), RULES, placed.plus(Duration.ofMinutes(60))))
                .isTrue();
    }

    @Test
    void neverAThirdNeverAfterPaymentOrCancellation() {
        Instant placed = tuesdayAt(10, 0);
        Instant muchLater = placed.plus(Duration.ofHours(5));
        assertThat(PaymentReminder.dueNow(unpaid(placed, 2, OrderStatus.created), RULES, muchLater))
                .isFalse();
        assertThat(PaymentReminder.dueNow(unpaid(placed, 0, OrderStatus.paid), RULES, muchLater))
                .isFalse();
        assertThat(PaymentReminder.dueNow(unpaid(placed, 0, OrderStatus.cancelled), RULES, muchLater))
                .isFalse();
    }

    @Test
    void aReminderDueInTheQuietHoursWaitsForTheMorning() {
        Instant placed = tuesdayAt(21, 45);
        assertThat(PaymentReminder.dueNow(unpaid(placed, 0, OrderStatus.created), RULES, tuesdayAt(22, 15)))
                .isFalse();
        assertThat(PaymentReminder.dueNow(
                        unpaid(placed, 0, OrderStatus.created),
                        RULES,
                        tuesdayAt(23, 59).plus(Duration.ofHours(7))))
                .isFalse();
        assertThat(PaymentReminder.dueNow(
                        unpaid(placed, 0, OrderStatus.created),
                        RULES,
                        tuesdayAt(23, 59).plus(Duration.ofHours(8)).plusSeconds(60)))
                .as("08:00 the next morning")
                .isTrue();
    }

    @Test
    void theSecondReminderSaysItIsTheLast() {
        assertThat(PaymentReminder.text(unpaid(tuesdayAt(10, 0), 0, OrderStatus.created)))
                .startsWith("亲")
                .contains("T恤");
        assertThat(PaymentReminder.text(unpaid(tuesdayAt(10, 0), 1, OrderStatus.created)))
                .contains("再提醒您一次", "不用理会");
    }
}
