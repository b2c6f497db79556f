package com.dianxiaoer.greeting.persistence;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.LockModeType;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** An erasure of one customer's conversations, or of a shop's conversations past retention; no customer id is kept. */
@Entity
@Table(name = "erasure")
public class ErasureEntity extends PanacheEntityBase {
    @Id
    public UUID id;

    @Column(name = "shop_id")
    public String shopId;

    public String reason;
    public int conversations;

    @Column(name = "requested_at")
    public Instant requestedAt;

    @Column(name = "completed_at")
    public Instant completedAt;

    public static ErasureEntity start(String shopId, String reason, int conversations, Instant now) {
        ErasureEntity e = new ErasureEntity();
        e.id = UUID.randomUUID();
        e.shopId = shopId;
        e.reason = reason;
        e.conversations = conversations;
        e.requestedAt = now;
        e.persist();
        return e;
    }

    public static Optional<ErasureEntity> ofShop(String shopId, UUID id) {
        return ErasureEntity.<ErasureEntity>findByIdOptional(id).filter(e -> e.shopId.equals(shopId));
    }

    public static Optional<ErasureEntity> lock(UUID id) {
        return Optional.ofNullable(findById(id, LockModeType.PESSIMISTIC_WRITE));
    }

    /** The shop's latest erasures, newest first. */
    public static List<ErasureEntity> latestOf(String shopId, int limit) {
        return find("shopId = ?1 order by requestedAt desc", shopId)
                .page(0, limit)
                .list();
    }
}
