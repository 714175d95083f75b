package com.quotecheck.export;

import com.quotecheck.export.format.ExportContext;
import com.quotecheck.export.format.ExportFormat;
import com.quotecheck.export.format.ExportRow;
import com.quotecheck.export.format.ExportWriter;
import com.quotecheck.export.format.ExportWriters;
import com.quotecheck.export.format.SpeakerType;
import com.quotecheck.review.Quote;
import com.quotecheck.review.Verdict;
import com.quotecheck.source.SourceDocument;
import com.quotecheck.support.QuoteCheckConfig;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Pattern;

/**
 * Streams quotes with their latest verdicts into an export format, a page of rows at a time, so memory stays constant
 * however many quotes match. Every export is recorded in the audit trail before its first byte is written.
 */
@ApplicationScoped
public class ExportService {

    /** The format name the audit trail shows for the printable report page. */
    public static final String REPORT = "report";

    private static final int PAGE = 500;
    private static final int CONTEXT = 32;
    private static final Set<String> ORGANIZATION_WORDS = Set.of("department", "ministry", "office", "council",
            "foundation", "institute", "institution", "university", "agency", "government", "administration",
            "committee", "commission", "report", "party", "bank", "association", "union", "court", "house",
            "police", "army", "embassy", "times", "post", "news", "press", "group", "company", "corporation");
    private static final Pattern WORD = Pattern.compile("[\\p{L}']+");

    private final QuoteCheckConfig config;
    private final Clock clock;

    ExportService(QuoteCheckConfig config, Clock clock) {
        this.config = config;
        this.clock = clock;
    }

    /**
     * Records the export — committed before anything is written, so an export cut short is on record too — and
     * returns what writes it.
     */
    @Transactional
    public Consumer<OutputStream> start(ExportFormat format, ExportFilter filter) {
        record(format.parameterName(), filter);
        return out -> export(format, filter, out);
    }

    /** Records in the audit trail that quotes left QuoteCheck in this format (or as the printed {@link #REPORT}). */
    @Transactional
    public void record(String format, ExportFilter filter) {
        ExportRecord record = new ExportRecord();
        record.format = format;
        record.filters = filter.describe();
        record.articleId = filter.articleId();
        record.sourceId = filter.sourceId();
        record.persist();
    }

