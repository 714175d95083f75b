package com.quotecheck.source.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/** Collects paragraphs with tidy whitespace and joins them with one blank line, the text layout every extractor returns. */
final class Paragraphs {

    private static final Pattern LANGUAGE = Pattern.compile("[a-z]{2,8}");

    private final List<String> paragraphs = new ArrayList<>();

    /** Adds a paragraph, collapsing spaces and keeping single line breaks; blank paragraphs are dropped. */
    void add(CharSequence raw) {
        StringBuilder paragraph = new StringBuilder(raw.length());
        boolean pendingSpace = false;
        boolean pendingBreak = false;
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c == '\n') {
                pendingBreak = true;
            } else if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                // Also the no-break and other Unicode spaces pages put between words.
                pendingSpace = true;
            } else {
                if (paragraph.length() > 0 && (pendingBreak || pendingSpace)) {
                    paragraph.append(pendingBreak ? '\n' : ' ');
                }
                paragraph.append(c);
                pendingSpace = false;
                pendingBreak = false;
            }
        }
        if (paragraph.length() > 0) {
            paragraphs.add(paragraph.toString());
        }
    }

    boolean isEmpty() {
        return paragraphs.isEmpty();
    }

    String text() {
        return String.join("\n\n", paragraphs);
    }

    /** The primary subtag of a language tag in lower case ("en-GB" gives "en"), or null if it is not one. */
    static String primaryLanguage(String tag) {
        if (tag == null) {
            return null;
        }
        String primary = tag.strip().split("[-_]", 2)[0].toLowerCase(Locale.ROOT);
        return LANGUAGE.matcher(primary).matches() ? primary : null;
    }

    /** The value stripped, or null if it is null or blank. */
    static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
