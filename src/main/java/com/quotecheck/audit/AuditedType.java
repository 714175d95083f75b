package com.quotecheck.audit;

import org.hibernate.envers.RevisionType;

import java.util.Map;
import java.util.function.Function;

/**
 * An entity type in the audit trail: its name in actions ({@code quote.updated}), how to find the article and source a
 * change to it belongs to, and the actions it names differently.
 *
 * @param renamed actions by event: {@code created}, {@code updated}, {@code deleted}, or {@code status:VALUE} for an
 *                update that moves the entity's {@code status} field to VALUE
 */
record AuditedType<T>(Class<T> type, String name, Function<T, Long> articleOf, Function<T, Long> sourceOf,
                      Map<String, String> renamed) {

    static final String STATUS_FIELD = "status";

    /** The action of a change; {@code newStatus} is set when an update moved the status field. */
    String action(RevisionType change, String newStatus) {
        if (change == RevisionType.MOD && newStatus != null && renamed.containsKey("status:" + newStatus)) {
            return renamed.get("status:" + newStatus);
        }
        String event = switch (change) {
            case ADD -> "created";
            case MOD -> "updated";
            case DEL -> "deleted";
        };
        return renamed.getOrDefault(event, name + "." + event);
    }

    Long articleIdOf(Object entity) {
        return articleOf.apply(type.cast(entity));
    }

    Long sourceIdOf(Object entity) {
        return sourceOf.apply(type.cast(entity));
    }
}
