package com.dianxiaoer.greeting.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.dianxiaoer.events.EventJson;
import com.dianxiaoer.events.Topics;
import com.dianxiaoer.events.payload.CustomerMessageReceived;
import com.dianxiaoer.events.payload.MessageRouted;
import com.dianxiaoer.localstack.LocalStackTestResource;
import com.dianxiaoer.localstack.TopicProbe;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * A customer's phone, address, name and identity card number never reach conversation.events, which analysts read;
 * order-service, which must change the address, gets the words as typed on its own topic.
 */
@QuarkusTest
@QuarkusTestResource(
        value = LocalStackTestResource.class,
        initArgs = @ResourceArg(name = "database", value = "greeting"))
class PersonalDataOnTopicsTest {
    private static final Duration WAIT = Duration.ofSeconds(20);

    @Test
    void analystsReadNoPersonalDataAndOrderServiceGetsTheAddress() {
        Chat chat = Chat.open("demo");
        String said = "我要改地址 改成北京市朝阳区建国路88号5号楼，收件人李雷，电话13912345678，身份证号110101199003071234";
        chat.say(said).statusCode(202);

        String received = TopicProbe.await(
                        Topics.CONVERSATION_EVENTS, chat.id(), v -> v.contains("CustomerMessageReceived"), WAIT)
                .value();
        String masked = ((CustomerMessageReceived) EventJson.read(received).payload()).text();
        assertThat(received).doesNotContain("建国路", "李雷", "13912345678", "199003071234");
        assertThat(masked).contains("北京市朝阳区****", "收件人李**", "139****5678", "110101********1234");

        String routed = TopicProbe.await(Topics.ROUTED_ORDER, chat.id(), v -> true, WAIT)
                .value();
        assertThat(((MessageRouted) EventJson.read(routed).payload()).text())
                .as("the stage service gets the words as typed")
                .isEqualTo(said);
        assertThat(chat.transcript().get(0).get("text"))
                .as("and the customer sees what they typed")
                .isEqualTo(said);
    }
}
