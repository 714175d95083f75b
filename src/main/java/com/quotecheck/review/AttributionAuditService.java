package com.quotecheck.review;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.TypedQuery;

import java.util.List;

/** Counts quotes and latest verdicts per speaker and per source publisher, and finds the quotes behind each count. */
@ApplicationScoped
public class AttributionAuditService {

    /** Joins each quote to its latest verdict, if any. */
    private static final String WITH_LATEST_VERDICT = " from Quote q left join q.source s left join Verdict v"
            + " on v.quote = q and v.recordedAt = (select max(w.recordedAt) from Verdict w where w.quote = q)";
    private static final String COUNTS = ", count(q), count(v),"
            + " sum(case when v.verdict = com.quotecheck.review.VerdictType.ACCURATE then 1 else 0 end),"
            + " sum(case when v.verdict = com.quotecheck.review.VerdictType.MINOR_DEVIATION then 1 else 0 end),"
            + " sum(case when v.verdict in (com.quotecheck.review.VerdictType.MISQUOTED,"
            + " com.quotecheck.review.VerdictType.OUT_OF_CONTEXT) then 1 else 0 end),"
            + " sum(case when v.verdict = com.quotecheck.review.VerdictType.MISATTRIBUTED then 1 else 0 end),"
            + " sum(case when v.verdict = com.quotecheck.review.VerdictType.UNVERIFIABLE then 1 else 0 end)";
    private static final String JUDGED_ELSEWHERE = "v.source is not null and (s is null or v.source <> s)";

    public AttributionAudit audit() {
        return new AttributionAudit(rows("coalesce(q.speakerName, '(no speaker)')"),
                rows("coalesce(s.publisher, '(no source)')"),
                count("s is null"), count(JUDGED_ELSEWHERE));
    }

    /** Quotes of one speaker or publisher, or with one issue; at most {@code limit}, newest articles first. */
    public List<Quote> quotes(String speaker, String publisher, AttributionAudit.Issue issue, int limit) {
        StringBuilder where = new StringBuilder(" where 1 = 1");
        if (speaker != null) {
            where.append(speaker.equals("(no speaker)") ? " and q.speakerName is null" : " and q.speakerName = :speaker");
        }
        if (publisher != null) {
            where.append(publisher.equals("(no source)") ? " and s is null" : " and s.publisher = :publisher");
        }
        if (issue == AttributionAudit.Issue.NO_SOURCE) {
            where.append(" and s is null");
        } else if (issue == AttributionAudit.Issue.JUDGED_ELSEWHERE) {
            where.append(" and ").append(JUDGED_ELSEWHERE);
        }
        TypedQuery<Quote> query = Quote.getEntityManager().createQuery("select q" + WITH_LATEST_VERDICT + where
                + " order by q.article.id desc, q.start", Quote.class).setMaxResults(limit);
        if (speaker != null && !speaker.equals("(no speaker)")) {
            query.setParameter("speaker", speaker);
        }
        if (publisher != null && !publisher.equals("(no source)")) {
            query.setParameter("publisher", publisher);
        }
        return query.getResultList();
    }

    private static List<AttributionAudit.Row> rows(String name) {
        return Quote.getEntityManager().createQuery("select " + name + COUNTS + WITH_LATEST_VERDICT
                        + " group by " + name + " order by count(q) desc, " + name, Object[].class)
                .getResultStream()
                .map(r -> new AttributionAudit.Row((String) r[0], number(r[1]), number(r[2]), number(r[3]),
                        number(r[4]), number(r[5]), number(r[6]), number(r[7])))
                .toList();
    }

    private static long count(String condition) {
        return Quote.getEntityManager().createQuery("select count(q)" + WITH_LATEST_VERDICT + " where " + condition,
                Long.class).getSingleResult();
    }

    private static long number(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }
}
