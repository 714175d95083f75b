package com.quotecheck.matching;

/**
 * The size of a matcher's in-memory index, for capacity planning.
 *
 * @param sources      live sources
 * @param words        words in the live sources
 * @param fingerprints winnowed trigram postings in the index
 * @param indexBytes   bytes of the fingerprint table and posting lists
 * @param wordBytes    bytes of the per-word ids and offsets kept for alignment (source texts not counted)
 */
public record IndexStats(int sources, long words, long fingerprints, long indexBytes, long wordBytes) {
}
