package com.dianxiaoer.messaging;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** An event this service has handled; stored in the handling transaction so a redelivery is recognised. */
@Entity
@Table(name = "processed_event")
public class ProcessedEventEntity extends PanacheEntityBase {
    @Id
    @Column(name = "event_id")
    public UUID eventId;

    @Column(name = "processed_at")
    public Instant processedAt;

    /** Records the event as handled; false when it already was. Called by EventIntake inside the handling transaction. */
    static boolean firstTime(UUID eventId, Instant now) {
        if (findById(eventId) != null) {
            return false;
        }
        ProcessedEventEntity e = new ProcessedEventEntity();
        e.eventId = eventId;
        e.processedAt = now;
        e.persist();
        return true;
    }
}
