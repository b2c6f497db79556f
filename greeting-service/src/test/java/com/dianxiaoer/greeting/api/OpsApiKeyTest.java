package com.dianxiaoer.greeting.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import com.dianxiaoer.localstack.LocalStackTestResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Where a deployment sets an ops API key, the operator APIs need it and the customer's chat API does not. */
@QuarkusTest
@TestProfile(OpsApiKeyTest.WithKey.class)
@QuarkusTestResource(
        value = LocalStackTestResource.class,
        initArgs = @ResourceArg(name = "database", value = "greeting"))
class OpsApiKeyTest {

    public static class WithKey implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            // A second application in this JVM cannot load the embedding model's native libraries again.
            return Map.of("dianxiaoer.ops.api-key", "s3cret-ops-key", "dianxiaoer.nlu.classifier", "keyword");
        }
    }

    @Test
    void adminAndNluNeedTheKey() {
        given().when().get("/api/v1/admin/shops/demo").then().statusCode(401).body("code", equalTo("invalid_api_key"));
        given().header("X-Api-Key", "wrong")
                .when()
                .get("/api/v1/admin/shops/demo")
                .then()
                .statusCode(401)
                .body("code", equalTo("invalid_api_key"));
        given().contentType(ContentType.JSON)
                .body(Map.of("text", "在吗"))
                .when()
                .post("/api/v1/nlu/classify")
                .then()
                .statusCode(401)
                .body("code", equalTo("invalid_api_key"));
        given().header("X-Api-Key", "s3cret-ops-key")
                .when()
                .get("/api/v1/admin/shops/demo")
                .then()
                .statusCode(200)
                .body("agentNumber", equalTo("008"));
    }

    @Test
    void aShopsSignedInAdminManagesThatShopAndNoOther() {
        given().header("X-Api-Key", "s3cret-ops-key")
                .contentType(ContentType.JSON)
                .body(Map.of("username", "key-boss", "name", "店长", "role", "shop_admin", "password", "key-boss-secret"))
                .post("/api/v1/admin/shops/demo/accounts")
                .then()
                .statusCode(org.hamcrest.Matchers.oneOf(201, 409));
        given().header("X-Api-Key", "s3cret-ops-key")
                .contentType(ContentType.JSON)
                .body(Map.of("username", "key-agent", "name", "小王", "role", "agent", "password", "key-agent-secret"))
                .post("/api/v1/admin/shops/demo/accounts")
                .then()
                .statusCode(org.hamcrest.Matchers.oneOf(201, 409));
        String boss = signIn("key-boss");
        given().header("Authorization", "Bearer " + boss)
                .get("/api/v1/admin/shops/demo")
                .then()
                .statusCode(200);
        given().header("Authorization", "Bearer " + boss)
                .get("/api/v1/admin/shops/demo/accounts")
                .then()
                .statusCode(200);
        given().header("Authorization", "Bearer " + boss)
                .get("/api/v1/admin/shops/another-shop")
                .then()
                .statusCode(401);
        given().header("Authorization", "Bearer " + boss)
                .contentType(ContentType.JSON)
                .body(Map.of("text", "在吗"))
                .post("/api/v1/nlu/classify")
                .then()
                .statusCode(401);
        given().header("Authorization", "Bearer " + signIn("key-agent"))
                .get("/api/v1/admin/shops/demo")
                .then()
                .statusCode(401);
    }

    @Test
    void aShopsAdminChangesItsSettingsButNotTheRateLimitsTheOperatorSets() {
        given().header("X-Api-Key", "s3cret-ops-key")
                .contentType(ContentType.JSON)
                .body(Map.of("username", "key-boss", "name", "店长", "role", "shop_admin", "password", "key-boss-secret"))
                .post("/api/v1/admin/shops/demo/accounts")
                .then()
                .statusCode(org.hamcrest.Matchers.oneOf(201, 409));
        String boss = signIn("key-boss");
        Map<String, Object> shop = given().header("Authorization", "Bearer " + boss)
                .get("/api/v1/admin/shops/demo")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getMap("$");
        given().header("Authorization", "Bearer " + boss)
                .contentType(ContentType.JSON)
                .body(shop)
                .put("/api/v1/admin/shops/demo")
                .then()
                .statusCode(200);

        var raised = new HashMap<>(shop);
        raised.put(
                "rateLimits", Map.of("perConversation", 100_000, "perClientAddress", 1_000_000, "perShop", 10_000_000));
        raised.put("promotion", "不该写进去的促销");
        given().header("Authorization", "Bearer " + boss)
                .contentType(ContentType.JSON)
                .body(raised)
                .put("/api/v1/admin/shops/demo")
                .then()
                .statusCode(403)
                .body("code", equalTo("operator_only"));
        given().header("X-Api-Key", "s3cret-ops-key")
                .get("/api/v1/admin/shops/demo")
                .then()
                .statusCode(200)
                .body(
                        "rateLimits.perConversation",
                        equalTo(((Map<?, ?>) shop.get("rateLimits")).get("perConversation")))
                .body("promotion", org.hamcrest.Matchers.not(equalTo("不该写进去的促销")));
    }

    private static String signIn(String username) {
        return given().contentType(ContentType.JSON)
                .body(Map.of("shopId", "demo", "username", username, "password", username + "-secret"))
                .post("/api/v1/agent/sign-in")
                .then()
                .statusCode(200)
                .extract()
                .path("token");
    }

    @Test
    void theChatApiStaysOpenToTheWidget() {
        Chat.open("demo").say("在吗").statusCode(202);
        given().when().get("/api/v1/shops/demo").then().statusCode(200).body("name", equalTo("小二优选旗舰店"));
    }
}
