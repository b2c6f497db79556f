package com.dianxiaoer.negotiation.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import com.dianxiaoer.localstack.LocalStackTestResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A deployment that forgot to set the ops API key has its admin API closed, not open to anyone. */
@QuarkusTest
@TestProfile(OpsApiClosedWithoutKeyTest.AsDeployed.class)
@QuarkusTestResource(
        value = LocalStackTestResource.class,
        initArgs = @ResourceArg(name = "database", value = "negotiation"))
class OpsApiClosedWithoutKeyTest {
    public static class AsDeployed implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("dianxiaoer.ops.open-without-key", "false");
        }
    }

    @Test
    void theAdminApiIsClosedAndSaysWhy() {
        given().when()
                .get("/api/v1/admin/shops/demo/price-policies/wool-coat")
                .then()
                .statusCode(401)
                .body("code", equalTo("invalid_api_key"))
                .body("message", containsString("DIANXIAOER_OPS_API_KEY"));
        given().header("X-Api-Key", "anything")
                .when()
                .get("/api/v1/admin/shops/demo/bargaining-style")
                .then()
                .statusCode(401);
        given().when().get("/q/health/ready").then().statusCode(200);
    }
}
