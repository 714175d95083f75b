package com.quotecheck.extraction;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds attributed quotes in article text. Deterministic, thread-safe, never throws.
 * Placeholder until the extraction engine lands: double-quoted text and the nearest "says/said NAME".
 */
public final class QuoteExtractor {

    private static final Pattern QUOTED = Pattern.compile("[\"“]([^\"”]{2,}?)[\"”]");
    private static final Pattern CUE_AFTER = Pattern.compile(
            "^[,.]?\\s*(says|said)\\s+((?:\\p{Lu}[\\p{L}.'-]*\\s?){1,3})");

    public List<ExtractedQuote> extract(String text) {
        if (text == null) {
            return List.of();
        }
        List<ExtractedQuote> quotes = new ArrayList<>();
        Matcher m = QUOTED.matcher(text);
        while (m.find()) {
            String after = text.substring(m.end(), Math.min(text.length(), m.end() + 80));
            Matcher cue = CUE_AFTER.matcher(after);
            String speaker = null;
            String verb = null;
            if (cue.find()) {
                verb = cue.group(1);
                speaker = cue.group(2).trim();
            }
            quotes.add(new ExtractedQuote(m.group(1), m.start(1), m.end(1), QuoteKind.DIRECT,
                    speaker, speaker, null, verb, null, speaker == null ? 0.3 : 0.6));
        }
        return quotes;
    }
}
