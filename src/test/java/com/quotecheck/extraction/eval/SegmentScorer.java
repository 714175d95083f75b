package com.quotecheck.extraction.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Scores predicted direct quotes against gold quoted segments by word coverage: a prediction matches a segment
 * when it covers at least 80% of the segment's words and at least 30% of its own words lie in the segment.
 */
public final class SegmentScorer {

    /** A gold quoted segment; {@code mixed} when it belongs to a partial quote, which a prediction may match without penalty. */
    public record GoldSegment(int start, int end, boolean mixed, String speaker) {
    }

    /** A predicted direct quote with its resolved speaker name (null when unattributed). */
    public record Prediction(int start, int end, String speakerName) {
    }

    /** Counts for precision, recall and speaker accuracy; add them up across articles. */
    public record Score(int goldSegments, int goldFound, int predictions, int predictionsMatched,
            int speakerChecked, int speakerCorrect) {

        public static final Score ZERO = new Score(0, 0, 0, 0, 0, 0);

        public Score plus(Score o) {
            return new Score(goldSegments + o.goldSegments, goldFound + o.goldFound, predictions + o.predictions,
                    predictionsMatched + o.predictionsMatched, speakerChecked + o.speakerChecked,
                    speakerCorrect + o.speakerCorrect);
        }

        public double precision() {
            return predictions == 0 ? 1 : (double) predictionsMatched / predictions;
        }

        public double recall() {
            return goldSegments == 0 ? 1 : (double) goldFound / goldSegments;
        }

        public double speakerAccuracy() {
            return speakerChecked == 0 ? 1 : (double) speakerCorrect / speakerChecked;
        }
    }

    /** What happened to each gold segment and prediction of one article, for error listings. */
    public record Outcome(Score score, List<GoldSegment> missed, List<Prediction> unmatched,
            List<GoldSegment> wrongSpeaker) {
    }

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");
    private static final Set<String> PRONOUNS = Set.of("he", "she", "they", "it", "i", "we", "you", "him", "her",
            "them", "his", "its", "their");
    private static final Set<String> NOT_NAME_WORDS = Set.of("the", "a", "an", "of", "for", "at", "in", "on", "and",
            "to", "mr", "mrs", "ms", "dr", "said", "says", "told");
    private static final double GOLD_COVERAGE = 0.8;
    private static final double OWN_OVERLAP = 0.3;

    private SegmentScorer() {
    }

    /** Scores one article's direct predictions against its gold segments. */
    public static Outcome score(String text, List<GoldSegment> gold, List<Prediction> predictions) {
        int[][] words = wordSpans(text);
        boolean[] found = new boolean[gold.size()];
        boolean[] speakerOk = new boolean[gold.size()];
        int counted = 0;
        int matched = 0;
        List<Prediction> unmatched = new ArrayList<>();
        for (Prediction p : predictions) {
            boolean direct = false;
            boolean mixed = false;
            for (int g = 0; g < gold.size(); g++) {
                GoldSegment s = gold.get(g);
                if (matches(words, p.start(), p.end(), s.start(), s.end())) {
                    if (s.mixed()) {
                        mixed = true;
                    } else {
                        direct = true;
                        found[g] = true;
                        speakerOk[g] |= sharesNameWord(s.speaker(), p.speakerName());
                    }
                }
            }
            if (direct) {
                counted++;
                matched++;
            } else if (!mixed) {
                counted++;
                unmatched.add(p);
            }
        }
        int goldDirect = 0;
        int goldFound = 0;
        int checked = 0;
        int correct = 0;
        List<GoldSegment> missed = new ArrayList<>();
        List<GoldSegment> wrongSpeaker = new ArrayList<>();
        for (int g = 0; g < gold.size(); g++) {
            GoldSegment s = gold.get(g);
            if (s.mixed()) {
                continue;
            }
            goldDirect++;
            if (!found[g]) {
                missed.add(s);
                continue;
            }
            goldFound++;
            if (s.speaker() != null && !isPronoun(s.speaker())) {
                checked++;
                if (speakerOk[g]) {
                    correct++;
                } else {
                    wrongSpeaker.add(s);
                }
            }
        }
        return new Outcome(new Score(goldDirect, goldFound, counted, matched, checked, correct), missed, unmatched,
                wrongSpeaker);
    }

    /** The 80% / 30% word-coverage rule between a predicted range and a gold range. */
    static boolean matches(int[][] words, int ps, int pe, int gs, int ge) {
        int goldWords = 0;
        int goldCovered = 0;
        int ownWords = 0;
        int ownInGold = 0;
        int lo = Math.min(ps, gs);
        int hi = Math.max(pe, ge);
        for (int[] w : words) {
            if (w[1] <= lo) {
                continue;
            }
            if (w[0] >= hi) {
                break;
            }
            boolean inGold = w[0] >= gs && w[1] <= ge;
            boolean inOwn = w[0] >= ps && w[1] <= pe;
            if (inGold) {
                goldWords++;
                if (inOwn) {
                    goldCovered++;
                }
            }
            if (inOwn) {
                ownWords++;
                if (inGold) {
                    ownInGold++;
                }
            }
        }
        return goldWords > 0 && ownWords > 0 && goldCovered >= GOLD_COVERAGE * goldWords
                && ownInGold >= OWN_OVERLAP * ownWords;
    }

    static int[][] wordSpans(String text) {
        List<int[]> spans = new ArrayList<>();
        Matcher m = WORD.matcher(text);
        while (m.find()) {
            spans.add(new int[] {m.start(), m.end()});
        }
        return spans.toArray(new int[0][]);
    }

    static boolean isPronoun(String speaker) {
        return PRONOUNS.contains(speaker.strip().toLowerCase(Locale.ROOT));
    }

    /** True when the predicted name shares a word with the gold speaker, ignoring articles and titles. */
    static boolean sharesNameWord(String gold, String predicted) {
        if (gold == null || predicted == null) {
            return false;
        }
        Set<String> predictedWords = new java.util.HashSet<>(nameWords(predicted));
        for (String w : nameWords(gold)) {
            if (predictedWords.contains(w)) {
                return true;
            }
        }
        return false;
    }

    private static List<String> nameWords(String s) {
        List<String> out = new ArrayList<>();
        Matcher m = WORD.matcher(s.toLowerCase(Locale.ROOT));
        while (m.find()) {
            if (!NOT_NAME_WORDS.contains(m.group())) {
                out.add(m.group());
            }
        }
        return out;
    }
}
