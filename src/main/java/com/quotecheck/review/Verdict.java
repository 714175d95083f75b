package com.quotecheck.review;

import com.quotecheck.matching.MatchClass;
import com.quotecheck.source.SourceDocument;
import io.quarkus.hibernate.orm.panache.PanacheEntity;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.ManyToOne;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;
import org.hibernate.envers.RelationTargetAuditMode;

import java.time.Instant;
import java.util.Collection;
import java.util.List;

/** One reviewer's judgement of a quote; a quote keeps every verdict ever recorded. */
@Entity
@Audited
public class Verdict extends PanacheEntity {

    // Snapshots point at the live quote and source: a verdict's history is read by quote id.
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @Audited(targetAuditMode = RelationTargetAuditMode.NOT_AUDITED)
    public Quote quote;
    @Enumerated(EnumType.STRING)
    public VerdictType verdict;
    public String note;
    @ManyToOne(fetch = FetchType.LAZY)
    @Audited(targetAuditMode = RelationTargetAuditMode.NOT_AUDITED)
    public SourceDocument source;
    public Integer passageStart;
    public Integer passageEnd;
    @Enumerated(EnumType.STRING)
    public MatchClass matchClass;
    public String reviewer;
    /** The source snapshot this verdict was judged against has since been replaced by a different text. */
    @NotAudited // set by QuoteCheck when a newer snapshot of the source differs, not by a person
    public boolean needsRecheck;
    public Instant recordedAt;

    public static List<Verdict> historyOf(Quote quote) {
        return list("quote = ?1 order by recordedAt desc, id desc", quote);
    }

    /** The verdict that counts: the latest one recorded, or null. */
    public static Verdict latestOf(Quote quote) {
        return Verdict.<Verdict>find("quote = ?1 order by recordedAt desc, id desc", quote).firstResult();
    }

    /** Every verdict of the given quotes, newest first, in one query. */
    public static List<Verdict> historyOf(Collection<Quote> quotes) {
        if (quotes.isEmpty()) {
            return List.of();
        }
        return list("quote in ?1 order by recordedAt desc, id desc", quotes);
    }
}
