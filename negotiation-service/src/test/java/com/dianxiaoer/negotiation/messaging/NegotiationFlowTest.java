package com.dianxiaoer.negotiation.messaging;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.dianxiaoer.events.Actor;
import com.dianxiaoer.events.Envelope;
import com.dianxiaoer.events.EventJson;
import com.dianxiaoer.events.EventType;
import com.dianxiaoer.events.Schemas;
import com.dianxiaoer.events.Stage;
import com.dianxiaoer.events.Topics;
import com.dianxiaoer.events.payload.BotReplied;
import com.dianxiaoer.events.payload.DealAgreed;
import com.dianxiaoer.events.payload.ErasureCompleted;
import com.dianxiaoer.events.payload.ErasureRequested;
import com.dianxiaoer.events.payload.MessageRouted;
import com.dianxiaoer.events.payload.ProductChanged;
import com.dianxiaoer.localstack.LocalStackTestResource;
import com.dianxiaoer.localstack.TopicProbe;
import com.dianxiaoer.negotiation.Catalogue;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

/** Bargaining over the real broker: the front desk's routed messages in, replies and deals out. */
@QuarkusTest
@QuarkusTestResource(
        value = LocalStackTestResource.class,
        initArgs = @ResourceArg(name = "database", value = "negotiation"))
class NegotiationFlowTest {
    private static final Duration WAIT = Duration.ofSeconds(20);

    private static Envelope routed(
            String conversationId, String text, String intent, List<MessageRouted.Entity> entities) {
        return routed("demo", conversationId, text, intent, entities);
    }

    private static Envelope routed(
            String shopId, String conversationId, String text, String intent, List<MessageRouted.Entity> entities) {
        return Envelope.of(
                shopId,
                conversationId,
                null,
                Actor.customer,
                "greeting-service",
                null,
                null,
                new MessageRouted(
                        UUID.randomUUID().toString(),
                        1,
                        text,
                        intent,
                        0.9,
                        null,
                        Stage.negotiation,
                        "wool-coat",
                        entities));
    }

    private static void say(String conversationId, String text) {
        TopicProbe.send(
                Topics.ROUTED_NEGOTIATION,
                conversationId,
                EventJson.write(routed(conversationId, text, "bargain", List.of())));
    }

    private static List<String> replies(String conversationId, int count) {
        return TopicProbe.awaitAll(Topics.REPLIES, conversationId, v -> v.contains("negotiation-service"), count, WAIT)
                .stream()
                .map(r -> ((BotReplied) EventJson.read(r.value()).payload()).text())
                .toList();
    }

    @Test
    void pushingWinsShrinkingStepsAndTheSupervisorAnswersAfterThePause() throws Exception {
        String conversation = UUID.randomUUID().toString();
        int scarvesBefore = scarvesInStock();
        for (String push : List.of("太贵了", "便宜点吧", "再便宜点", "还是贵")) {
            say(conversation, push);
        }
        List<String> texts = replies(conversation, 5);
        assertThat(texts.get(0)).contains("满299减30", "到手¥859");
        assertThat(texts.get(1)).contains("¥884");
        assertThat(texts.get(2)).contains("¥875");
        assertThat(texts.get(3)).contains("帮您算");
        assertThat(texts.get(4))
                .as("the supervisor's answer, after the configured pause")
                .contains("¥869", "最低价", "羊毛围巾小样");

        say(conversation, "好的");
        ConsumerRecord<String, String> deal =
                TopicProbe.await(Topics.NEGOTIATION_EVENTS, conversation, v -> v.contains("DealAgreed"), WAIT);
        assertThat(Schemas.of(EventType.DealAgreed).validate(EventJson.mapper().readTree(deal.value())))
                .isEmpty();
        DealAgreed agreed = (DealAgreed) EventJson.read(deal.value()).payload();
        assertThat(agreed.unitPrice()).isEqualByComparingTo("869");
        assertThat(agreed.gifts()).containsExactly("羊毛围巾小样");
        assertThat(agreed.freeShipping()).isTrue();
        assertThat(agreed.concessions()).as("three price steps and the gift").isEqualTo(4);
        assertThat(scarvesInStock())
                .as("the promised scarf is no longer there to promise")
                .isEqualTo(scarvesBefore - 1);
    }

