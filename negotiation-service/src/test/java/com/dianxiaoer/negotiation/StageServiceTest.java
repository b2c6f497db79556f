package com.dianxiaoer.negotiation;

import com.dianxiaoer.events.Stage;
import com.dianxiaoer.localstack.LocalStackTestResource;
import com.dianxiaoer.messaging.StageServiceContract;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;

/** The contract every stage service keeps (inbox, health, metrics, OpenAPI), on this service's database. */
@QuarkusTest
@QuarkusTestResource(
        value = LocalStackTestResource.class,
        initArgs = @ResourceArg(name = "database", value = "negotiation"))
class StageServiceTest extends StageServiceContract {
    @Override
    protected Stage stage() {
        return Stage.negotiation;
    }

    @Override
    protected List<String> channels() {
        return List.of("routed", "catalogue", "outbox");
    }

    @Override
    protected String openApiTitle() {
        return "Dianxiaoer negotiation-service";
    }
}
