package com.dianxiaoer.greeting.persistence;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** One service's report on one conversation of an erasure; {@code reportedAt} null while it is awaited. */
@Entity
@Table(name = "erasure_step")
public class ErasureStepEntity extends PanacheEntityBase {
    @EmbeddedId
    public Key key;

    public Integer records;

    @Column(name = "reported_at")
    public Instant reportedAt;

    @Embeddable
    public record Key(
            @Column(name = "erasure_id") UUID erasureId,
            @Column(name = "conversation_id") UUID conversationId,
            @Column(name = "service") String service)
            implements Serializable {}

    public static void awaited(UUID erasureId, UUID conversationId, String service) {
        ErasureStepEntity step = new ErasureStepEntity();
        step.key = new Key(erasureId, conversationId, service);
        step.persist();
    }

    public static void reported(UUID erasureId, UUID conversationId, String service, int records, Instant at) {
        ErasureStepEntity step = new ErasureStepEntity();
        step.key = new Key(erasureId, conversationId, service);
        step.records = records;
        step.reportedAt = at;
        step.persist();
    }

    public static Optional<ErasureStepEntity> of(UUID erasureId, UUID conversationId, String service) {
        return findByIdOptional(new Key(erasureId, conversationId, service));
    }

    public static List<ErasureStepEntity> ofErasure(UUID erasureId) {
        return list("key.erasureId = ?1 order by key.service, key.conversationId", erasureId);
    }

    public static long awaitedOf(UUID erasureId) {
        return count("key.erasureId = ?1 and reportedAt is null", erasureId);
    }
}
