package com.dianxiaoer.aftersales.persistence;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

/** One line of a case's history (记清楚): when, which step, what happened. */
@Entity
@Table(name = "case_history")
public class CaseHistoryEntity extends PanacheEntityBase {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "case_id")
    public UUID caseId;

    public Instant at;
    public String step;
    public String note;

    public static void add(UUID caseId, Instant at, String step, String note) {
        CaseHistoryEntity e = new CaseHistoryEntity();
        e.caseId = caseId;
        e.at = at;
        e.step = step;
        e.note = note.length() > 1000 ? note.substring(0, 1000) : note;
        e.persist();
    }

    public static List<CaseHistoryEntity> of(Collection<UUID> caseIds) {
        return caseIds.isEmpty() ? List.of() : list("caseId in ?1 order by id", caseIds);
    }
}
