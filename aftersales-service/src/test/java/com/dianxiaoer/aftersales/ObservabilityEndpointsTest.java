package com.dianxiaoer.aftersales;

import com.dianxiaoer.localstack.LocalStackTestResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/** What the deployment relies on (README, "Observe"): probes, metrics and the API document. */
@QuarkusTest
@QuarkusTestResource(value = LocalStackTestResource.class, initArgs = @ResourceArg(name = "database", value = "aftersales"))
class ObservabilityEndpointsTest {

    @Test
    void readinessHasTheDatabaseAndKafkaAndLivenessHasNeither() {
        JsonPath ready = given().when().get("/q/health/ready").then().statusCode(200).extract().jsonPath();
        List<String> checks = ready.getList("checks.name");
        assertThat(checks).anySatisfy(name -> assertThat(name).containsIgnoringCase("database"));
        Map<String, Object> channels = ready.getMap("checks.find { it.name.toLowerCase().contains('messaging') }.data");
        assertThat(channels).containsKeys("routed", "order-events", "outbox");
        JsonPath live = given().when().get("/q/health/live").then().statusCode(200).extract().jsonPath();
        List<String> liveChecks = live.getList("checks.name");
        assertThat(liveChecks).noneSatisfy(name -> assertThat(name).containsIgnoringCase("database"));
        List<Map<String, Object>> data = live.getList("checks.data");
        assertThat(data).allSatisfy(d -> assertThat(d == null ? Map.of() : d).doesNotContainKeys("routed", "order-events", "outbox"));
        given().when().get("/q/health/started").then().statusCode(200);
    }

    @Test
    void metricsHaveConsumerLagAndTheOpenApiDocumentIsPublished() {
        String metrics = given().when().get("/q/metrics").then().statusCode(200).extract().asString();
        assertThat(metrics).contains("kafka_consumer_fetch_manager_records_lag_max");
        given().queryParam("format", "json").when().get("/q/openapi").then().statusCode(200)
                .extract().jsonPath().getString("openapi").startsWith("3.");
        assertThat(given().queryParam("format", "json").when().get("/q/openapi").then().extract().jsonPath().getString("info.title"))
                .isEqualTo("Dianxiaoer aftersales-service");
    }
}
