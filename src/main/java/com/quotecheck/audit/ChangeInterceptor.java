package com.quotecheck.audit;

import io.quarkus.hibernate.orm.PersistenceUnitExtension;
import jakarta.enterprise.context.ApplicationScoped;
import org.hibernate.Interceptor;
import org.hibernate.type.Type;

import java.util.Arrays;
import java.util.Objects;

/**
 * Notes every audited entity Hibernate writes, with the state it had, for the trail entry Envers asks for at commit
 * (an entity deleted by then can no longer be looked up). Touches no session, as interceptors must not.
 */
@PersistenceUnitExtension
@ApplicationScoped
class ChangeInterceptor implements Interceptor {

    private final PendingChanges pending;

    ChangeInterceptor(PendingChanges pending) {
        this.pending = pending;
    }

    @Override
    public boolean onPersist(Object entity, Object id, Object[] state, String[] propertyNames, Type[] types) {
        pending.changed(entity, id, null);
        return false;
    }

    @Override
    public boolean onFlushDirty(Object entity, Object id, Object[] currentState, Object[] previousState,
                                String[] propertyNames, Type[] types) {
        int status = Arrays.asList(propertyNames).indexOf(AuditedType.STATUS_FIELD);
        boolean statusMoved = status >= 0 && previousState != null
                && !Objects.equals(previousState[status], currentState[status]);
        pending.changed(entity, id, statusMoved ? String.valueOf(currentState[status]) : null);
        return false;
    }

    @Override
    public void onRemove(Object entity, Object id, Object[] state, String[] propertyNames, Type[] types) {
        pending.changed(entity, id, null);
    }
}
