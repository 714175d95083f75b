package com.quotecheck.audit;

import io.quarkus.arc.Arc;
import org.hibernate.envers.EntityTrackingRevisionListener;
import org.hibernate.envers.RevisionType;

import java.time.Clock;
import java.time.Instant;

/**
 * Fills in each revision Envers starts — when (by the application's clock) and who — and adds an entry for each
 * entity the revision records. Envers creates this listener itself, so it looks its collaborators up.
 */
public class AuditRevisionListener implements EntityTrackingRevisionListener {

    @Override
    public void newRevision(Object revisionEntity) {
        AuditRevision revision = (AuditRevision) revisionEntity;
        revision.recordedAt = Instant.now(Arc.container().instance(Clock.class).get());
        revision.username = Arc.container().instance(ActingUser.class).get().name();
    }

    @Override
    public void entityChanged(Class entityClass, String entityName, Object entityId, RevisionType revisionType,
                              Object revisionEntity) {
        AuditEntry entry = Arc.container().instance(PendingChanges.class).get()
                .entryFor(entityClass, entityId, revisionType);
        if (entry != null) {
            ((AuditRevision) revisionEntity).add(entry);
        }
    }
}
