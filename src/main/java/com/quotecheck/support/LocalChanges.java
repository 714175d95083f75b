package com.quotecheck.support;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;

import java.util.concurrent.atomic.AtomicLong;

/**
 * Counts the transactions of this instance that changed articles, quotes, verdicts or sources, so in-memory indexes
 * can catch up at once with what this instance wrote instead of waiting for their next periodic look at the database.
 */
@ApplicationScoped
public class LocalChanges {

    private final AtomicLong committed = new AtomicLong();
    private final TransactionSynchronizationRegistry transactions;

    LocalChanges(TransactionSynchronizationRegistry transactions) {
        this.transactions = transactions;
    }

    /** Counts the current transaction as a change once it commits. */
    public void recordOnCommit() {
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
            }

            @Override
            public void afterCompletion(int status) {
                if (status == Status.STATUS_COMMITTED) {
                    committed.incrementAndGet();
                }
            }
        });
    }

    /** How many changing transactions have committed here so far. */
    public long committed() {
        return committed.get();
    }
}
