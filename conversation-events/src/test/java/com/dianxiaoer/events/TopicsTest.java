package com.dianxiaoer.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class TopicsTest {

    @Test
    void routesAStageToItsTopic() {
        assertThat(Topics.routedTo(Stage.negotiation)).isEqualTo("conversation.routed.negotiation");
        assertThat(Topics.routedTo(Stage.order)).isEqualTo(Topics.ROUTED_ORDER);
        assertThat(Topics.routedTo(Stage.aftersales)).isEqualTo(Topics.ROUTED_AFTERSALES);
    }

    @Test
    void theFrontDeskAndHumansHaveNoRoutedTopic() {
        assertThatThrownBy(() -> Topics.routedTo(Stage.greeting)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Topics.routedTo(Stage.human)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void namesTheDeadLetterTopic() {
        assertThat(Topics.deadLetter(Topics.REPLIES)).isEqualTo("conversation.replies.dlq");
    }
}
