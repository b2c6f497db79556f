package com.dianxiaoer.negotiation.persistence;

import com.dianxiaoer.negotiation.domain.BargainingStyle;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;

@Entity
@Table(name = "bargaining_style")
public class BargainingStyleEntity extends PanacheEntityBase {
    @Id
    @Column(name = "shop_id")
    public String shopId;

    public BigDecimal aspiration;
    public int rounds;

    @Column(name = "gift_budget")
    public BigDecimal giftBudget;

    @Column(name = "updated_at")
    public Instant updatedAt;

    BargainingStyle toStyle() {
        return new BargainingStyle(aspiration, rounds, giftBudget);
    }

    void fill(BargainingStyle style) {
        aspiration = style.aspiration();
        rounds = style.rounds();
        giftBudget = style.giftBudget();
        updatedAt = Instant.now();
    }
}
