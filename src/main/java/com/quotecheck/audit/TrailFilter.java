package com.quotecheck.audit;

import java.time.LocalDate;

/**
 * Which entries of the trail to list; null fields do not filter.
 *
 * @param user the exact user name
 * @param from entries on or after this day (UTC)
 * @param to   entries on or before this day (UTC)
 */
public record TrailFilter(String user, LocalDate from, LocalDate to, Long articleId, Long sourceId, String action) {
}
