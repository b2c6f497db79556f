package com.dianxiaoer.negotiation.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import com.dianxiaoer.localstack.LocalStackTestResource;
import com.dianxiaoer.negotiation.Catalogue;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(
        value = LocalStackTestResource.class,
        initArgs = @ResourceArg(name = "database", value = "negotiation"))
class PricePolicyResourceTest {

    private static Map<String, Object> policy(double floor) {
        return Map.of(
                "floorPrice",
                floor,
                "mode",
                "adjustable",
                "gifts",
                List.of(Map.of("name", "小礼物", "stock", 3, "cost", 5)),
                "tiers",
                List.of(Map.of("minQuantity", 2, "unitPrice", 290)));
    }

    @Test
    void theDemoShopsPoliciesAreThere() {
        given().when()
                .get("/api/v1/admin/shops/demo/price-policies/wool-coat")
                .then()
                .statusCode(200)
                .body("floorPrice", equalTo(829.0f))
                .body("mode", equalTo("adjustable"));
    }

    @Test
    void aValidPolicyIsStoredAndReadBack() {
        Catalogue.announce("demo", "test-coat", "测试外套", "300", 4);
        given().contentType(ContentType.JSON)
                .body(policy(280))
                .when()
                .put("/api/v1/admin/shops/demo/price-policies/test-coat")
                .then()
                .statusCode(201)
                .body("listPrice", equalTo(300.0f))
                .body("tiers[0].unitPrice", equalTo(290));
        given().contentType(ContentType.JSON)
                .body(policy(270))
                .when()
                .put("/api/v1/admin/shops/demo/price-policies/test-coat")
                .then()
                .statusCode(200)
                .body("floorPrice", equalTo(270.0f));
    }

    @Test
    void aPolicyThatBreaksItsRulesIsRefusedAndNothingChanges() {
        given().contentType(ContentType.JSON)
                .body(policy(910))
                .when()
                .put("/api/v1/admin/shops/demo/price-policies/wool-coat")
                .then()
                .statusCode(400)
                .body("code", equalTo("invalid_policy"))
                .body("message", containsString("floorPrice must not be above listPrice"));
        given().contentType(ContentType.JSON)
                .body(policy(829))
                .when()
                .put("/api/v1/admin/shops/demo/price-policies/wool-coat")
                .then()
                .statusCode(400)
                .body("code", equalTo("invalid_policy"))
                .body("message", containsString("quantity tier"));
        given().contentType(ContentType.JSON)
                .body(Map.of("productName", "x"))
                .when()
                .put("/api/v1/admin/shops/demo/price-policies/wool-coat")
                .then()
                .statusCode(400)
                .body("code", equalTo("invalid_request"));
        given().when()
                .get("/api/v1/admin/shops/demo/price-policies/wool-coat")
                .then()
                .statusCode(200)
                .body("listPrice", equalTo(899.0f));
    }

    @Test
    void promotionsThatTakeWhatIsPaidUnderTheFloorAreRefused() {
        Catalogue.announce("demo", "test-bag", "测试包", "300", 4);
        Map<String, Object> policy = new HashMap<>(policy(280));
        policy.put("spendSaves", List.of(Map.of("threshold", 299, "off", 30)));
        given().contentType(ContentType.JSON)
                .body(policy)
                .when()
                .put("/api/v1/admin/shops/demo/price-policies/test-bag")
                .then()
                .statusCode(400)
                .body("code", equalTo("invalid_policy"))
                .body("message", containsString("promotions alone"));
    }

    @Test
    void aShopSetsItsBargainingStyleWithinBounds() {
        given().when()
                .get("/api/v1/admin/shops/style-shop/bargaining-style")
                .then()
                .statusCode(200)
                .body("aspiration", equalTo(0.5f))
                .body("rounds", equalTo(3))
                .body("giftBudget", equalTo(30));
        given().contentType(ContentType.JSON)
                .body(Map.of("aspiration", 0.7, "rounds", 4))
                .when()
                .put("/api/v1/admin/shops/style-shop/bargaining-style")
                .then()
                .statusCode(201)
                .body("aspiration", equalTo(0.7f))
                .body("rounds", equalTo(4))
                .body("giftBudget", equalTo(30.0f));
        given().contentType(ContentType.JSON)
                .body(Map.of("aspiration", 2, "rounds", 9, "giftBudget", -5))
                .when()
                .put("/api/v1/admin/shops/style-shop/bargaining-style")
                .then()
                .statusCode(400)
                .body("code", equalTo("invalid_style"))
                .body("message", containsString("aspiration must be between 0 and 1"))
                .body("message", containsString("rounds must be between 1 and 6"))
                .body("message", containsString("giftBudget"));
        given().when()
                .get("/api/v1/admin/shops/style-shop/bargaining-style")
                .then()
                .statusCode(200)
                .body("rounds", equalTo(4));
        given().contentType(ContentType.JSON)
                .body(Map.of("rounds", 2))
                .when()
                .put("/api/v1/admin/shops/Bad Shop/bargaining-style")
                .then()
                .statusCode(400)
                .body("code", equalTo("invalid_id"));
    }

    @Test
    void theNameAndListPriceAreTheCatalogues() {
        Catalogue.announce("demo", "test-hat", "测试帽子", "120", 9);
        Map<String, Object> policy = Map.of("floorPrice", 100, "mode", "adjustable");
        given().contentType(ContentType.JSON)
                .body(policy)
                .when()
                .put("/api/v1/admin/shops/demo/price-policies/test-hat")
                .then()
                .statusCode(201)
                .body("listPrice", equalTo(120.0f))
                .body("productName", equalTo("测试帽子"));
        given().contentType(ContentType.JSON)
                .body(Map.of("floorPrice", 100, "mode", "adjustable", "listPrice", 150))
                .when()
                .put("/api/v1/admin/shops/demo/price-policies/test-hat")
                .then()
                .statusCode(400)
                .body("code", equalTo("price_from_catalogue"))
                .body("message", containsString("120"));
        given().contentType(ContentType.JSON)
                .body(policy)
                .when()
                .put("/api/v1/admin/shops/demo/price-policies/never-announced")
                .then()
                .statusCode(409)
                .body("code", equalTo("product_not_in_catalogue"));

        Catalogue.announce("demo", "test-hat", "测试帽子", "130", 0);
        given().when()
                .get("/api/v1/admin/shops/demo/price-policies/test-hat")
                .then()
                .statusCode(200)
                .body("listPrice", equalTo(130.0f))
                .body("floorPrice", equalTo(100.0f));
    }

    @Test
    void anUnknownProductIsNotFound() {
        given().when()
                .get("/api/v1/admin/shops/demo/price-policies/no-such-thing")
                .then()
                .statusCode(404)
                .body("code", equalTo("policy_not_found"));
    }
}
