package com.quotecheck.matching;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/** Gives every normalized source word a small int id, so alignment compares ints instead of strings. */
final class Vocabulary {

    private final Map<String, Integer> ids = new ConcurrentHashMap<>();
    private final AtomicInteger next = new AtomicInteger();

    int[] intern(String[] norms) {
        int[] out = new int[norms.length];
        for (int k = 0; k < norms.length; k++) {
            out[k] = ids.computeIfAbsent(norms[k], w -> next.getAndIncrement());
        }
        return out;
    }

    /**
     * Ids for a quote's words without growing the vocabulary: a word no source has gets a negative id,
     * the same one for each of its occurrences in the quote, so it matches nothing in the library.
     */
    int[] lookup(String[] norms) {
        int[] out = new int[norms.length];
        Map<String, Integer> unknown = new HashMap<>();
        for (int k = 0; k < norms.length; k++) {
            Integer id = ids.get(norms[k]);
            out[k] = id != null ? id : unknown.computeIfAbsent(norms[k], w -> -1 - unknown.size());
        }
        return out;
    }
}
