package com.quotecheck.matching;

import java.util.List;

/**
 * What the matcher found for one quote.
 *
 * @param matchClass              the classification
 * @param best                    the best passage, or null when NOT_FOUND
 * @param others                  further candidate passages, best first (other sources included)
 * @param edits                   the alignment of the quote against {@code best}, in quote order
 * @param attributedSourceMatches true when best lies in the attributed source, false when elsewhere, null when none attributed or nothing found
 */
public record MatchResult(
        MatchClass matchClass,
        Passage best,
        List<Passage> others,
        List<Edit> edits,
        Boolean attributedSourceMatches) {

    /** The edits that may change the quote's meaning, in quote order. */
    public List<Edit> meaningChanges() {
        return edits.stream().filter(Edit::changesMeaning).toList();
    }
}
