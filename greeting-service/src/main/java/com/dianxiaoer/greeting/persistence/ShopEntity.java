package com.dianxiaoer.greeting.persistence;

import com.dianxiaoer.greeting.domain.ServiceHours;
import com.dianxiaoer.greeting.domain.ShopProfile;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

@Entity
@Table(name = "shop")
public class ShopEntity extends PanacheEntityBase {
    @Id
    public String id;

    public String name;

    @Column(name = "agent_name")
    public String agentName;

    @Column(name = "agent_number")
    public String agentNumber;

    public String promotion;
    /** Comma-separated, in the order the shop prefers them. */
    public String couriers;

    @Column(name = "stock_rule")
    public String stockRule;
    /** Comma-separated web origins allowed to call the chat API from a browser (CORS). */
    @Column(name = "allowed_origins")
    public String allowedOrigins;

    @Column(name = "updated_at")
    public Instant updatedAt;
    /** People answer from hours_open to hours_close ("24:00" is midnight), in time_zone. */
    @Column(name = "hours_open")
    public String hoursOpen;

    @Column(name = "hours_close")
    public String hoursClose;

    @Column(name = "time_zone")
    public String timeZone;

    @Column(name = "hold_after_seconds")
    public int holdAfterSeconds;
    /** The key the shop's server signs its signed-in customers' ids with (CustomerIdentity); null: every visitor is anonymous. */
    @Column(name = "identity_secret")
    public String identitySecret;
    /** Rate limits of the public chat API, per minute (RateLimits). */
    @Column(name = "limit_conversation_per_minute")
    public int limitConversationPerMinute;

    @Column(name = "limit_address_per_minute")
    public int limitAddressPerMinute;

    @Column(name = "limit_shop_per_minute")
    public int limitShopPerMinute;
    /** Days a conversation is kept after its last message; the retention sweep erases older ones. */
    @Column(name = "retention_days")
    public int retentionDays;

    public List<String> allowedOriginList() {
        return Lists.split(allowedOrigins);
    }

    public ShopProfile toProfile() {
        return new ShopProfile(
                id,
                name,
                agentName,
                agentNumber,
                promotion,
                Lists.split(couriers),
                stockRule,
                ServiceHours.of(hoursOpen, hoursClose, timeZone),
                Duration.ofSeconds(holdAfterSeconds));
    }
}
