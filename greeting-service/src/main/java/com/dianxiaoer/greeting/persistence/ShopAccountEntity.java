package com.dianxiaoer.greeting.persistence;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** A person of one shop who signs in to the workbench: an agent, or a shop admin who also manages the accounts. */
@Entity
@Table(name = "shop_account")
public class ShopAccountEntity extends PanacheEntityBase {
    @Id
    public UUID id;

    @Column(name = "shop_id")
    public String shopId;

    public String username;

    @Column(name = "display_name")
    public String displayName;
    /** agent or shop_admin. */
    public String role;
    /** PBKDF2 (see app.Passwords); never the password. */
    @Column(name = "password_hash")
    public String passwordHash;

    @Column(name = "created_at")
    public Instant createdAt;

    public static Optional<ShopAccountEntity> byUsername(String shopId, String username) {
        return find("shopId = ?1 and username = ?2", shopId, username).firstResultOptional();
    }

    public static List<ShopAccountEntity> ofShop(String shopId) {
        return list("shopId = ?1 order by username", shopId);
    }
}
