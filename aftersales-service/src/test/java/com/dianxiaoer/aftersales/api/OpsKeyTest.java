package com.dianxiaoer.aftersales.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import com.dianxiaoer.localstack.LocalStackTestResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** With an ops key set (DIANXIAOER_OPS_API_KEY), the cases and the after-sales policy need it; health does not. */
@QuarkusTest
@TestProfile(OpsKeyTest.WithKey.class)
@QuarkusTestResource(
        value = LocalStackTestResource.class,
        initArgs = @ResourceArg(name = "database", value = "aftersales"))
class OpsKeyTest {
    public static class WithKey implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("dianxiaoer.ops.api-key", "aftersales-ops-key");
        }
    }

    @Test
    void theOpsApiNeedsTheKey() {
        given().get("/api/v1/admin/shops/demo/cases").then().statusCode(401).body("code", equalTo("invalid_api_key"));
        given().header("X-Api-Key", "wrong")
                .get("/api/v1/admin/shops/demo/aftersales-policy")
                .then()
                .statusCode(401);
        given().header("X-Api-Key", "aftersales-ops-key")
                .get("/api/v1/admin/shops/demo/cases?state=escalated")
                .then()
                .statusCode(200);
        given().get("/q/health/ready").then().statusCode(200);
    }
}
