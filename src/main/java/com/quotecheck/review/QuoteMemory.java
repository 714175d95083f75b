package com.quotecheck.review;

import com.quotecheck.matching.MatchClass;
import com.quotecheck.matching.MatchResult;
import com.quotecheck.matching.Passage;
import com.quotecheck.matching.SourceText;
import com.quotecheck.source.SyncedMatcher;
import com.quotecheck.support.AfterCommit;
import com.quotecheck.support.QuoteCheckConfig;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Remembers every quote that has a verdict, so a reviewer sees when the same words (or nearly) were already checked
 * in another article. The matching engine does the comparing, with checked quotes standing in for sources.
 */
@ApplicationScoped
public class QuoteMemory {

    private static final Set<MatchClass> SAME_WORDS = Set.of(MatchClass.EXACT, MatchClass.EDITED, MatchClass.DEVIATES);
    private static final double NEAR_IDENTICAL = 0.8;

    private final SyncedMatcher index;

    QuoteMemory(AfterCommit afterCommit, QuoteCheckConfig config, Clock clock) {
        index = new SyncedMatcher(afterCommit, config.matching().syncInterval(), clock, QuoteMemory::currentIds,
                QuoteMemory::load);
    }

    /** Ids of checked quotes that contain this quote's words, or nearly; closest first. */
    List<Long> containingWordsOf(Quote quote) {
        MatchResult result = index.match(quote.text, null);
        if (!SAME_WORDS.contains(result.matchClass())) {
            return List.of();
        }
        List<Long> ids = new ArrayList<>();
        Stream.concat(Stream.of(result.best()), result.others().stream())
                .filter(p -> p.score() >= NEAR_IDENTICAL && p.sourceId() != quote.id)
                .map(Passage::sourceId)
                .distinct()
                .forEach(ids::add);
        return ids;
    }

    void warmUp(@Observes StartupEvent started) {
        index.warmUpInBackground();
    }

    void rememberAfterCommit(Quote quote) {
        index.addAfterCommit(new SourceText(quote.id, quote.text));
    }

    private static List<Long> currentIds() {
        return Quote.getEntityManager()
                .createQuery("select q.id from Quote q where q.status <> :unreviewed", Long.class)
                .setParameter("unreviewed", ReviewStatus.UNREVIEWED)
                .getResultList();
    }

    private static List<SourceText> load(List<Long> ids) {
        return Quote.getEntityManager()
                .createQuery("select q.id, q.text from Quote q where q.id in :ids", Object[].class)
                .setParameter("ids", ids)
                .getResultStream()
                .map(row -> new SourceText((Long) row[0], (String) row[1]))
                .toList();
    }
}
