package com.quotecheck.web.api;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.quotecheck.matching.Edit;
import com.quotecheck.matching.MatchClass;
import com.quotecheck.matching.MatchResult;
import com.quotecheck.matching.Passage;

import java.util.List;

/** Where a quote was found and how it differs, as {@code GET /api/quotes/{id}/matches} returns it. */
public record MatchJson(
        @JsonProperty("class") MatchClass matchClass,
        PassageJson best,
        List<PassageJson> others,
        Boolean attributedSourceMatches,
        List<Edit> edits) {

    /** A candidate passage in a source's text. */
    public record PassageJson(long sourceId, int start, int end, String passage, double score) {

        static PassageJson of(Passage p) {
            return p == null ? null : new PassageJson(p.sourceId(), p.start(), p.end(), p.text(), p.score());
        }
    }

    static MatchJson of(MatchResult result) {
        return new MatchJson(result.matchClass(), PassageJson.of(result.best()),
                result.others().stream().map(PassageJson::of).toList(),
                result.attributedSourceMatches(), result.edits());
    }
}
