package com.quotecheck.matching;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Runs the labelled test set through a matcher and scores class accuracy, location accuracy and
 * misattribution detection; {@link #main} prints the table that docs/quality.md reports.
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

        double classAccuracy() {
            return ratio(classRight, cases);
        }

        double locationAccuracy() {
            return ratio(locatedRight, locatable);
        }

        double attributionAccuracy() {
            return ratio(attributionRight, attributed);
        }

        private static double ratio(int a, int b) {
            return b == 0 ? 1.0 : (double) a / b;
        }
    }

    private MatchingQuality() {
    }

    static Map<QuoteCases.Kind, Tally> score(SourceMatcher matcher, List<QuoteCases.Case> cases, Tally total,
                                             List<String> failures) {
        Map<QuoteCases.Kind, Tally> byKind = new EnumMap<>(QuoteCases.Kind.class);
        for (QuoteCases.Case c : cases) {
            MatchResult r = matcher.match(c.quote(), c.attributedId());
            Tally t = byKind.computeIfAbsent(c.kind(), k -> new Tally());
            boolean classRight = r.matchClass() == c.expected();
            boolean locatable = c.expected() != MatchClass.NOT_FOUND;
            boolean locatedRight = locatable && r.best() != null && r.best().sourceId() == c.sourceId()
                    && overlap(r.best().start(), r.best().end(), c.start(), c.end()) >= 0.8;
            boolean attributed = c.attributedId() != null && locatable;
            boolean attributionRight = attributed && c.expectedAttribution().equals(r.attributedSourceMatches());
            for (Tally x : new Tally[] {t, total}) {
                x.cases++;
                x.classRight += classRight ? 1 : 0;
                x.locatable += locatable ? 1 : 0;
                x.locatedRight += locatedRight ? 1 : 0;
                x.attributed += attributed ? 1 : 0;
                x.attributionRight += attributionRight ? 1 : 0;
            }
            if (!classRight || (locatable && !locatedRight) || (attributed && !attributionRight)) {
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

    public static void main(String[] args) {
        int perKind = args.length > 0 ? Integer.parseInt(args[0]) : 6;
        List<SourceText> library = QuoteCases.library();
        List<QuoteCases.Case> cases = QuoteCases.generate(library, QuoteCases.fabricated(), perKind, 42);
        Tally total = new Tally();
        List<String> failures = new java.util.ArrayList<>();
        Map<QuoteCases.Kind, Tally> byKind = score(matcherFor(library), cases, total, failures);
        System.out.println("| kind | cases | class accuracy | location accuracy | attribution accuracy (attributed cases) |");
        System.out.println("|---|---|---|---|---|");
        byKind.forEach((kind, t) -> System.out.println(row(kind.name().toLowerCase(), t)));
        System.out.println(row("**all**", total));
        failures.forEach(f -> System.out.println("MISS " + f));
    }

    private static String row(String name, Tally t) {
        return String.format("| %s | %d | %.3f | %s | %s |", name, t.cases, t.classAccuracy(),
                t.locatable == 0 ? "—" : String.format("%.3f (%d)", t.locationAccuracy(), t.locatable),
                t.attributed == 0 ? "—" : String.format("%.3f (%d)", t.attributionAccuracy(), t.attributed));
    }
}
