package com.quotecheck.extraction;

/**
 * One attributed quote found in an article.
 *
 * @param text              the quoted words: exactly {@code article.substring(start, end)}, without the quote marks
 * @param start             offset of the first character inside the marks (inclusive)
 * @param end               offset after the last character inside the marks (exclusive)
 * @param kind              direct, partial or indirect
 * @param speaker           the speaker as written where the attribution names it ("Hass", "she"), or null
 * @param speakerName       the resolved full name ("Ryan Hass", "US State Department"), or null when unattributed
 * @param speakerDescription role and affiliation from an apposition ("a former National Security Council official"), or null
 * @param cue               the attribution cue as written ("says", "according to"), or null
 * @param citedOutlet       the outlet the words were given to ("Global Times"), or null
 * @param confidence        0..1, how sure the extractor is of span and speaker together
 */
public record ExtractedQuote(
        String text,
        int start,
        int end,
        QuoteKind kind,
        String speaker,
        String speakerName,
        String speakerDescription,
        String cue,
        String citedOutlet,
        double confidence) {
}
