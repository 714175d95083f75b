package com.quotecheck.audit;

import java.time.Instant;
import java.util.List;

/**
 * One thing that happened, as the trail shows it.
 *
 * @param user    who did it; null when no one was signed in
 * @param changes the fields it changed, before and after
 */
public record TrailEntry(Instant at, String user, String action, String entityType, long entityId, Long articleId,
                         Long sourceId, List<FieldChange> changes) {
}
