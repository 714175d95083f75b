package com.quotecheck.support;

/** Small normalizations applied to every text a user submits. */
public final class TextInput {

    private TextInput() {
    }

    /** Browsers send form text with CRLF; stored texts use LF so offsets mean the same everywhere. */
    public static String normalizeNewlines(String text) {
        return text.replace("\r\n", "\n").replace('\r', '\n');
    }

    public static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
