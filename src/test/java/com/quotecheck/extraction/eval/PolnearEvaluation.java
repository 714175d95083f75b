package com.quotecheck.extraction.eval;

import com.quotecheck.extraction.ExtractedQuote;
import com.quotecheck.extraction.QuoteExtractor;
import com.quotecheck.extraction.QuoteKind;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * Prints direct-quote precision, recall and speaker accuracy of {@link QuoteExtractor} on PolNeAR dev, for all
 * articles and for the two halves (even and odd positions) as a cross-check. Arguments: [path] [--errors]
 * [--pronouns]; the last lists every quote whose annotated speaker is a bare pronoun with the name it was resolved
 * to, for checking by eye what the score cannot.
 */
public final class PolnearEvaluation {

    private PolnearEvaluation() {
    }

    public static void main(String[] args) throws IOException {
        Path path = PolnearCorpus.defaultPath();
        boolean errors = false;
        boolean pronouns = false;
        for (String arg : args) {
            if (arg.equals("--errors")) {
                errors = true;
            } else if (arg.equals("--pronouns")) {
                pronouns = true;
            } else if (!arg.isBlank()) {
                path = Path.of(arg);
            }
        }
        List<PolnearCorpus.Article> articles = PolnearCorpus.read(path);
        QuoteExtractor extractor = new QuoteExtractor();
        SegmentScorer.Score[] halves = {SegmentScorer.Score.ZERO, SegmentScorer.Score.ZERO};
        int extras = 0;
        int extrasAnnotated = 0;
        for (int i = 0; i < articles.size(); i++) {
            PolnearCorpus.Article article = articles.get(i);
            SegmentScorer.Outcome outcome = evaluate(extractor, article);
            halves[i % 2] = halves[i % 2].plus(outcome.score());
            extras += outcome.unmatched().size();
            for (SegmentScorer.Prediction p : outcome.unmatched()) {
                extrasAnnotated += annotatedAround(article, p) != null ? 1 : 0;
            }
            if (errors) {
                printErrors(article, outcome);
            }
            if (pronouns) {
                printPronounResolutions(article);
            }
        }
        System.out.println("PolNeAR dev, " + articles.size() + " articles");
        print("all ", halves[0].plus(halves[1]));
        print("even", halves[0]);
        print("odd ", halves[1]);
        // Not a score: how many extra predictions fall on a span the annotators did mark as an attribution, whose
        // quoted segment the corpus's kind detection lost (marks outside the annotated span, '' or a reversed glyph).
        System.out.printf(Locale.ROOT, "extra predictions on an annotated attribution with no direct segment: %d of %d%n",
                extrasAnnotated, extras);
        printReportedSpeech(extractor, articles);
    }

    /** The reported-speech gauge: indirect attributions covered, and INDIRECT items lying on an annotated attribution. */
    record ReportedSpeechGauge(int gold, int found, int predicted, int onAnnotation) {
        double onAnnotationShare() {
            return predicted == 0 ? 0 : (double) onAnnotation / predicted;
        }
    }

    private static void printReportedSpeech(QuoteExtractor extractor, List<PolnearCorpus.Article> articles) {
        ReportedSpeechGauge g = reportedSpeech(extractor, articles);
        System.out.printf(Locale.ROOT, "reported speech: %d of %d indirect attributions covered; %d of %d INDIRECT items "
                + "on an annotated attribution%n", g.found(), g.gold(), g.onAnnotation(), g.predicted());
    }

    /**
     * Not a target, a gauge: how many of the corpus's indirect attributions an INDIRECT item covers (at least half of
     * the words each way), and how many INDIRECT items lie on any annotated attribution (half of their words).
     */
    static ReportedSpeechGauge reportedSpeech(QuoteExtractor extractor, List<PolnearCorpus.Article> articles) {
        int gold = 0;
        int found = 0;
        int predicted = 0;
        int onAnnotation = 0;
        for (PolnearCorpus.Article article : articles) {
            int[][] words = SegmentScorer.wordSpans(article.text());
            List<ExtractedQuote> reported = extractor.extract(article.text()).stream()
                    .filter(q -> q.kind() == QuoteKind.INDIRECT).toList();
            for (PolnearCorpus.Annotated a : article.annotated()) {
                if (a.kind().equals("indirect")) {
                    gold++;
                    found += reported.stream().anyMatch(q -> halfEachWay(words, q.start(), q.end(), a.start(), a.end()))
                            ? 1 : 0;
                }
            }
            for (ExtractedQuote q : reported) {
                predicted++;
                onAnnotation += article.annotated().stream()
                        .anyMatch(a -> share(words, q.start(), q.end(), a.start(), a.end()) >= 0.5) ? 1 : 0;
            }
        }
        return new ReportedSpeechGauge(gold, found, predicted, onAnnotation);
    }

    private static boolean halfEachWay(int[][] words, int ps, int pe, int gs, int ge) {
        return share(words, ps, pe, gs, ge) >= 0.5 && share(words, gs, ge, ps, pe) >= 0.5;
    }

