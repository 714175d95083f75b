package com.quotecheck.export.format;

/** Keeps addresses typed into QuoteCheck from becoming links unless they are web addresses. */
final class WebAddresses {

    private WebAddresses() {
    }

    /**
     * The address when it is http or https, else null: published formats turn addresses into links, and a
     * {@code javascript:} address saved with an article must not become one in a CMS.
     */
    static String webOrNull(String url) {
        if (url == null) {
            return null;
        }
        String trimmed = url.strip();
        return trimmed.regionMatches(true, 0, "https://", 0, 8) || trimmed.regionMatches(true, 0, "http://", 0, 7)
                ? trimmed : null;
    }
}
