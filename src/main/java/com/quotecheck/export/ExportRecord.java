package com.quotecheck.export;

import io.quarkus.hibernate.orm.panache.PanacheEntity;
import jakarta.persistence.Entity;
import org.hibernate.annotations.Immutable;
import org.hibernate.envers.Audited;

/** That quotes left QuoteCheck: an export or a printed report, with its filters. Written once, so it joins the audit trail. */
@Entity
@Immutable
@Audited
public class ExportRecord extends PanacheEntity {

    /** {@code csv}, {@code json}, … or {@code report} for the printable page. */
    public String format;
    /** The filters in force, as {@code name=value} pairs. */
    public String filters;
    public Long articleId;
    public Long sourceId;
}
