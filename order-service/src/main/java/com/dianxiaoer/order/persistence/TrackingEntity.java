package com.dianxiaoer.order.persistence;

import com.dianxiaoer.order.domain.Tracking;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

@Entity
@Table(name = "order_tracking")
public class TrackingEntity extends PanacheEntityBase {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "order_pk")
    public Long orderPk;

    public String courier;

    @Column(name = "waybill_number")
    public String waybillNumber;

    public String status;
    public String place;
    public Instant at;

    Tracking toTracking() {
        return new Tracking(courier, waybillNumber, status, place, at);
    }
}
