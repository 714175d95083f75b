package com.quotecheck.audit;

import io.quarkus.hibernate.orm.panache.PanacheEntity;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.ManyToOne;
import org.hibernate.annotations.Immutable;

/**
 * One entity changed in a revision, named by action ({@code quote.updated}) and filed under the article and source it
 * belongs to, so the trail can be filtered without reading the snapshots.
 */
@Entity
@Immutable
public class AuditEntry extends PanacheEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    public AuditRevision revision;
    public String entityType;
    public long entityId;
    public String action;
    public Long articleId;
    public Long sourceId;
}
