package com.quotecheck.matching;

/**
 * One step of the alignment, with the words as written on each side.
 *
 * @param quoteText     the quote's words in this step ("" when none)
 * @param sourceText    the source's words in this step ("" when none)
 * @param meaningChange why this step may change the meaning ("negation dropped", "number changed"), or null
 */
public record Edit(EditType type, String quoteText, String sourceText, String meaningChange) {

    /** Whether this step may change what the quote means (a negation, a number or a qualifier). */
    public boolean changesMeaning() {
        return meaningChange != null;
    }
}