    @Test
    void aYesDuringTheSupervisorsPauseComesAfterTheSupervisorsAnswer() throws Exception {
        String conversation = UUID.randomUUID().toString();
        for (String push : List.of("太贵了", "便宜点吧", "再便宜点", "还是贵", "好的")) {
            say(conversation, push);
        }
        List<String> texts = replies(conversation, 6);
        assertThat(texts.get(3)).contains("帮您算");
        assertThat(texts.get(4))
                .as("the supervisor's answer, before the deal it made possible")
                .contains("帮您算", "¥869", "最低价");
        assertThat(texts.get(5)).contains("¥869", "拍下");
    }

    @jakarta.inject.Inject
    jakarta.persistence.EntityManager em;

    @Test
    void anErasureLeavesNothingOfTheBargainAndIsReportedOnce() throws Exception {
        String conversation = UUID.randomUUID().toString();
        for (String push : List.of("太贵了", "便宜点吧")) {
            say(conversation, push);
        }
        replies(conversation, 2);
        Envelope erase = Envelope.of(
                "demo",
                conversation,
                null,
                Actor.system,
                "greeting-service",
                null,
                null,
                new ErasureRequested(UUID.randomUUID().toString(), "customer_request", null));
        TopicProbe.send(Topics.ROUTED_NEGOTIATION, conversation, EventJson.write(erase));
        TopicProbe.send(Topics.ROUTED_NEGOTIATION, conversation, EventJson.write(erase));

        String report = TopicProbe.await(
                        Topics.NEGOTIATION_EVENTS, conversation, v -> v.contains("ErasureCompleted"), WAIT)
                .value();
        assertThat(Schemas.of(EventType.ErasureCompleted)
                        .validate(EventJson.mapper().readTree(report)))
                .isEmpty();
        ErasureCompleted completed = (ErasureCompleted) EventJson.read(report).payload();
        assertThat(completed.service()).isEqualTo("negotiation-service");
        assertThat(completed.records())
                .as("two routed messages and the negotiation")
                .isGreaterThanOrEqualTo(3);
        assertThat(count("select count(*) from negotiation where conversation_id = :c", conversation))
                .isZero();
        assertThat(count("select count(*) from routed_message where conversation_id = :c and text <> ''", conversation))
                .isZero();
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> TopicProbe.awaitAll(
                        Topics.NEGOTIATION_EVENTS,
                        conversation,
                        v -> v.contains("ErasureCompleted"),
                        2,
                        Duration.ofSeconds(3)))
                .as("a redelivered request is reported once")
                .isInstanceOf(AssertionError.class);
    }

    private long count(String sql, String conversation) {
        return io.quarkus.narayana.jta.QuarkusTransaction.requiringNew()
                .call(() -> ((Number) em.createNativeQuery(sql)
                                .setParameter("c", conversation)
                                .getSingleResult())
                        .longValue());
    }

    @Test
    void aShopsStyleChangesHowItBargains() {
        String conversation = UUID.randomUUID().toString();
        Catalogue.announce("firm-shop", "wool-coat", "羊毛双面呢大衣", "899", 10);
        given().contentType("application/json")
                .body("{\"aspiration\": 1, \"rounds\": 1, \"giftBudget\": 0}")
                .put("/api/v1/admin/shops/firm-shop/bargaining-style")
                .then()
                .statusCode(201);
        given().contentType("application/json")
                .body(COAT)
                .put("/api/v1/admin/shops/firm-shop/price-policies/wool-coat")
                .then()
                .statusCode(201);
        for (String push : List.of("太贵了", "便宜点吧")) {
            TopicProbe.send(
                    Topics.ROUTED_NEGOTIATION,
                    conversation,
                    EventJson.write(routed("firm-shop", conversation, push, "bargain", List.of())));
        }
        List<String> texts = replies(conversation, 3);
        assertThat(texts.get(1)).as("one round, then the supervisor").contains("帮您算");
        assertThat(texts.get(2)).contains("¥869").doesNotContain("羊毛围巾小样");
    }

    private static final String COAT = """
            {"floorPrice": 829, "mode": "adjustable",
             "gifts": [{"name": "羊毛围巾小样", "stock": 50, "cost": 15}],
             "shipping": {"fee": 12, "freeOver": 299, "waivable": true},
             "spendSaves": [{"threshold": 299, "off": 30}], "coupons": [{"name": "新客券", "amount": 10, "minSpend": 100}],
             "tiers": [{"minQuantity": 2, "unitPrice": 859}]}""";

    private static int scarvesInStock() {
        return given().get("/api/v1/admin/shops/demo/price-policies/wool-coat")
                .then()
                .statusCode(200)
                .extract()
                .path("gifts.find { it.name == '羊毛围巾小样' }.stock");
    }

    @Test
    void theCataloguesPriceAndStockReachBargaining() {
        Catalogue.announce("cat-shop", "wool-coat", "羊毛双面呢大衣", "899", 10);
        Catalogue.announce("cat-shop", "parka", "连帽加厚派克服", "529", 0);
        Catalogue.announce("cat-shop", "down-jacket", "轻薄白鸭绒羽绒服", "459", 41);
        given().contentType("application/json")
                .body(COAT)
                .put("/api/v1/admin/shops/cat-shop/price-policies/wool-coat")
                .then()
                .statusCode(201);

        Catalogue.announce("cat-shop", "wool-coat", "羊毛双面呢大衣", "999", 10);
        String conversation = UUID.randomUUID().toString();
        for (String text : List.of("太贵了", "看看便宜点的款")) {
            TopicProbe.send(
                    Topics.ROUTED_NEGOTIATION,
                    conversation,
                    EventJson.write(routed("cat-shop", conversation, text, "bargain", List.of())));
        }
        List<String> texts = replies(conversation, 2);
        assertThat(texts.get(0))
                .as("the catalogue's new price, less the promotions")
                .contains("到手¥959");
        assertThat(texts.get(1)).contains("轻薄白鸭绒羽绒服（¥459）").doesNotContain("连帽加厚派克服");
    }

    @Test
    void anOlderCatalogueChangeArrivingLateChangesNothing() {
        UUID id = UUID.randomUUID();
        Envelope older = new Envelope(
                id,
                "ProductChanged",
                1,
                Instant.now().minusSeconds(60),
                "late-shop",
                ProductChanged.key("late-shop", "scarf"),
                null,
                id,
                id,
                "greeting-service",
                Actor.system,
                new ProductChanged("scarf", "围巾", new BigDecimal("199"), 5));
        Catalogue.announce("late-shop", "scarf", "围巾", "189", 5);
        TopicProbe.send(Topics.CATALOGUE_EVENTS, older.key(), EventJson.write(older));
        Catalogue.announce("late-shop", "hat", "帽子", "59", 5);
        Catalogue.awaitCopy("late-shop", "scarf", new BigDecimal("189"), true);
    }

    @Test
    void aRedeliveredMessageIsAnsweredOnce() throws Exception {
        String conversation = UUID.randomUUID().toString();
        Envelope once = routed(conversation, "太贵了", "bargain", List.of());
        TopicProbe.send(Topics.ROUTED_NEGOTIATION, conversation, EventJson.write(once));
        TopicProbe.send(Topics.ROUTED_NEGOTIATION, conversation, EventJson.write(once));
        TopicProbe.send(
                Topics.ROUTED_NEGOTIATION,
                conversation,
                EventJson.write(routed(conversation, "有什么活动", "promotion", List.of())));
        List<String> texts = replies(conversation, 2);
        assertThat(texts.get(0)).contains("到手¥859");
        assertThat(texts.get(1))
                .as("the second reply answers the next message, not the redelivery")
                .contains("全店满299减30", "2件起每件¥859");
    }

    @Test
    void aCounterOfferIsReadFromTheFrontDesksEntities() {
        String conversation = UUID.randomUUID().toString();
        TopicProbe.send(
                Topics.ROUTED_NEGOTIATION,
                conversation,
                EventJson.write(routed(
                        conversation, "900卖不卖", "bargain", List.of(new MessageRouted.Entity("amount", "900", "900")))));
        assertThat(replies(conversation, 1).get(0)).contains("¥899", "拍下");
        assertThat(TopicProbe.await(Topics.NEGOTIATION_EVENTS, conversation, v -> v.contains("DealAgreed"), WAIT)
                        .value())
                .contains("\"unitPrice\":899");
    }

    @Test
    void aCustomerWhoLeavesEndsTheNegotiation() throws Exception {
        String conversation = UUID.randomUUID().toString();
        say(conversation, "算了不买了");
        ConsumerRecord<String, String> ended =
                TopicProbe.await(Topics.NEGOTIATION_EVENTS, conversation, v -> v.contains("NegotiationEnded"), WAIT);
        assertThat(Schemas.of(EventType.NegotiationEnded)
                        .validate(EventJson.mapper().readTree(ended.value())))
                .isEmpty();
        assertThat(ended.value()).contains("customer_left");
    }
}
