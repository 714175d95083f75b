package com.quotecheck.support;

import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Counts the transactions of this instance that changed articles, quotes, verdicts, sources or speakers, so
 * in-memory indexes can catch up at once with what this instance wrote instead of waiting for their next periodic
 * look at the database.
 */
@ApplicationScoped
public class LocalChanges {

    private final AtomicLong committed = new AtomicLong();
    private final List<Runnable> listeners = new CopyOnWriteArrayList<>();
    private final AfterCommit afterCommit;

    LocalChanges(AfterCommit afterCommit) {
        this.afterCommit = afterCommit;
    }

    /** Counts the current transaction as a change once it commits. */
    public void recordOnCommit() {
        afterCommit.run(() -> {
            committed.incrementAndGet();
            listeners.forEach(Runnable::run);
        });
    }

    /** Calls {@code listener} after each changing transaction commits; it must return quickly. */
    public void onCommit(Runnable listener) {
        listeners.add(listener);
    }

    /** How many changing transactions have committed here so far. */
    public long committed() {
        return committed.get();
    }
}