    private void export(ExportFormat format, ExportFilter filter, OutputStream out) {
        ExportContext context = new ExportContext(config.export().baseUrl(), config.export().organizationName(),
                config.export().organizationUrl().orElse(null), Instant.now(clock));
        QuarkusTransaction.requiringNew().run(() -> {
            try (ExportWriter writer = ExportWriters.open(format, out, context)) {
                long after = -1;
                List<Quote> page;
                do {
                    page = nextPage(filter, after);
                    Map<Long, Verdict> latest = latestVerdicts(page);
                    for (Quote quote : page) {
                        Verdict verdict = latest.get(quote.id);
                        if (matches(filter, verdict)) {
                            writer.write(row(quote, verdict));
                        }
                        after = quote.id;
                    }
                    Quote.getEntityManager().clear();
                } while (page.size() == PAGE);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    private static List<Quote> nextPage(ExportFilter filter, long after) {
        StringBuilder jpql = new StringBuilder("select q from Quote q join fetch q.article left join fetch q.source"
                + " where q.id > :after");
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("after", after);
        if (filter.articleId() != null) {
            jpql.append(" and q.article.id = :article");
            parameters.put("article", filter.articleId());
        }
        if (filter.sourceId() != null) {
            jpql.append(" and (q.source.id = :source or exists (select v from Verdict v where v.quote = q"
                    + " and v.source.id = :source))");
            parameters.put("source", filter.sourceId());
        }
        contains(jpql, parameters, "q.speakerName", "speaker", filter.speaker());
        contains(jpql, parameters, "q.article.outlet", "outlet", filter.outlet());
        contains(jpql, parameters, "q.source.publisher", "publisher", filter.publisher());
        if (filter.status() != null) {
            jpql.append(" and q.status = :status");
            parameters.put("status", filter.status());
        }
        jpql.append(" order by q.id");
        TypedQuery<Quote> query = Quote.getEntityManager().createQuery(jpql.toString(), Quote.class)
                .setMaxResults(PAGE);
        parameters.forEach(query::setParameter);
        return query.getResultList();
    }

    private static void contains(StringBuilder jpql, Map<String, Object> parameters, String path, String name,
                                 String words) {
        if (words != null && !words.isBlank()) {
            jpql.append(" and lower(").append(path).append(") like :").append(name);
            parameters.put(name, "%" + words.strip().toLowerCase(Locale.ROOT) + "%");
        }
    }

    private static Map<Long, Verdict> latestVerdicts(List<Quote> quotes) {
        Map<Long, Verdict> latest = new HashMap<>();
        if (quotes.isEmpty()) {
            return latest;
        }
        EntityManager em = Verdict.getEntityManager();
        em.createQuery("select v from Verdict v left join fetch v.source where v.quote in :quotes"
                        + " order by v.recordedAt desc, v.id desc", Verdict.class)
                .setParameter("quotes", quotes)
                .getResultStream()
                .forEach(v -> latest.putIfAbsent(v.quote.id, v));
        return latest;
    }

    private static boolean matches(ExportFilter filter, Verdict verdict) {
        if (filter.verdict() != null && (verdict == null || verdict.verdict != filter.verdict())) {
            return false;
        }
        if (filter.from() == null && filter.to() == null) {
            return true;
        }
        if (verdict == null) {
            return false;
        }
        var day = verdict.recordedAt.atZone(ZoneOffset.UTC).toLocalDate();
        return (filter.from() == null || !day.isBefore(filter.from())) && (filter.to() == null || !day.isAfter(filter.to()));
    }

    private static ExportRow row(Quote quote, Verdict verdict) {
        String articleText = quote.article.text;
        SourceDocument source = verdict != null && verdict.source != null ? verdict.source : quote.source;
        boolean pinned = verdict != null && verdict.source != null && verdict.passageStart != null;
        Integer passageStart = pinned ? verdict.passageStart : null;
        Integer passageEnd = pinned ? verdict.passageEnd : null;
        return new ExportRow(quote.id, quote.text, quote.speaker, quote.speakerName, speakerType(quote.speakerName),
                quote.cue, quote.kind.name(),
                quote.article.id, quote.article.title, quote.article.outlet, quote.article.url,
                quote.article.publishedOn,
                quote.start, quote.end, before(articleText, quote.start), after(articleText, quote.end),
                verdict == null ? null : verdict.verdict.name(), verdict == null ? null : verdict.note,
                verdict == null ? null : verdict.reviewer, verdict == null ? null : verdict.recordedAt,
                quote.status.name(), quote.signedOffBy, quote.signedOffAt,
                source == null ? null : source.id, source == null ? null : source.title,
                source == null ? null : source.publisher, source == null ? null : source.url,
                source == null ? null : source.publishedOn, source == null ? null : source.retrievedAt,
                source == null ? null : source.sha256,
                passageStart, passageEnd,
                pinned ? source.text.substring(passageStart, passageEnd) : null,
                pinned ? before(source.text, passageStart) : null, pinned ? after(source.text, passageEnd) : null,
                verdict == null || verdict.matchClass == null ? null : verdict.matchClass.name());
    }

    /** A person has a name of several words without institutional ones; an institution names itself by them. */
    static SpeakerType speakerType(String name) {
        if (name == null || name.isBlank()) {
            return SpeakerType.UNKNOWN;
        }
        List<String> words = new ArrayList<>();
        WORD.matcher(name.toLowerCase(Locale.ROOT)).results().forEach(m -> words.add(m.group()));
        if (words.stream().anyMatch(ORGANIZATION_WORDS::contains)) {
            return SpeakerType.ORGANIZATION;
        }
        return words.size() >= 2 ? SpeakerType.PERSON : SpeakerType.UNKNOWN;
    }

    private static String before(String text, int at) {
        return text.substring(Math.max(0, at - CONTEXT), at);
    }

    private static String after(String text, int at) {
        return text.substring(at, Math.min(text.length(), at + CONTEXT));
    }
}