    /** The share of the words in {@code [s, e)} that also lie in {@code [os, oe)}. */
    private static double share(int[][] words, int s, int e, int os, int oe) {
        int own = 0;
        int inside = 0;
        for (int[] w : words) {
            if (w[0] >= s && w[1] <= e) {
                own++;
                inside += w[0] >= os && w[1] <= oe ? 1 : 0;
            }
        }
        return own == 0 ? 0 : (double) inside / own;
    }

    /** The annotated attribution whose content span holds at least 80% of a prediction's words, or null. */
    static PolnearCorpus.Annotated annotatedAround(PolnearCorpus.Article article, SegmentScorer.Prediction p) {
        int[][] words = SegmentScorer.wordSpans(article.text());
        for (PolnearCorpus.Annotated a : article.annotated()) {
            int own = 0;
            int inside = 0;
            for (int[] w : words) {
                if (w[0] >= p.start() && w[1] <= p.end()) {
                    own++;
                    inside += w[0] >= a.start() && w[1] <= a.end() ? 1 : 0;
                }
            }
            if (own > 0 && inside >= 0.8 * own) {
                return a;
            }
        }
        return null;
    }

    /** Scores the extractor's DIRECT quotes on one article. */
    public static SegmentScorer.Outcome evaluate(QuoteExtractor extractor, PolnearCorpus.Article article) {
        List<SegmentScorer.Prediction> predictions = extractor.extract(article.text()).stream()
                .filter(q -> q.kind() == QuoteKind.DIRECT)
                .map(q -> new SegmentScorer.Prediction(q.start(), q.end(), q.speakerName()))
                .toList();
        return SegmentScorer.score(article.text(), article.gold(), predictions);
    }

    /** Scores all articles together. */
    public static SegmentScorer.Score evaluate(QuoteExtractor extractor, List<PolnearCorpus.Article> articles) {
        SegmentScorer.Score total = SegmentScorer.Score.ZERO;
        for (PolnearCorpus.Article a : articles) {
            total = total.plus(evaluate(extractor, a).score());
        }
        return total;
    }

    private static void print(String label, SegmentScorer.Score s) {
        System.out.printf(Locale.ROOT,
                "%s  precision %.3f (%d/%d)  recall %.3f (%d/%d)  speaker %.3f (%d/%d)%n", label, s.precision(),
                s.predictionsMatched(), s.predictions(), s.recall(), s.goldFound(), s.goldSegments(),
                s.speakerAccuracy(), s.speakerCorrect(), s.speakerChecked());
    }

    private static void printErrors(PolnearCorpus.Article article, SegmentScorer.Outcome outcome) {
        String t = article.text();
        List<ExtractedQuote> quotes = new QuoteExtractor().extract(t);
        for (SegmentScorer.GoldSegment g : outcome.missed()) {
            System.out.println("MISSED " + article.id() + " | " + context(t, g.start(), g.end()));
        }
        for (SegmentScorer.Prediction p : outcome.unmatched()) {
            PolnearCorpus.Annotated a = annotatedAround(article, p);
            String annotated = a == null ? "" : " (annotated " + a.kind() + ", speaker " + a.speaker() + ")";
            System.out.println("EXTRA  " + article.id() + " speaker=" + p.speakerName() + annotated + " | "
                    + context(t, p.start(), p.end()));
        }
        for (SegmentScorer.GoldSegment g : outcome.wrongSpeaker()) {
            String predicted = quotes.stream().filter(q -> q.start() < g.end() && g.start() < q.end()
                    && q.kind() == QuoteKind.DIRECT).map(q -> q.speaker() + " -> " + q.speakerName()).findFirst()
                    .orElse("?");
            System.out.println("SPEAKER gold=" + g.speaker() + " predicted=" + predicted + " | "
                    + context(t, g.start(), g.end()));
        }
    }

    private static void printPronounResolutions(PolnearCorpus.Article article) {
        String t = article.text();
        for (ExtractedQuote q : new QuoteExtractor().extract(t)) {
            article.gold().stream()
                    .filter(g -> g.speaker() != null && SegmentScorer.isPronoun(g.speaker()) && q.start() < g.end()
                            && g.start() < q.end())
                    .findFirst()
                    .ifPresent(g -> System.out.println("PRONOUN " + g.speaker() + " -> " + q.speakerName() + " | "
                            + t.substring(Math.max(0, q.start() - 400), q.start()).replace('\n', '|') + "[["
                            + t.substring(q.start(), Math.min(q.end(), q.start() + 60)) + "…]] "
                            + t.substring(q.end(), Math.min(t.length(), q.end() + 60)).replace('\n', '|')));
        }
    }

    private static String context(String t, int s, int e) {
        return (t.substring(Math.max(0, s - 80), s) + "[[" + t.substring(s, e) + "]]"
                + t.substring(e, Math.min(t.length(), e + 80))).replace('\n', '|');
    }
}
