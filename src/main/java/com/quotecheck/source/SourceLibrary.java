package com.quotecheck.source;

import com.quotecheck.matching.MatchResult;
import com.quotecheck.matching.SourceText;
import com.quotecheck.support.AfterCommit;
import com.quotecheck.support.QuoteCheckConfig;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import java.time.Clock;
import java.util.List;

/** The matching index over every source snapshot in the database. */
@ApplicationScoped
public class SourceLibrary {

    private final SyncedMatcher index;

    SourceLibrary(AfterCommit afterCommit, QuoteCheckConfig config, Clock clock) {
        index = new SyncedMatcher(afterCommit, config.matching().syncInterval(), clock, SourceLibrary::currentIds,
                SourceLibrary::load);
    }

    /** Finds where a quote comes from, in the attributed source or anywhere in the library. */
    public MatchResult match(String quote, Long attributedSourceId) {
        return index.match(quote, attributedSourceId);
    }

    void warmUp(@Observes StartupEvent started) {
        index.warmUpInBackground();
    }

    void addAfterCommit(SourceDocument source) {
        index.addAfterCommit(new SourceText(source.id, source.text));
    }

    private static List<Long> currentIds() {
        return SourceDocument.getEntityManager().createQuery("select s.id from SourceDocument s", Long.class)
                .getResultList();
    }

    private static List<SourceText> load(List<Long> ids) {
        return SourceDocument.getEntityManager()
                .createQuery("select s.id, s.text from SourceDocument s where s.id in :ids", Object[].class)
                .setParameter("ids", ids)
                .getResultStream()
                .map(row -> new SourceText((Long) row[0], (String) row[1]))
                .toList();
    }
}
