package com.quotecheck.matching;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The words that carry a sentence's content, compared by a crude stem so inflections still meet. */
final class ContentWords {

    private static final Set<String> STOP = Set.of("a", "an", "the", "and", "or", "but", "of", "to", "in", "on",
            "at", "by", "for", "with", "from", "as", "that", "this", "these", "those", "it", "its", "is", "are",
            "was", "were", "be", "been", "being", "has", "have", "had", "do", "does", "did", "will", "would",
            "should", "can", "could", "may", "might", "must", "shall", "he", "she", "they", "them", "their",
            "his", "her", "we", "our", "you", "your", "i", "me", "my", "which", "who", "whom", "what", "when",
            "where", "why", "how", "there", "here", "than", "then", "so", "such", "also", "into", "over",
            "about", "if", "while", "up", "out", "not", "no", "all", "any", "each", "more", "most", "other",
            "some", "only", "very", "just", "both", "said", "says", "say");

    private static final int STEM = 6;

    private ContentWords() {
    }

    static List<String> of(List<String> norms) {
        List<String> out = new ArrayList<>();
        for (String w : norms) {
            if (!STOP.contains(w)) {
                out.add(stem(w));
            }
        }
        return out;
    }

    /**
     * How many of the quote's content words occur, in any order, among the source's words
     * {@code [from, to)}: returns {first matching word, last matching word + 1, count}, or null when none.
     */
    static int[] overlapSpan(List<String> content, IndexedSource source, int from, int to) {
        if (to <= from) {
            return null;
        }
        Map<String, Integer> wanted = new HashMap<>();
        content.forEach(w -> wanted.merge(w, 1, Integer::sum));
        String text = source.source().text();
        Words words = WordTokenizer.tokenize(text, source.starts()[from], source.ends()[to - 1], false);
        int first = -1;
        int last = -1;
        int count = 0;
        for (int k = 0; k < words.size(); k++) {
            String w = stem(words.norms()[k]);
            Integer left = wanted.get(w);
            if (left != null && left > 0) {
                wanted.put(w, left - 1);
                count++;
                if (first < 0) {
                    first = from + k;
                }
                last = from + k;
            }
        }
        return count == 0 ? null : new int[] {first, last + 1, count};
    }

    static boolean isContent(String norm) {
        return !STOP.contains(norm);
    }

    /** Whether two words differ at most in their ending (number, tense), by the same crude stem. */
    static boolean sameStem(String a, String b) {
        return stem(a).equals(stem(b));
    }

    private static String stem(String w) {
        return w.length() > STEM ? w.substring(0, STEM) : w;
    }
}
