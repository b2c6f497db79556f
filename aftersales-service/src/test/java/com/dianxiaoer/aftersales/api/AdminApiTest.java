package com.dianxiaoer.aftersales.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;

import com.dianxiaoer.localstack.LocalStackTestResource;
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
        initArgs = @ResourceArg(name = "database", value = "aftersales"))
class AdminApiTest {

    private static Map<String, Object> policy() {
        Map<String, Object> p = new HashMap<>();
        p.put("noReasonReturnDays", 15);
        p.put("itemCondition", "吊牌完好，未经使用");
        p.put(
                "shopPaysReturnShippingFor",
                List.of("quality", "damaged", "wrong_item", "missing_item", "colour_difference"));
        p.put("freightInsurance", true);
        p.put("couponAmount", 5);
        p.put("seriousCouponAmount", 20);
        p.put("maxCouponAmount", 30);
        p.put("gift", "小样礼包");
        p.put("priceProtectionDays", 7);
        p.put("maxPartialRefund", 50);
        p.put("highValueThreshold", 800);
        p.put("timeZone", "Asia/Shanghai");
        p.put("dayStart", "08:30");
        p.put("dayEnd", "23:00");
        p.put("followUpMinutes", 60);
        p.put("refundHours", 24);
        return p;
    }

    @Test
    void theDemoShopsPolicyIsSeeded() {
        given().get("/api/v1/admin/shops/demo/aftersales-policy")
                .then()
                .statusCode(200)
                .body("noReasonReturnDays", equalTo(7))
                .body("shopPaysReturnShippingFor", hasItems("quality", "damaged"))
                .body("dayEnd", equalTo("22:00"));
    }

    @Test
    void aValidPolicyIsStoredAndReadBack() {
        given().contentType(ContentType.JSON)
                .body(policy())
                .put("/api/v1/admin/shops/test-shop/aftersales-policy")
                .then()
                .statusCode(201)
                .body("noReasonReturnDays", equalTo(15))
                .body("freightInsurance", equalTo(true));
        Map<String, Object> p = policy();
        p.put("couponAmount", 8);
        given().contentType(ContentType.JSON)
                .body(p)
                .put("/api/v1/admin/shops/test-shop/aftersales-policy")
                .then()
                .statusCode(200)
                .body("couponAmount", equalTo(8));
    }

    @Test
    void aBadPolicyIsRefusedWithACodeAndNothingChanges() {
        Map<String, Object> p = policy();
        p.put("noReasonReturnDays", 3);
        p.put("seriousCouponAmount", 100);
        given().contentType(ContentType.JSON)
                .body(p)
                .put("/api/v1/admin/shops/demo/aftersales-policy")
                .then()
                .statusCode(400)
                .body("code", equalTo("invalid_policy"))
                .body("message", containsString("noReasonReturnDays"))
                .body("message", containsString("seriousCouponAmount must not be above maxCouponAmount"));
        p = policy();
        p.put("shopPaysReturnShippingFor", List.of("weather"));
        given().contentType(ContentType.JSON)
                .body(p)
                .put("/api/v1/admin/shops/demo/aftersales-policy")
                .then()
                .statusCode(400)
                .body("code", equalTo("invalid_json"));
        given().contentType(ContentType.JSON)
                .body(Map.of("noReasonReturnDays", 7))
                .put("/api/v1/admin/shops/demo/aftersales-policy")
                .then()
                .statusCode(400)
                .body("code", equalTo("invalid_request"));
        p = policy();
        p.put("dayStart", "nine");
        given().contentType(ContentType.JSON)
                .body(p)
                .put("/api/v1/admin/shops/demo/aftersales-policy")
                .then()
                .statusCode(400)
                .body("code", equalTo("invalid_policy"));
        given().contentType(ContentType.JSON)
                .body("{not json")
                .put("/api/v1/admin/shops/demo/aftersales-policy")
                .then()
                .statusCode(400)
                .body("code", equalTo("invalid_json"));
        given().get("/api/v1/admin/shops/demo/aftersales-policy")
                .then()
                .statusCode(200)
                .body("noReasonReturnDays", equalTo(7));
    }

    @Test
    void caseListsRefuseAnUnknownStateAndUnknownCasesAreNotFound() {
        given().get("/api/v1/admin/shops/demo/cases?state=sleeping")
                .then()
                .statusCode(400)
                .body("code", equalTo("invalid_state"));
        given().get("/api/v1/admin/shops/demo/cases").then().statusCode(200);
        given().get("/api/v1/admin/shops/demo/cases/not-a-uuid")
                .then()
                .statusCode(404)
                .body("code", equalTo("case_not_found"));
        given().contentType(ContentType.JSON)
                .body(Map.of("resolution", "refund", "message", "好的"))
                .post("/api/v1/admin/shops/demo/cases/00000000-0000-0000-0000-000000000000/resolve")
                .then()
                .statusCode(404)
                .body("code", equalTo("case_not_found"));
        given().contentType(ContentType.JSON)
                .body(Map.of("resolution", "magic", "message", "好的"))
                .post("/api/v1/admin/shops/demo/cases/00000000-0000-0000-0000-000000000000/resolve")
                .then()
                .statusCode(400)
                .body("code", equalTo("invalid_request"));
    }
}
