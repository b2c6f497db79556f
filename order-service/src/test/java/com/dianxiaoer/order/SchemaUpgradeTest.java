package com.dianxiaoer.order;

import com.dianxiaoer.localstack.LocalStackTestResource;
import com.dianxiaoer.messaging.SchemaUpgradeContract;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;

/** This service's database as the release before conversation-messaging owned its tables left it, upgraded. */
@QuarkusTest
@QuarkusTestResource(value = LocalStackTestResource.class, initArgs = @ResourceArg(name = "database", value = "order"))
class SchemaUpgradeTest extends SchemaUpgradeContract {}
