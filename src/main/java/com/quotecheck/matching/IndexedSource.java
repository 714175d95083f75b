package com.quotecheck.matching;

/**
 * A source as the matcher holds it: its text and its words as vocabulary ids with their offsets.
 *
 * @param slot   the source's position in the matcher's table, which the shingle index refers to
 * @param ids    vocabulary id of each word
 * @param starts offset of each word in {@code source.text()}
 * @param ends   offset just past each word in {@code source.text()}
 */
record IndexedSource(SourceText source, int slot, int[] ids, int[] starts, int[] ends) {

    int size() {
        return ids.length;
    }
}
