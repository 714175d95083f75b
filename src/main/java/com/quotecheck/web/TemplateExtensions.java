package com.quotecheck.web;

import com.quotecheck.extraction.QuoteKind;
import com.quotecheck.review.ReviewStatus;
import io.quarkus.qute.TemplateExtension;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Display helpers for templates. */
@TemplateExtension
public class TemplateExtensions {

    private static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")
            .withZone(ZoneOffset.UTC);

    /** An enum constant as a CSS class suffix: {@code MINOR_DEVIATION} → {@code minor-deviation}. */
    static String css(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    static String label(QuoteKind kind) {
        return switch (kind) {
            case DIRECT -> "Direct";
            case PARTIAL -> "Partial";
            case INDIRECT -> "Reported";
        };
    }

    static String label(ReviewStatus status) {
        return switch (status) {
            case UNREVIEWED -> "Unreviewed";
            case PROPOSED -> "Proposed";
            case VERIFIED -> "Verified";
            case RETURNED -> "Returned";
        };
    }

    /** What the editor named in a quote's sign-off fields did: the fields are filled only once confirmed or returned. */
    static String signOffAction(ReviewStatus status) {
        return status == ReviewStatus.RETURNED ? "Returned" : "Confirmed";
    }

    static String abbreviated(String text, int max) {
        if (text == null || text.length() <= max) {
            return text;
        }
        int cut = text.lastIndexOf(' ', max - 1);
        return text.substring(0, cut > max / 2 ? cut : max - 1) + "…";
    }

    static String urlEncoded(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    static String minutes(Instant instant) {
        return instant == null ? "" : MINUTES.format(instant);
    }

    /** Qute has no multiplication; SVG charts place rows at multiples of a row height. */
    static int times(Integer value, int factor) {
        return value * factor;
    }

    /** A chart bar's length in pixels, scaled so the largest value fills {@code full}. */
    static long barWidth(long value, long largest, int full) {
        return largest == 0 ? 0 : Math.round((double) value * full / largest);
    }

    static String percent(double share) {
        return Math.round(share * 100) + "%";
    }
}
