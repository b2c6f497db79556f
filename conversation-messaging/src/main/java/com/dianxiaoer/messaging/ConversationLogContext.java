package com.dianxiaoer.messaging;

import io.smallrye.reactive.messaging.IncomingInterceptor;
import io.smallrye.reactive.messaging.kafka.api.IncomingKafkaRecordMetadata;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.regex.Pattern;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.jboss.logging.MDC;

/**
 * Puts the conversation id (every record's key) into the logging MDC while a record is handled, on every incoming
 * channel of every service, so a log line about a record (a dead letter, a retry) names its conversation. JSON logs
 * print it as {@code mdc.conversationId}. Only a UUID-shaped key is used: a key is never personal data then.
 */
@ApplicationScoped
public class ConversationLogContext implements IncomingInterceptor {
    public static final String MDC_KEY = "conversationId";
    private static final Pattern UUID_SHAPE = Pattern.compile("[0-9a-fA-F-]{36}");

    @Override
    public Message<?> afterMessageReceive(Message<?> message) {
        message.getMetadata(IncomingKafkaRecordMetadata.class)
                .map(IncomingKafkaRecordMetadata::getKey)
                .filter(key -> key instanceof String s && UUID_SHAPE.matcher(s).matches())
                .ifPresentOrElse(key -> MDC.put(MDC_KEY, key), () -> MDC.remove(MDC_KEY));
        return message;
    }

    @Override
    public void onMessageAck(Message<?> message) {
        MDC.remove(MDC_KEY);
    }

    @Override
    public void onMessageNack(Message<?> message, Throwable failure) {
        MDC.remove(MDC_KEY);
    }
}
