package com.quotecheck.export;

import com.quotecheck.review.ReviewStatus;
import com.quotecheck.review.VerdictType;

import java.time.LocalDate;

/**
 * Which quotes an export holds; null fields do not filter.
 *
 * @param speaker   quotes whose resolved speaker name contains these words (case-insensitive)
 * @param outlet    quotes in articles of an outlet whose name contains these words (case-insensitive)
 * @param publisher quotes attributed to a source of a publisher whose name contains these words (case-insensitive)
 * @param from    quotes whose latest verdict was recorded on or after this day (UTC)
 * @param to      quotes whose latest verdict was recorded on or before this day (UTC)
 */
public record ExportFilter(Long articleId, Long sourceId, String speaker, String outlet, String publisher,
                           VerdictType verdict, ReviewStatus status, LocalDate from, LocalDate to) {
}
