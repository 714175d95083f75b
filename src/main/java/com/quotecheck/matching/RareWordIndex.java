package com.quotecheck.matching;

import java.util.Arrays;
import java.util.HashSet;
import java.util.PriorityQueue;
import java.util.Set;

/**
 * Second-chance candidate retrieval for quotes that share no four-word run with their source (paraphrases,
 * translations): the sources holding each rare word. A word found in more than {@link #MAX_SOURCES} sources
 * stops being listed, so memory stays near one int per distinct rare word per source and a lookup stays short.
 * Not thread-safe; the matcher guards it with its read-write lock.
 */
final class RareWordIndex {

    static final int MAX_SOURCES = 64;
    /** Rare words a candidate must share with the quote, so one coincidence proposes nothing. */
    private static final int MIN_SHARED = 3;

    private int[][] slotsByWord = new int[1024][];
    private int[] sourcesByWord = new int[1024];

    void add(IndexedSource source) {
        int[] ids = source.ids().clone();
        Arrays.sort(ids);
        for (int k = 0; k < ids.length; k++) {
            int id = ids[k];
            if (k > 0 && ids[k - 1] == id) {
                continue;
            }
            if (id >= sourcesByWord.length) {
                int cap = Math.max(id + 1, sourcesByWord.length * 2);
                sourcesByWord = Arrays.copyOf(sourcesByWord, cap);
                slotsByWord = Arrays.copyOf(slotsByWord, cap);
            }
            int count = sourcesByWord[id]++;
            if (count >= MAX_SOURCES) {
                slotsByWord[id] = null;
                continue;
            }
            int[] list = slotsByWord[id];
            if (list == null) {
                list = new int[4];
            } else if (count == list.length) {
                list = Arrays.copyOf(list, Math.min(MAX_SOURCES, count * 2));
            }
            list[count] = source.slot();
            slotsByWord[id] = list;
        }
    }

    /** Re-creates the lists for the given live sources (nulls are skipped). */
    void rebuild(IndexedSource[] sources, int count) {
        slotsByWord = new int[1024][];
        sourcesByWord = new int[1024];
        for (int k = 0; k < count; k++) {
            if (sources[k] != null) {
                add(sources[k]);
            }
        }
    }

    /** Slots of the live sources sharing the most rare content words with the quote (at least three), best first. */
    int[] candidates(int[] quoteIds, String[] quoteNorms, IndexedSource[] sources, int liveSources, int limit) {
        float[] score = new float[sources.length];
        int[] shared = new int[sources.length];
        Set<Integer> seen = new HashSet<>();
        for (int k = 0; k < quoteIds.length; k++) {
            int id = quoteIds[k];
            if (!seen.add(id) || id < 0 || id >= slotsByWord.length || slotsByWord[id] == null
                    || !ContentWords.isContent(quoteNorms[k])) {
                continue;
            }
            int n = sourcesByWord[id];
            float weight = (float) Math.log(1.0 + (double) Math.max(1, liveSources) / n);
            for (int p = 0; p < n; p++) {
                int slot = slotsByWord[id][p];
                if (slot < sources.length && sources[slot] != null) {
                    score[slot] += weight;
                    shared[slot]++;
                }
            }
        }
        PriorityQueue<Integer> top = new PriorityQueue<>((a, b) -> Float.compare(score[a], score[b]));
        for (int slot = 0; slot < sources.length; slot++) {
            if (shared[slot] >= MIN_SHARED) {
                top.add(slot);
                if (top.size() > limit) {
                    top.poll();
                }
            }
        }
        int[] out = new int[top.size()];
        for (int k = out.length - 1; k >= 0; k--) {
            out[k] = top.poll();
        }
        return out;
    }
}
