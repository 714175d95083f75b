package com.quotecheck.matching;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Runs a labelled test set through a matcher and scores class accuracy, location accuracy, misattribution
 * detection and meaning-change flags, with a confusion matrix; {@link #main} prints the tables that
 * docs/quality.md reports, for the rule-generated set and for the harder one.
 */
final class MatchingQuality {

    /** Per-kind and overall counts. */
    static final class Tally {
        int cases;
        int classRight;
        int locatable;
        int locatedRight;
        int attributed;
        int attributionRight;
        int judgedMeaning;
        int meaningRight;

        double classAccuracy() {
            return ratio(classRight, cases);
        }

        double locationAccuracy() {
            return ratio(locatedRight, locatable);
        }

        double attributionAccuracy() {
            return ratio(attributionRight, attributed);
        }

        double meaningAccuracy() {
            return ratio(meaningRight, judgedMeaning);
        }

        private static double ratio(int a, int b) {
            return b == 0 ? 1.0 : (double) a / b;
        }
    }

    /** Counts of expected class (rows) against the class the matcher gave (columns). */
    static final class Confusion {
        final Map<MatchClass, int[]> rows = new EnumMap<>(MatchClass.class);

        void add(MatchClass expected, MatchClass got) {
            rows.computeIfAbsent(expected, k -> new int[MatchClass.values().length])[got.ordinal()]++;
        }

        List<String> table() {
            List<String> out = new ArrayList<>();
            StringBuilder head = new StringBuilder("| expected \\ got |");
            StringBuilder rule = new StringBuilder("|---|");
            for (MatchClass c : MatchClass.values()) {
                head.append(' ').append(c).append(" |");
                rule.append("---|");
            }
            out.add(head.toString());
            out.add(rule.toString());
            rows.forEach((expected, counts) -> {
                StringBuilder row = new StringBuilder("| ").append(expected).append(" |");
                for (int n : counts) {
                    row.append(' ').append(n).append(" |");
                }
                out.add(row.toString());
            });
            return out;
        }
    }

    private MatchingQuality() {
    }

    static Map<String, Tally> score(SourceMatcher matcher, List<QuoteCases.Case> cases, Tally total,
                                    List<String> failures) {
        return score(matcher, cases, total, new Confusion(), failures);
    }

    static Map<String, Tally> score(SourceMatcher matcher, List<QuoteCases.Case> cases, Tally total,
                                    Confusion confusion, List<String> failures) {
        Map<String, Tally> byKind = new LinkedHashMap<>();
        for (QuoteCases.Case c : cases) {
            MatchResult r = matcher.match(c.quote(), c.attributedId());
            Tally t = byKind.computeIfAbsent(c.kind(), k -> new Tally());
            boolean classRight = r.matchClass() == c.expected();
            boolean locatable = c.expected() != MatchClass.NOT_FOUND;
            boolean locatedRight = locatable && r.best() != null && r.best().sourceId() == c.sourceId()
                    && (c.exactSpan() ? r.best().start() == c.start() && r.best().end() == c.end()
                    : overlap(r.best().start(), r.best().end(), c.start(), c.end()) >= 0.8);
            boolean attributed = c.attributedId() != null && locatable;
            boolean attributionRight = attributed && c.expectedAttribution().equals(r.attributedSourceMatches());
            boolean judged = c.meaningChange() != null;
            boolean meaningRight = judged && c.meaningChange() == !r.meaningChanges().isEmpty();
            confusion.add(c.expected(), r.matchClass());
            for (Tally x : new Tally[] {t, total}) {
                x.cases++;
                x.classRight += classRight ? 1 : 0;
                x.locatable += locatable ? 1 : 0;
                x.locatedRight += locatedRight ? 1 : 0;
                x.attributed += attributed ? 1 : 0;
                x.attributionRight += attributionRight ? 1 : 0;
                x.judgedMeaning += judged ? 1 : 0;
                x.meaningRight += meaningRight ? 1 : 0;
            }
            if (!classRight || (locatable && !locatedRight) || (attributed && !attributionRight)
                    || (judged && !meaningRight)) {
                failures.add(c.kind() + " expected " + c.expected() + " got " + r.matchClass() + " | " + c.quote()
                        + " | best " + (r.best() == null ? "-" : r.best().sourceId() + ":" + r.best().text())
                        + " | edits " + r.edits());
            }
        }
        return byKind;
    }

    /** Shared length over the longer of the two ranges. */
    static double overlap(int s1, int e1, int s2, int e2) {
        int shared = Math.max(0, Math.min(e1, e2) - Math.max(s1, s2));
        return (double) shared / Math.max(1, Math.max(e1 - s1, e2 - s2));
    }

    static SourceMatcher matcherFor(List<SourceText> library) {
        SourceMatcher m = new SourceMatcher();
        library.forEach(m::add);
        return m;
    }

    /** Arguments: cases per kind of the rule-generated set (6), cases per kind of the harder set (6), distractors (2000). */
    public static void main(String[] args) {
        // exec:exec passes -Dbench.args as one argument
        String[] a = String.join(" ", args).trim().split("\\s+");
        int perKind = a.length > 0 && !a[0].isEmpty() ? Integer.parseInt(a[0]) : 6;
        int hardPerKind = a.length > 1 ? Integer.parseInt(a[1]) : 6;
        int distractors = a.length > 2 ? Integer.parseInt(a[2]) : HARD_DISTRACTORS;
        List<SourceText> library = QuoteCases.library();
        print("Rule-generated set", matcherFor(library),
                QuoteCases.generate(library, QuoteCases.fabricated(), perKind, 42));
        List<SourceText> hardLibrary = HardQuoteCases.library(library, distractors, 7);
        print("Harder set", matcherFor(hardLibrary), HardQuoteCases.generate(hardLibrary, hardPerKind, 42));
    }

    static final int HARD_DISTRACTORS = 2_000;

    private static void print(String title, SourceMatcher matcher, List<QuoteCases.Case> cases) {
        Tally total = new Tally();
        Confusion confusion = new Confusion();
        List<String> failures = new ArrayList<>();
        Map<String, Tally> byKind = score(matcher, cases, total, confusion, failures);
        System.out.println("### " + title + "\n");
        System.out.println("| kind | cases | class accuracy | location accuracy | attribution accuracy (attributed cases) "
                + "| meaning flags (judged cases) |");
        System.out.println("|---|---|---|---|---|---|");
        byKind.forEach((kind, t) -> System.out.println(row(kind, t)));
        System.out.println(row("**all**", total));
        System.out.println();
        confusion.table().forEach(System.out::println);
        System.out.println();
        failures.forEach(f -> System.out.println("MISS " + f));
        System.out.println();
    }

    private static String row(String name, Tally t) {
        return String.format("| %s | %d | %.3f | %s | %s | %s |", name, t.cases, t.classAccuracy(),
                t.locatable == 0 ? "—" : String.format("%.3f (%d)", t.locationAccuracy(), t.locatable),
                t.attributed == 0 ? "—" : String.format("%.3f (%d)", t.attributionAccuracy(), t.attributed),
                t.judgedMeaning == 0 ? "—" : String.format("%.3f (%d)", t.meaningAccuracy(), t.judgedMeaning));
    }
}
