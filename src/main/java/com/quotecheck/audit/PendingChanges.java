package com.quotecheck.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.TransactionSynchronizationRegistry;
import org.hibernate.envers.RevisionType;

import java.util.HashMap;
import java.util.Map;

/**
 * The audited entities the current transaction changed, as Hibernate flushed them, until Envers writes the revision
 * and asks for an entry per entity (Envers itself names only the entity's class and id).
 */
@ApplicationScoped
class PendingChanges {

    private record Key(Class<?> type, Object id) {
    }

    /** The changed entity and, when an update moved its status field, the new status. */
    private record Change(Object entity, String newStatus) {
    }

    private final TransactionSynchronizationRegistry transactions;

    PendingChanges(TransactionSynchronizationRegistry transactions) {
        this.transactions = transactions;
    }

    void changed(Object entity, Object id, String newStatus) {
        AuditedTypes.of(entity.getClass()).ifPresent(type -> changes().merge(new Key(type.type(), id),
                new Change(entity, newStatus),
                // A status move stays the news however many flushes follow it.
                (earlier, later) -> later.newStatus() != null ? later : new Change(later.entity(), earlier.newStatus())));
    }

    /** The trail entry for an entity Envers recorded in this transaction's revision, or null for a type not in the trail. */
    AuditEntry entryFor(Class<?> entityClass, Object id, RevisionType revisionType) {
        AuditedType<?> type = AuditedTypes.of(entityClass).orElse(null);
        if (type == null) {
            return null;
        }
        Change change = changes().get(new Key(type.type(), id));
        AuditEntry entry = new AuditEntry();
        entry.entityType = type.name();
        entry.entityId = ((Number) id).longValue();
        entry.action = type.action(revisionType, change == null ? null : change.newStatus());
        if (change != null) {
            entry.articleId = type.articleIdOf(change.entity());
            entry.sourceId = type.sourceIdOf(change.entity());
        }
        return entry;
    }

    @SuppressWarnings("unchecked")
    private Map<Key, Change> changes() {
        Map<Key, Change> changes = (Map<Key, Change>) transactions.getResource(PendingChanges.class);
        if (changes == null) {
            changes = new HashMap<>();
            transactions.putResource(PendingChanges.class, changes);
        }
        return changes;
    }
}
