package com.quotecheck.extraction;

/**
 * Who a stretch of words is attributed to, as written around it.
 *
 * @param speaker      the speaker as written ("Hass", "she", "the US State Department")
 * @param position     offset of the speaker in the article, for resolving it against what came before
 * @param description  apposition giving role and affiliation, or null
 * @param cue          the cue as written ("says", "according to", "―"), or null
 * @param outlet       the outlet or document the words were given to, or null
 */
record Attribution(String speaker, int position, String description, String cue, String outlet) {
}
