package com.dianxiaoer.negotiation;

import static io.restassured.RestAssured.given;

import com.dianxiaoer.events.Actor;
import com.dianxiaoer.events.Envelope;
import com.dianxiaoer.events.EventJson;
import com.dianxiaoer.events.Topics;
import com.dianxiaoer.events.payload.ProductChanged;
import com.dianxiaoer.localstack.TopicProbe;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/** Announces catalogue products the way greeting-service does, and waits until this service's copy has them. */
public final class Catalogue {
    private Catalogue() {}

    public static Envelope announce(String shopId, String productId, String name, String listPrice, int stock) {
        Envelope event = Envelope.of(
                shopId,
                ProductChanged.key(shopId, productId),
                null,
                Actor.system,
                "greeting-service",
                null,
                null,
                new ProductChanged(productId, name, new BigDecimal(listPrice), stock));
        TopicProbe.send(Topics.CATALOGUE_EVENTS, event.key(), EventJson.write(event));
        awaitCopy(shopId, productId, new BigDecimal(listPrice), stock > 0);
        return event;
    }

    public static void awaitCopy(String shopId, String productId, BigDecimal listPrice, boolean inStock) {
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (System.nanoTime() < deadline) {
            List<Map<String, Object>> items = given().get("/api/v1/admin/shops/" + shopId + "/catalogue")
                    .then()
                    .statusCode(200)
                    .extract()
                    .jsonPath()
                    .getList("$");
            boolean there = items.stream()
                    .anyMatch(i -> productId.equals(i.get("productId"))
                            && new BigDecimal(String.valueOf(i.get("listPrice"))).compareTo(listPrice) == 0
                            && inStock == (i.get("stock") != null && ((Number) i.get("stock")).intValue() > 0));
            if (there) {
                return;
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
        throw new AssertionError(
                productId + " at ¥" + listPrice + " never reached the catalogue's copy of shop " + shopId);
    }
}
