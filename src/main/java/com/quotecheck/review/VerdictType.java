package com.quotecheck.review;

import com.quotecheck.matching.MatchResult;

/** A reviewer's judgement of a quote against its source. */
public enum VerdictType {
    ACCURATE("Accurate", "The words and meaning match the source."),
    MINOR_DEVIATION("Minor deviation", "Small wording changes that keep the meaning."),
    MISQUOTED("Misquoted", "The wording changes what was said."),
    MISATTRIBUTED("Misattributed", "The words come from someone or somewhere else."),
    OUT_OF_CONTEXT("Out of context", "Accurate words whose context changes their meaning."),
    UNVERIFIABLE("Unverifiable", "No source could be found to check the quote against.");

    private final String label;
    private final String description;

    VerdictType(String label, String description) {
        this.label = label;
        this.description = description;
    }

    /** The verdict a reviewer most likely reaches for a match; the reviewer decides. */
    public static VerdictType suggestedFor(MatchResult match) {
        if (Boolean.FALSE.equals(match.attributedSourceMatches())) {
            return MISATTRIBUTED;
        }
        return switch (match.matchClass()) {
            case EXACT, EDITED -> ACCURATE;
            case DEVIATES -> match.meaningChanges().isEmpty() ? MINOR_DEVIATION : MISQUOTED;
            case PARAPHRASE -> MISQUOTED;
            case NOT_FOUND -> UNVERIFIABLE;
        };
    }

    public String label() {
        return label;
    }

    public String description() {
        return description;
    }
}
