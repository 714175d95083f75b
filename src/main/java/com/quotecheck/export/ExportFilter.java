package com.quotecheck.export;

import com.quotecheck.review.ReviewStatus;
import com.quotecheck.review.VerdictType;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

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

    /** Every quote of one article. */
    public static ExportFilter article(long articleId) {
        return new ExportFilter(articleId, null, null, null, null, null, null, null, null);
    }

    /** The filters in force as {@code name=value} pairs ({@code articleId=3, status=VERIFIED}), for the audit trail. */
    public String describe() {
        Map<String, Object> named = new LinkedHashMap<>();
        named.put("articleId", articleId);
        named.put("sourceId", sourceId);
        named.put("speaker", speaker);
        named.put("outlet", outlet);
        named.put("publisher", publisher);
        named.put("verdict", verdict);
        named.put("status", status);
        named.put("from", from);
        named.put("to", to);
        return named.entrySet().stream()
                .filter(e -> e.getValue() != null && !e.getValue().toString().isBlank())
                .map(e -> e.getKey() + "=" + e.getValue())
                .collect(Collectors.joining(", "));
    }
}
