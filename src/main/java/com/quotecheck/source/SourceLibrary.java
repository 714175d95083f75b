package com.quotecheck.source;

import com.quotecheck.matching.MatchResult;
import com.quotecheck.matching.SourceMatcher;
import com.quotecheck.matching.SourceText;
import com.quotecheck.support.QuoteCheckConfig;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The in-memory matching index over every source snapshot in the database. Each instance rebuilds it from the
 * database and re-reads the list of sources at most every {@code quotecheck.matching.sync-interval}, so sources added
 * by other instances sharing the database are found too.
 */
@ApplicationScoped
public class SourceLibrary {

    private static final int LOAD_BATCH = 500;

    private final SourceMatcher matcher = new SourceMatcher();
    private final Set<Long> indexed = ConcurrentHashMap.newKeySet();
    private final TransactionSynchronizationRegistry transactions;
    private final QuoteCheckConfig config;
    private final Clock clock;
    private volatile Instant nextSync = Instant.MIN;

    SourceLibrary(TransactionSynchronizationRegistry transactions, QuoteCheckConfig config, Clock clock) {
        this.transactions = transactions;
        this.config = config;
        this.clock = clock;
    }

    /** Finds where a quote comes from, in the attributed source or anywhere in the library. */
    public MatchResult match(String quote, Long attributedSourceId) {
        syncIfDue();
        return matcher.match(quote, attributedSourceId);
    }

    /** Makes a new source searchable as soon as the transaction that stores it commits. */
    void addAfterCommit(SourceDocument source) {
        SourceText text = new SourceText(source.id, source.text);
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
            }

            @Override
            public void afterCompletion(int status) {
                if (status == Status.STATUS_COMMITTED) {
                    add(text);
                }
            }
        });
    }

    private void add(SourceText text) {
        matcher.add(text);
        indexed.add(text.id());
    }

    private void syncIfDue() {
        if (Instant.now(clock).isBefore(nextSync)) {
            return;
        }
        synchronized (this) {
            if (Instant.now(clock).isBefore(nextSync)) {
                return;
            }
            QuarkusTransaction.joiningExisting().run(this::loadMissing);
            nextSync = Instant.now(clock).plus(config.matching().syncInterval());
        }
    }

    private void loadMissing() {
        List<Long> missing = SourceDocument.getEntityManager()
                .createQuery("select s.id from SourceDocument s", Long.class)
                .getResultStream()
                .filter(id -> !indexed.contains(id))
                .toList();
        for (int from = 0; from < missing.size(); from += LOAD_BATCH) {
            List<Long> batch = missing.subList(from, Math.min(missing.size(), from + LOAD_BATCH));
            SourceDocument.getEntityManager()
                    .createQuery("select s.id, s.text from SourceDocument s where s.id in :ids", Object[].class)
                    .setParameter("ids", batch)
                    .getResultStream()
                    .forEach(row -> add(new SourceText((Long) row[0], (String) row[1])));
        }
    }
}
