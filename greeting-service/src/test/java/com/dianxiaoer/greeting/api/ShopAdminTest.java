package com.dianxiaoer.greeting.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import com.dianxiaoer.events.EventJson;
import com.dianxiaoer.events.EventType;
import com.dianxiaoer.events.Schemas;
import com.dianxiaoer.events.Topics;
import com.dianxiaoer.events.payload.ProductChanged;
import com.dianxiaoer.localstack.LocalStackTestResource;
import com.dianxiaoer.localstack.TopicProbe;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(
        value = LocalStackTestResource.class,
        initArgs = @ResourceArg(name = "database", value = "greeting"))
class ShopAdminTest {

    private static Map<String, Object> shop(String name) {
        return Map.of(
                "name",
                name,
                "agentName",
                "阿福",
                "agentNumber",
                "021",
                "promotion",
                "第二件半价",
                "couriers",
                List.of("中通"),
                "stockRule",
                "能拍的都有货");
    }

    @Test
    void aNewShopGreetsWithItsOwnSettings() {
        given().contentType(ContentType.JSON)
                .body(shop("福气小铺"))
                .when()
                .put("/api/v1/admin/shops/fuqi")
                .then()
                .statusCode(201)
                .body("name", equalTo("福气小铺"))
                .body("couriers[0]", equalTo("中通"));
        given().contentType(ContentType.JSON)
                .body(shop("福气小铺二店"))
                .when()
                .put("/api/v1/admin/shops/fuqi")
                .then()
                .statusCode(200);
        Chat chat = Chat.open("fuqi");
        chat.say("你好").statusCode(202);
        String welcome = (String) chat.awaitItems(2).get(1).get("text");
        assertThat(welcome).contains("福气小铺二店", "阿福", "021", "第二件半价", "中通");
    }

    @Test
    void invalidShopSettingsAreRefusedAndNothingChanges() {
        Map<String, Object> bad =
                Map.of("name", "", "agentName", "阿福", "agentNumber", "0 21", "couriers", List.of("a,b"));
        given().contentType(ContentType.JSON)
                .body(bad)
                .when()
                .put("/api/v1/admin/shops/demo")
                .then()
                .statusCode(400)
                .body("code", equalTo("invalid_request"))
                .body("message", containsString("name"))
                .body("message", containsString("agentNumber"));
        given().when().get("/api/v1/admin/shops/demo").then().statusCode(200).body("name", equalTo("小二优选旗舰店"));
        given().contentType(ContentType.JSON)
                .body(shop("x"))
                .when()
                .put("/api/v1/admin/shops/Bad Id!")
                .then()
                .statusCode(400)
                .body("code", equalTo("invalid_shop_id"));
        given().when().get("/api/v1/admin/shops/nope").then().statusCode(404).body("code", equalTo("shop_not_found"));
    }

    @Test
    void aProductCanBeAddedAndIsAnsweredAbout() {
        given().contentType(ContentType.JSON)
                .body(shop("卫衣小铺"))
                .when()
                .put("/api/v1/admin/shops/weiyi")
                .then()
                .statusCode(201);
        Map<String, Object> product = Map.of(
                "name",
                "加绒卫衣",
                "keywords",
                List.of("卫衣"),
                "price",
                189.00,
                "stock",
                5,
                "sizes",
                List.of("M", "L"),
                "material",
                "棉混纺加绒",
                "sizeChart",
                List.of("160-170:M", "171-180:L"));
        given().contentType(ContentType.JSON)
                .body(product)
                .when()
                .put("/api/v1/admin/shops/weiyi/products/fleece-hoodie")
                .then()
                .statusCode(201)
                .body("sizeChart[1]", equalTo("171-180:L"));
        Chat chat = Chat.open("weiyi");
        chat.say("卫衣175穿多大").statusCode(202);
        assertThat((String) chat.awaitItems(3).get(2).get("text")).contains("175", "L码", "棉混纺加绒");
    }

    @Test
    void everyProductChangeIsAnnouncedForTheServicesThatKeepACopy() throws Exception {
        given().contentType(ContentType.JSON)
                .body(shop("围巾小铺"))
                .when()
                .put("/api/v1/admin/shops/weijin")
                .then()
                .statusCode(201);
        Map<String, Object> scarf = Map.of("name", "羊绒围巾", "price", 259.00, "stock", 7);
        given().contentType(ContentType.JSON)
                .body(scarf)
                .when()
                .put("/api/v1/admin/shops/weijin/products/cashmere-scarf")
                .then()
                .statusCode(201);
        given().contentType(ContentType.JSON)
                .body(Map.of("name", "羊绒围巾", "price", 239.00, "stock", 0))
                .when()
                .put("/api/v1/admin/shops/weijin/products/cashmere-scarf")
                .then()
                .statusCode(200);

        String key = ProductChanged.key("weijin", "cashmere-scarf");
        List<ConsumerRecord<String, String>> changes =
                TopicProbe.awaitAll(Topics.CATALOGUE_EVENTS, key, v -> true, 2, Duration.ofSeconds(20));
        for (ConsumerRecord<String, String> change : changes) {
            assertThat(Schemas.of(EventType.ProductChanged)
                            .validate(EventJson.mapper().readTree(change.value())))
                    .isEmpty();
        }
        ProductChanged last =
                (ProductChanged) EventJson.read(changes.get(1).value()).payload();
        assertThat(last.listPrice()).isEqualByComparingTo("239");
        assertThat(last.stock()).isZero();

        ConsumerRecord<String, String> seeded = TopicProbe.await(
                Topics.CATALOGUE_EVENTS, ProductChanged.key("demo", "wool-coat"), v -> true, Duration.ofSeconds(20));
        assertThat(((ProductChanged) EventJson.read(seeded.value()).payload()).listPrice())
                .as("the seeded demo catalogue is announced too")
                .isEqualByComparingTo("899");
    }

    @Test
    void invalidProductsAreRefused() {
        given().contentType(ContentType.JSON)
                .body(Map.of("name", "x", "price", -1, "stock", 1))
                .when()
                .put("/api/v1/admin/shops/demo/products/x")
                .then()
                .statusCode(400)
                .body("code", equalTo("invalid_request"));
        given().contentType(ContentType.JSON)
                .body(Map.of("name", "x", "price", 1, "stock", 1, "sizeChart", List.of("180-170:L")))
                .when()
                .put("/api/v1/admin/shops/demo/products/x")
                .then()
                .statusCode(400)
                .body("code", equalTo("invalid_size_chart"));
        given().contentType(ContentType.JSON)
                .body(Map.of("name", "x", "price", 1, "stock", 1))
                .when()
                .put("/api/v1/admin/shops/nope/products/x")
                .then()
                .statusCode(404)
                .body("code", equalTo("shop_not_found"));
        given().when()
                .get("/api/v1/shops/demo/products")
                .then()
                .statusCode(200)
                .body("find { it.id == 'x' }", equalTo(null));
    }
}
