package com.dianxiaoer.greeting.persistence;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** A signed-in agent's session; the token itself is only ever in the agent's browser. */
@Entity
@Table(name = "agent_session")
public class AgentSessionEntity extends PanacheEntityBase {
    @Id
    @Column(name = "token_hash")
    public String tokenHash;

    @Column(name = "account_id")
    public UUID accountId;

    @Column(name = "expires_at")
    public Instant expiresAt;

    public static long deleteExpired(Instant now) {
        return delete("expiresAt < ?1", now);
    }
}
