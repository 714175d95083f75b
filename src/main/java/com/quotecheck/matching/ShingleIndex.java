package com.quotecheck.matching;

import java.util.Arrays;
import java.util.PriorityQueue;

/**
 * Candidate retrieval: winnowed word-trigram fingerprints of every source in a hash table of posting lists.
 * Not thread-safe; the matcher guards it with a read-write lock.
 *
 * <p>Each source keeps the smaller hash of every two neighbouring trigrams (winnowing, window 2), and a
 * query looks up all its own trigrams, so any run of at least four words shared with a source is
 * guaranteed to reach it. Buckets carry no keys: a colliding bucket only adds a candidate that alignment
 * then rejects, which keeps the table at about two ints per fingerprint.
 */
final class ShingleIndex {

    static final int SHINGLE = 3;
    private static final int MIN_BITS = 12;
    /** Posting entries a query may walk, so a quote full of common phrases stays bounded in time. */
    private static final int WALK_BUDGET = 3_000_000;

    private int bits = MIN_BITS;
    private int[] heads = emptyHeads(MIN_BITS);
    private int[] counts = new int[1 << MIN_BITS];
    private int[] postingSlot = new int[1 << MIN_BITS];
    private int[] postingNext = new int[1 << MIN_BITS];
    private int postings;

    /** Adds a source's fingerprints; returns false when the table has grown full and needs {@link #rebuild}. */
    boolean add(IndexedSource source) {
        long[] hashes = shingleHashes(source.ids());
        if (hashes.length == 1) {
            insert(bucket(hashes[0]), source.slot());
        }
        int last = -1;
        for (int k = 0; k + 1 < hashes.length; k++) {
            int pick = Long.compareUnsigned(hashes[k + 1], hashes[k]) <= 0 ? k + 1 : k;
            if (pick != last) {
                insert(bucket(hashes[pick]), source.slot());
                last = pick;
            }
        }
        return postings <= 4L * heads.length;
    }

    /** Re-creates the table sized for the given live sources (nulls are skipped). */
    void rebuild(IndexedSource[] sources, int count) {
        long words = 0;
        for (int k = 0; k < count; k++) {
            if (sources[k] != null) {
                words += sources[k].size();
            }
        }
        int b = MIN_BITS;
        while (b < 30 && (1L << b) < words / 4) {
            b++;
        }
        bits = b;
        heads = emptyHeads(b);
        counts = new int[1 << b];
        int capacity = (int) Math.min(Integer.MAX_VALUE - 8, words * 3 / 4 + (1 << MIN_BITS));
        postingSlot = new int[capacity];
        postingNext = new int[capacity];
        postings = 0;
        for (int k = 0; k < count; k++) {
            if (sources[k] != null) {
                add(sources[k]);
            }
        }
    }

    /**
     * Slots of the sources sharing the most fingerprints with the quote, best first. Each shared bucket
     * counts once per source, weighted by how rare it is, so phrases like "of the" decide nothing.
     */
    int[] candidates(int[] quoteIds, IndexedSource[] sources, int liveSources, int limit) {
        long[] hashes = shingleHashes(quoteIds);
        int[] buckets = new int[hashes.length];
        for (int k = 0; k < hashes.length; k++) {
            buckets[k] = bucket(hashes[k]);
        }
        buckets = Arrays.stream(buckets).distinct().toArray();
        long[] byCount = new long[buckets.length];
        for (int k = 0; k < buckets.length; k++) {
            byCount[k] = ((long) counts[buckets[k]] << 32) | buckets[k];
        }
        Arrays.sort(byCount);
        float[] score = new float[sources.length];
        int[] stamp = new int[sources.length];
        int[] touched = new int[64];
        int touchedCount = 0;
        long walked = 0;
        for (int k = 0; k < byCount.length && walked < WALK_BUDGET; k++) {
            int b = (int) byCount[k];
            int n = counts[b];
            if (n == 0) {
                continue;
            }
            float weight = (float) Math.log(1.0 + (double) Math.max(1, liveSources) / n);
            for (int p = heads[b]; p >= 0; p = postingNext[p]) {
                walked++;
                int slot = postingSlot[p];
                if (slot >= sources.length || sources[slot] == null || stamp[slot] == k + 1) {
                    continue;
                }
                stamp[slot] = k + 1;
                if (score[slot] == 0f) {
                    if (touchedCount == touched.length) {
                        touched = Arrays.copyOf(touched, touchedCount * 2);
                    }
                    touched[touchedCount++] = slot;
                }
                score[slot] += weight;
            }
        }
        PriorityQueue<Integer> top = new PriorityQueue<>((a, b) -> Float.compare(score[a], score[b]) != 0
                ? Float.compare(score[a], score[b]) : Integer.compare(b, a));
        for (int k = 0; k < touchedCount; k++) {
            top.add(touched[k]);
            if (top.size() > limit) {
                top.poll();
            }
        }
        int[] out = new int[top.size()];
        for (int k = out.length - 1; k >= 0; k--) {
            out[k] = top.poll();
        }
        return out;
    }

    /** Bytes held by the table and posting lists (array capacities, not object headers). */
    long memoryBytes() {
        return 4L * (heads.length + counts.length + postingSlot.length + postingNext.length);
    }

    int postings() {
        return postings;
    }

    /**
     * Hashes of every word trigram; a text shorter than a trigram gets one hash of all its words, so a
     * one- or two-word source can still be found by the same words.
     */
    static long[] shingleHashes(int[] ids) {
        if (ids.length == 0) {
            return new long[0];
        }
        int count = Math.max(1, ids.length - SHINGLE + 1);
        long[] out = new long[count];
        for (int k = 0; k < count; k++) {
            long h = 0x9E3779B97F4A7C15L;
            for (int j = k; j < Math.min(ids.length, k + SHINGLE); j++) {
                h = mix(h ^ ids[j]);
            }
            out[k] = h;
        }
        return out;
    }

    private static long mix(long z) {
        z = (z ^ (z >>> 33)) * 0xFF51AFD7ED558CCDL;
        z = (z ^ (z >>> 33)) * 0xC4CEB9FE1A85EC53L;
        return z ^ (z >>> 33);
    }

    private int bucket(long hash) {
        return (int) (hash >>> (64 - bits));
    }

    private void insert(int bucket, int slot) {
        int head = heads[bucket];
        if (head >= 0 && postingSlot[head] == slot) {
            return;
        }
        if (postings == postingSlot.length) {
            int cap = (int) Math.min(Integer.MAX_VALUE - 8, postingSlot.length * 2L);
            postingSlot = Arrays.copyOf(postingSlot, cap);
            postingNext = Arrays.copyOf(postingNext, cap);
        }
        postingSlot[postings] = slot;
        postingNext[postings] = head;
        heads[bucket] = postings;
        counts[bucket]++;
        postings++;
    }

    private static int[] emptyHeads(int bits) {
        int[] h = new int[1 << bits];
        Arrays.fill(h, -1);
        return h;
    }
}
