package com.quotecheck.source;

import com.quotecheck.matching.MatchResult;
import com.quotecheck.matching.SourceMatcher;
import com.quotecheck.matching.SourceText;
import com.quotecheck.support.AfterCommit;
import io.quarkus.narayana.jta.QuarkusTransaction;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * A matching index kept in step with a set of database rows. Nothing lives only in this process: each instance
 * rebuilds the index from the database and re-reads the set of rows at most once per interval, so rows that other
 * instances sharing the database add or remove are picked up.
 */
public final class SyncedMatcher {

    private static final int LOAD_BATCH = 500;

    private final SourceMatcher matcher = new SourceMatcher();
    private final Set<Long> indexed = ConcurrentHashMap.newKeySet();
    private final AfterCommit afterCommit;
    private final Duration interval;
    private final Clock clock;
    private final Supplier<List<Long>> currentIds;
    private final Function<List<Long>, List<SourceText>> load;
    private volatile Instant nextSync = Instant.MIN;

    /**
     * @param currentIds the ids of every row the index should hold now
     * @param load       the texts of the rows with these ids
     */
    public SyncedMatcher(AfterCommit afterCommit, Duration interval, Clock clock,
                         Supplier<List<Long>> currentIds, Function<List<Long>, List<SourceText>> load) {
        this.afterCommit = afterCommit;
        this.interval = interval;
        this.clock = clock;
        this.currentIds = currentIds;
        this.load = load;
    }

    public MatchResult match(String text, Long attributedId) {
        syncIfDue();
        return matcher.match(text, attributedId);
    }

    /** Builds the index now, in the background, so the first match does not wait for it. */
    public void warmUpInBackground() {
        CompletableFuture.runAsync(this::syncIfDue);
    }

    /** Makes a row searchable as soon as the transaction that stores it commits. */
    public void addAfterCommit(SourceText text) {
        afterCommit.run(() -> add(text));
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
            QuarkusTransaction.joiningExisting().run(this::sync);
            nextSync = Instant.now(clock).plus(interval);
        }
    }

    private void sync() {
        Set<Long> current = new HashSet<>(currentIds.get());
        for (Long id : Set.copyOf(indexed)) {
            if (!current.contains(id)) {
                matcher.remove(id);
                indexed.remove(id);
            }
        }
        List<Long> missing = current.stream().filter(id -> !indexed.contains(id)).toList();
        for (int from = 0; from < missing.size(); from += LOAD_BATCH) {
            load.apply(missing.subList(from, Math.min(missing.size(), from + LOAD_BATCH))).forEach(this::add);
        }
    }
}
