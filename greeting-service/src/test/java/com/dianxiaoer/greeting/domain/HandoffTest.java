package com.dianxiaoer.greeting.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What the customer hears around a handoff, and the shop's service hours it depends on. */
class HandoffTest {
    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private static final ServiceHours DAY = ServiceHours.of("09:00", "23:00", "Asia/Shanghai");

    private static Instant at(String localDateTime) {
        return ZonedDateTime.of(LocalDateTime.parse(localDateTime), SHANGHAI).toInstant();
    }

    @Test
    void serviceHoursKnowWhenPeopleAreBackTodayOrTomorrow() {
        assertThat(DAY.isOpen(at("2026-12-02T09:00"))).isTrue();
        assertThat(DAY.isOpen(at("2026-12-02T22:59"))).isTrue();
        assertThat(DAY.isOpen(at("2026-12-02T23:00"))).isFalse();
        assertThat(DAY.isOpen(at("2026-12-02T03:00"))).isFalse();
        assertThat(DAY.whenBack(at("2026-12-02T03:00"))).isEqualTo("今天09:00");
        assertThat(DAY.whenBack(at("2026-12-02T23:30"))).isEqualTo("明天09:00");
        assertThat(DAY.nextOpening(at("2026-12-02T10:00")).toInstant()).isEqualTo(at("2026-12-02T10:00"));
    }

    @Test
    void aShiftMayRunPastMidnightOrAroundTheClock() {
        ServiceHours night = ServiceHours.of("20:00", "02:00", "Asia/Shanghai");
        assertThat(night.isOpen(at("2026-12-02T23:00"))).isTrue();
        assertThat(night.isOpen(at("2026-12-02T01:59"))).isTrue();
        assertThat(night.isOpen(at("2026-12-02T12:00"))).isFalse();
        ServiceHours always = ServiceHours.of("00:00", "24:00", "Asia/Shanghai");
        assertThat(always.alwaysOpen()).isTrue();
        assertThat(always.isOpen(at("2026-12-02T04:00"))).isTrue();
        ServiceHours lateClose = ServiceHours.of("08:00", "24:00", "Asia/Shanghai");
        assertThat(lateClose.isOpen(at("2026-12-02T23:59"))).isTrue();
        assertThat(lateClose.isOpen(at("2026-12-02T07:59"))).isFalse();
    }

    @Test
    void theNextOpeningIsAlwaysOpenAndNeverInThePast() {
        Instant start = at("2026-12-02T00:00");
        for (ServiceHours hours : List.of(
                DAY,
                ServiceHours.of("20:00", "02:00", "Asia/Shanghai"),
                ServiceHours.of("08:30", "24:00", "Asia/Shanghai"))) {
            for (int minute = 0; minute < 24 * 60; minute += 7) {
                Instant now = start.plus(Duration.ofMinutes(minute));
                Instant back = hours.nextOpening(now).toInstant();
                assertThat(back).as("%s at %s", hours, now).isAfterOrEqualTo(now);
                assertThat(hours.isOpen(back)).as("%s at %s", hours, now).isTrue();
                assertThat(Duration.between(now, back)).isLessThanOrEqualTo(Duration.ofHours(24));
            }
        }
    }

    @Test
    void badHoursAreRefused() {
        assertThatThrownBy(() -> ServiceHours.of("9am", "23:00", "Asia/Shanghai"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ServiceHours.of("09:00", "23:00", "Mars/Olympus"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void inHoursTheCustomerIsToldSomeoneComesAfterHoursWhenAndToLeaveAMessage() {
        ShopProfile shop =
                new ShopProfile("demo", "小二优选旗舰店", "小美", "008", null, List.of("顺丰"), null, DAY, Duration.ofSeconds(60));
        String now = Handoff.requested(shop, at("2026-12-02T10:00")).text();
        assertThat(now).contains("人工客服").contains("稍等").doesNotContain("留言");
        String night = Handoff.requested(shop, at("2026-12-02T23:30")).text();
        assertThat(night).contains("09:00-23:00").contains("明天09:00").contains("留言");
        assertThat(Tone.violations(night)).isEmpty();
        assertThat(Tone.violations(Handoff.holding().text())).isEmpty();
        assertThat(Handoff.holding().text()).contains("久等").contains("耐心");
    }

    @Test
    void theClosingAsksForARatingThatIsReadBack() {
        Reply closing = Handoff.closed("小王");
        assertThat(closing.text()).contains("小王");
        assertThat(closing.quickReplies()).hasSize(5);
        for (String button : closing.quickReplies()) {
            assertThat(Handoff.score(button)).isPresent();
        }
        assertThat(Handoff.score("5分 很满意")).contains(5);
        assertThat(Handoff.score("我要退货")).isEmpty();
        assertThat(Handoff.thanksFor(2).text()).contains("抱歉");
    }
}
