package com.dianxiaoer.order.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class OrderDeskTest {
    static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    static final OrderRules RULES = new OrderRules(
            "demo",
            SHANGHAI,
            LocalTime.of(16, 0),
            Set.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY, DayOfWeek.FRIDAY),
            List.of("韵达", "顺丰"),
            3,
            LocalTime.of(22, 0),
            LocalTime.of(8, 0),
            Duration.ofMinutes(30),
            "支持开具电子普通发票");
    static final Receiver RECEIVER = new Receiver("张小明", "13812345678", "浙江省杭州市西湖区文三路100号3幢");
    private final OrderDesk desk = new OrderDesk(RULES);

    /** Tuesday 2026-11-24 at the given Shanghai time. */
    static Instant tuesdayAt(int hour, int minute) {
        return ZonedDateTime.of(2026, 11, 24, hour, minute, 0, 0, SHANGHAI).toInstant();
    }

    static Order order(OrderStatus status, Instant paidAt, Instant shippedAt, List<Tracking> scans) {
        return new Order(
                "demo",
                "TB1001",
                "c-1",
                2,
                status,
                List.of(new OrderLine("wool-coat", "羊毛双面呢大衣", 1, new BigDecimal("869"))),
                new BigDecimal("869"),
                RECEIVER,
                shippedAt == null ? null : "韵达",
                shippedAt == null ? null : "YD1234567890",
                tuesdayAt(9, 0),
                paidAt,
                shippedAt,
                null,
                scans,
                List.of(),
                0,
                false);
    }

    private String say(String intent, String text, Order order, Instant now) {
        return desk.answer(intent, text, Optional.ofNullable(order), Optional.empty(), now)
                .text();
    }

    @Test
    void paidBeforeTheCutOffShipsTodayAfterItTheNextWorkingDay() {
        assertThat(say(
                        "shipping_time",
                        "什么时候发货",
                        order(OrderStatus.paid, tuesdayAt(15, 59), null, List.of()),
                        tuesdayAt(16, 30)))
                .contains("预计今天发出", "16点前付款")
                .doesNotContain("保证", "一定");
        assertThat(say(
                        "shipping_time",
                        "什么时候发货",
                        order(OrderStatus.paid, tuesdayAt(16, 1), null, List.of()),
                        tuesdayAt(16, 30)))
                .contains("预计明天发出");
        Instant fridayEvening =
                ZonedDateTime.of(2026, 11, 27, 18, 0, 0, 0, SHANGHAI).toInstant();
        assertThat(say("shipping_time", "啥时候发", order(OrderStatus.paid, fridayEvening, null, List.of()), fridayEvening))
                .as("the weekend is not a working day")
                .contains("11月30日（周一）");
    }

    @Test
    void withoutAPaidOrderTheRuleIsGivenAsAnEstimate() {
        assertThat(say("shipping_time", "什么时候发货", null, tuesdayAt(10, 0))).contains("16点前付款的订单当天发出", "韵达", "以快递实际配送为准");
    }

    @Test
    void logisticsAnswersFromTheLatestScanAndApologisesWhenTheParcelIsLate() {
        Instant shipped = tuesdayAt(17, 0);
        List<Tracking> scans = List.of(
                new Tracking("韵达", "YD1234567890", "已揽收", "杭州", shipped),
                new Tracking("韵达", "YD1234567890", "到达分拨中心", "上海转运中心", shipped.plus(Duration.ofHours(20))));
        Order onTheWay = order(OrderStatus.shipped, tuesdayAt(10, 0), shipped, scans);
        assertThat(say("logistics", "到哪了", onTheWay, shipped.plus(Duration.ofDays(1))))
                .contains("到达分拨中心", "上海转运中心", "YD1234567890")
                .doesNotContain("抱歉");
        Answer late = desk.answer(
                "logistics", "怎么还没到", Optional.of(onTheWay), Optional.empty(), shipped.plus(Duration.ofDays(5)));
        assertThat(late.text()).startsWith("亲，真的很抱歉").contains("催件");
        assertThat(late.quickReplies()).contains("帮我催一下");
        assertThat(late.action())
                .as("the chase it promises is handed to the shop's people")
                .isEqualTo(new Answer.Action.ShopTask("chase_courier", "later than the usual 3 days"));
    }

    @Test
    void theAddressChangesBeforeShipmentAndIsExplainedAfter() {
        Answer before = desk.answer(
                "address_change",
                "地址改成上海市浦东新区世纪大道100号",
                Optional.of(order(OrderStatus.paid, tuesdayAt(10, 0), null, List.of())),
                Optional.empty(),
                tuesdayAt(11, 0));
        assertThat(before.action())
                .isEqualTo(new Answer.Action.ChangeAddress(new Receiver("张小明", "13812345678", "上海市浦东新区世纪大道100号")));
        assertThat(before.text()).contains("上海市浦东新区****", "138****5678").doesNotContain("世纪大道", "13812345678");

        Answer after = desk.answer(
                "address_change",
                "地址改成上海市浦东新区世纪大道100号",
                Optional.of(order(OrderStatus.shipped, tuesdayAt(10, 0), tuesdayAt(17, 0), List.of())),
                Optional.empty(),
                tuesdayAt(18, 0));
        assertThat(after.action())
                .as("the redirect it promises is handed to the shop's people")
                .isEqualTo(new Answer.Action.ShopTask(
                        "redirect_parcel", "the customer asks for another address after shipment"));
        assertThat(after.text()).contains("韵达", "YD1234567890", "转寄");
    }

    @Test
    void anAddressChangeWithoutTheNewAddressAsksForIt() {
        Answer ask = desk.answer(
                "address_change",
                "我要改地址",
                Optional.of(order(OrderStatus.created, null, null, List.of())),
                Optional.empty(),
                tuesdayAt(11, 0));
        assertThat(ask.action()).isEqualTo(new Answer.Action.None());
        assertThat(ask.text()).contains("新的收货地址");
    }

    @Test
    void aYesToTheAddressCheckConfirmsIt() {
        Answer yes = desk.answer(
                "acknowledgement",
                "好的",
                Optional.of(order(OrderStatus.paid, tuesdayAt(10, 0), null, List.of())),
                Optional.empty(),
                tuesdayAt(11, 0));
        assertThat(yes.action()).isEqualTo(new Answer.Action.ConfirmAddress());
        assertThat(OrderDesk.confirmAddress(order(OrderStatus.paid, tuesdayAt(10, 0), null, List.of())))
                .contains("张**", "138****5678", "浙江省杭州市西湖区****")
                .doesNotContain("文三路", "13812345678");
    }

    @Test
    void theAddressCheckIsAnsweredFirstWhateverTheClassifierMadeOfTheAnswer() {
        Order unconfirmed = order(OrderStatus.paid, tuesdayAt(10, 0), null, List.of());
        Answer yes = desk.answer("other", "确认", Optional.of(unconfirmed), Optional.empty(), tuesdayAt(11, 0));
        assertThat(yes.action()).isEqualTo(new Answer.Action.ConfirmAddress());
        assertThat(yes.text()).contains("已确认");
        Answer moved =
                desk.answer("other", "江苏省南京市鼓楼区中山路1号", Optional.of(unconfirmed), Optional.empty(), tuesdayAt(11, 0));
        assertThat(moved.action()).isInstanceOf(Answer.Action.ChangeAddress.class);

        Order confirmed = new Order(
                "demo",
                "TB1001",
                "c-1",
                2,
                OrderStatus.paid,
                unconfirmed.lines(),
                unconfirmed.total(),
                RECEIVER,
                null,
                null,
                tuesdayAt(9, 0),
                tuesdayAt(10, 0),
                null,
                null,
                List.of(),
                List.of(),
                0,
                true);
        Answer again =
                desk.answer("address_change", "确认，地址没问题", Optional.of(confirmed), Optional.empty(), tuesdayAt(11, 0));
        assertThat(again.text())
                .as("a second yes is not a request for a new address")
                .contains("已经确认过了")
                .doesNotContain("新的收货地址");
    }

    @Test
    void aNewAddressOnItsOwnAnswersTheRequestForIt() {
        Order paid = order(OrderStatus.paid, tuesdayAt(10, 0), null, List.of());
        Answer ask = desk.answer("address_change", "我要改地址", Optional.of(paid), Optional.empty(), tuesdayAt(11, 0));
        assertThat(ask.asks()).isEqualTo(Question.of(Question.Kind.new_address));
        Answer changed = desk.answer(
                "other",
                "上海市浦东新区世纪大道100号",
                Optional.of(paid),
                Optional.empty(),
                tuesdayAt(11, 1),
                Optional.of(ask.asks()));
        assertThat(changed.action())
                .isEqualTo(new Answer.Action.ChangeAddress(
                        new Receiver(RECEIVER.name(), RECEIVER.phone(), "上海市浦东新区世纪大道100号")));
    }

    @Test
    void anOrderNumberAnswersTheQuestionThatNeededIt() {
        Answer ask = desk.answer("logistics", "物流到哪了", Optional.empty(), Optional.empty(), tuesdayAt(11, 0));
        assertThat(ask.asks()).isEqualTo(new Question(Question.Kind.order_number, "logistics"));
        Order shipped = order(OrderStatus.shipped, tuesdayAt(10, 0), tuesdayAt(17, 0), List.of());
        assertThat(desk.answer(
                                "other",
                                "TB1001",
                                Optional.of(shipped),
                                Optional.empty(),
                                tuesdayAt(18, 0),
                                Optional.of(ask.asks()))
                        .text())
                .contains("韵达", "YD1234567890");
    }

    @Test
    void aShippedParcelIsTheCouriersToRedirectAndTheCustomerIsToldHowNotPromised() {
        Order shipped = order(OrderStatus.shipped, tuesdayAt(10, 0), tuesdayAt(17, 0), List.of());
        Answer help =
                desk.answer("logistics", "帮我联系下快递 让他放快递柜", Optional.of(shipped), Optional.empty(), tuesdayAt(18, 0));
        assertThat(help.text()).contains("YD1234567890", "95546").doesNotContain("我马上帮您联系");
        assertThat(help.quickReplies()).containsExactly("转人工");
    }

    @Test
    void invoiceDetailsAreNotedNotAskedForAgain() {
        Order paid = order(OrderStatus.paid, tuesdayAt(10, 0), null, List.of());
        Answer noted = desk.answer(
                "invoice",
                "能开发票吗 抬头杭州小蜜蜂科技有限公司 税号91330106MA2B3C4D5E",
                Optional.of(paid),
                Optional.empty(),
                tuesdayAt(11, 0));
        assertThat(noted.text()).contains("已经备注").doesNotContain("发给我");
        assertThat(noted.action()).isInstanceOf(Answer.Action.AddRemark.class);
        assertThat(desk.answer("shipping_time", "我的订单发货了没", Optional.empty(), Optional.empty(), tuesdayAt(11, 0))
                        .text())
                .as("my order, with none known here: which one?")
                .contains("订单号");
    }

    @Test
    void anAddressChangeReadBesideTheAddressCheckMustNameAnAddress() {
        assertThat(OrderDesk.onItsWords("address_change", "发货了没")).isEqualTo("shipping_time");
        assertThat(OrderDesk.onItsWords("address_change", "快递单号发我下")).isEqualTo("logistics");
        assertThat(OrderDesk.onItsWords("address_change", "地址写错了")).isEqualTo("address_change");
        assertThat(OrderDesk.onItsWords("address_change", "尺码拍错了 改成L码")).isEqualTo("order_change");
        Order paid = order(OrderStatus.paid, tuesdayAt(10, 0), null, List.of());
        Answer receiver = desk.answer(
                "address_change", "收件人改成李华 电话13900001111", Optional.of(paid), Optional.empty(), tuesdayAt(11, 0));
        assertThat(receiver.text()).contains("李*", "139****1111");
        assertThat(receiver.action())
                .isEqualTo(new Answer.Action.ChangeAddress(new Receiver("李华", "13900001111", RECEIVER.address())));
    }

    @Test
    void anOrderChangeIsNotedBeforeShipmentAndExplainedAfter() {
        Answer colour = desk.answer(
                "order_change",
                "能换成黑色吗",
                Optional.of(order(OrderStatus.paid, tuesdayAt(10, 0), null, List.of())),
                Optional.empty(),
                tuesdayAt(11, 0));
        assertThat(colour.action()).isInstanceOf(Answer.Action.AddRemark.class);
        assertThat(say(
                        "order_change",
                        "不要了 取消吧",
                        order(OrderStatus.paid, tuesdayAt(10, 0), null, List.of()),
                        tuesdayAt(11, 0)))
                .contains("申请退款", "不发货");
        assertThat(say(
                        "order_change",
                        "能换成黑色吗",
                        order(OrderStatus.shipped, tuesdayAt(10, 0), tuesdayAt(17, 0), List.of()),
                        tuesdayAt(18, 0)))
                .contains("已经发出", "换货");
    }

    @Test
    void paymentHelpFitsTheSituation() {
        Order unpaid = order(OrderStatus.created, null, null, List.of());
        assertThat(say("payment", "付款一直失败", unpaid, tuesdayAt(10, 0))).contains("限额", "换一张卡");
        assertThat(say("payment", "可以用花呗吗", unpaid, tuesdayAt(10, 0))).contains("花呗");
        assertThat(desk.answer(
                                "payment",
                                "拍下了 帮我改价",
                                Optional.of(unpaid),
                                Optional.of(new BigDecimal("869.00")),
                                tuesdayAt(10, 0))
                        .text())
                .contains("¥869", "先拍下不要付款");
        assertThat(say("payment", "怎么付款", order(OrderStatus.paid, tuesdayAt(9, 30), null, List.of()), tuesdayAt(10, 0)))
                .contains("已经付款成功");
    }

    @Test
    void everyAnswerIsPoliteAndNamesNoDeliveryDate() {
        Order paid = order(OrderStatus.paid, tuesdayAt(10, 0), null, List.of());
        for (String intent : List.of(
                "payment",
                "shipping_time",
                "logistics",
                "invoice",
                "address_change",
                "order_change",
                "acknowledgement")) {
            String text = say(intent, "请问一下", paid, tuesdayAt(11, 0));
            assertThat(text).as(intent).containsAnyOf("亲", "好的");
            assertThat(text).as(intent).doesNotContainPattern("(保证|一定)(能|会)?.{0,4}(送到|到货)");
        }
    }

    /** "我帮您联系快递", "已经交给同事": a reply that says the shop does something carries the task that gets it done. */
    private static final Pattern STATES_AN_ACTION = Pattern.compile("(我|已经|马上|这就)(帮您|给您)?(联系|催|交给|提交|申请|发到)");

    @Test
    void everyAnswerThatStatesAnActionCarriesIt() {
        Instant shipped = tuesdayAt(17, 0);
        List<Order> orders = new ArrayList<>();
        for (OrderStatus status : OrderStatus.values()) {
            orders.add(order(
                    status,
                    status == OrderStatus.created ? null : tuesdayAt(10, 0),
                    status == OrderStatus.shipped || status == OrderStatus.delivered ? shipped : null,
                    List.of(new Tracking("韵达", "YD1234567890", "已揽收", "杭州", shipped))));
        }
        orders.add(null);
        List<String> texts = List.of(
                "怎么还没到",
                "到哪了",
                "帮我催一下",
                "地址改成上海市浦东新区世纪大道100号",
                "帮我联系快递",
                "能开发票吗",
                "抬头 杭州某某公司 税号 91330100MA2XXXXX",
                "我要换个颜色",
                "取消订单",
                "怎么付款",
                "确认",
                "显示签收了但我没收到");
        int checked = 0;
        for (Order o : orders) {
            for (String intent :
                    List.of("payment", "shipping_time", "logistics", "invoice", "address_change", "order_change")) {
                for (String text : texts) {
                    for (Instant now : List.of(tuesdayAt(18, 0), shipped.plus(Duration.ofDays(6)))) {
                        Answer a = desk.answer(intent, text, Optional.ofNullable(o), Optional.empty(), now);
                        if (STATES_AN_ACTION.matcher(a.text()).find()) {
                            checked++;
                            assertThat(a.action())
                                    .as("%s / %s / %s: %s", intent, text, o == null ? "no order" : o.status(), a.text())
                                    .isNotEqualTo(new Answer.Action.None());
                        }
                    }
                }
            }
        }
        assertThat(checked)
                .as("answers that state an action were found and checked")
                .isPositive();
    }
}
