package com.quotecheck.matching;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * A labelled test set built from real text: quotes cut from the library fixtures and edited the way
 * reporters edit them (or mangle them), each with the class, source and passage a reviewer would expect.
 */
final class QuoteCases {

    /** How a case was made from its source. */
    enum Kind { VERBATIM, TYPOGRAPHIC, ELLIPSIS, BRACKET, SUBSTITUTED, SWAPPED, DROPPED, ADDED, SPLICED, FABRICATED }

    /**
     * One labelled quote.
     *
     * @param sourceId          the source it was cut from (0 for fabricated quotes)
     * @param start             where the quoted passage starts in that source's text
     * @param end               where it ends
     * @param attributedId      the source the quote is attributed to, or null
     * @param expectedAttribution what attributedSourceMatches should say
     * @param meaningChange     whether the edits must flag a meaning change (null: not judged)
     * @param exactSpan         whether the passage must be exactly {@code [start, end)}, not merely overlap it
     */
    record Case(String kind, String quote, long sourceId, int start, int end, Long attributedId,
                MatchClass expected, Boolean expectedAttribution, Boolean meaningChange, boolean exactSpan) {

        Case(Kind kind, String quote, long sourceId, int start, int end, Long attributedId, MatchClass expected,
             Boolean expectedAttribution) {
            this(kind.name().toLowerCase(Locale.ROOT), quote, sourceId, start, end, attributedId, expected,
                    expectedAttribution, null, false);
        }

        Case attributedTo(Long id, Boolean matches) {
            return new Case(kind, quote, sourceId, start, end, id, expected, matches, meaningChange, exactSpan);
        }
    }

    private static final Pattern WORD = Pattern.compile("\\S+");
    private static final String[] ELLIPSES = {"…", "...", ". . .", "[…]"};
    private static final String[] BRACKETS = {"[the Secretary]", "[China]", "[sic]", "[the President]",
            "[in 2023]", "[Congress]", "[the United States]"};

    private QuoteCases() {
    }

    static List<SourceText> library() {
        try {
            Path dir = Path.of(QuoteCases.class.getResource("/matching/library").toURI());
            List<Path> files;
            try (Stream<Path> list = Files.list(dir)) {
                files = list.sorted().toList();
            }
            List<SourceText> out = new ArrayList<>();
            for (Path f : files) {
                out.add(new SourceText(out.size() + 1, body(f)));
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A fixture's text after its header block (which ends at the first blank line). */
    static String body(Path file) throws IOException {
        String all = Files.readString(file, StandardCharsets.UTF_8).replace("\r\n", "\n");
        int blank = all.indexOf("\n\n");
        return blank < 0 ? all : all.substring(blank + 2);
    }

    static List<String> fabricated() {
        try {
            Path file = Path.of(QuoteCases.class.getResource("/matching/fabricated-quotes.txt").toURI());
            return Files.readAllLines(file, StandardCharsets.UTF_8).stream()
                    .filter(l -> !l.isBlank() && !l.startsWith("#")).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** {@code perKind} cases of each kind per source, plus every fabricated quote, from a fixed seed. */
    static List<Case> generate(List<SourceText> library, List<String> fabricated, int perKind, long seed) {
        Random random = new Random(seed);
        List<Case> out = new ArrayList<>();
        for (SourceText source : library) {
            List<int[]> words = words(source.text());
            if (words.size() < 30) {
                continue;
            }
            for (Kind kind : Kind.values()) {
                for (int k = 0; k < perKind && kind != Kind.FABRICATED; k++) {
                    Case c = make(kind, source, words, library, random);
                    out.add(attribute(c, library, random));
                }
            }
        }
        for (String quote : fabricated) {
            Long attributed = random.nextBoolean() ? (long) (1 + random.nextInt(library.size())) : null;
            out.add(new Case(Kind.FABRICATED, quote, 0, 0, 0, attributed, MatchClass.NOT_FOUND, null));
        }
        return out;
    }

    /** A third of the cases are attributed to the right source, a third to a wrong one, a third to none. */
    static Case attribute(Case c, List<SourceText> library, Random random) {
        int pick = random.nextInt(3);
        if (pick == 0) {
            return c;
        }
        if (pick == 1) {
            return c.attributedTo(c.sourceId(), true);
        }
        long wrong = c.sourceId();
        while (wrong == c.sourceId()) {
            wrong = 1 + random.nextInt(library.size());
        }
        return c.attributedTo(wrong, false);
    }

    private static Case make(Kind kind, SourceText source, List<int[]> words, List<SourceText> library,
                             Random random) {
        String text = source.text();
        boolean deviates = kind.ordinal() >= Kind.SUBSTITUTED.ordinal();
        int length = (deviates ? 12 : 6) + random.nextInt(deviates ? 24 : 30);
        if (kind == Kind.SPLICED) {
            int first = 6 + random.nextInt(8);
            int gap = 3 + random.nextInt(25);
            int second = 6 + random.nextInt(8);
            int a = random.nextInt(words.size() - first - gap - second);
            String quote = span(text, words, a, a + first) + " " + span(text, words, a + first + gap,
                    a + first + gap + second);
            return located(kind, quote, source, words, a, a + first + gap + second, MatchClass.DEVIATES);
        }
        int a = random.nextInt(words.size() - length);
        int b = a + length;
        List<String> q = new ArrayList<>();
        for (int k = a; k < b; k++) {
            q.add(text.substring(words.get(k)[0], words.get(k)[1]));
        }
        q.set(0, trimStart(q.get(0)));
        q.set(q.size() - 1, trimEnd(q.get(q.size() - 1)));
        int inner = 1 + random.nextInt(q.size() - 3);
        switch (kind) {
            case VERBATIM -> {
                return located(kind, String.join(" ", q), source, words, a, b, MatchClass.EXACT);
            }
            case TYPOGRAPHIC -> {
                return located(kind, typographic(String.join(random.nextBoolean() ? " " : "  ", q), random),
                        source, words, a, b, MatchClass.EXACT);
            }
            case ELLIPSIS -> {
                int cut = Math.min(2 + random.nextInt(8), q.size() - inner - 2);
                cut = Math.max(1, cut);
                List<String> edited = new ArrayList<>(q.subList(0, inner));
                edited.add(ELLIPSES[random.nextInt(ELLIPSES.length)]);
                edited.addAll(q.subList(inner + cut, q.size()));
                return located(kind, String.join(" ", edited), source, words, a, b, MatchClass.EDITED);
            }
            case BRACKET -> {
                String bracket = BRACKETS[random.nextInt(BRACKETS.length)];
                if (random.nextBoolean()) {
                    q.set(inner, bracket);
                } else {
                    q.add(inner, bracket);
                }
                return located(kind, String.join(" ", q), source, words, a, b, MatchClass.EDITED);
            }
            case SUBSTITUTED -> {
                for (int n = 0; n < 1 + q.size() / 12; n++) {
                    int at = 1 + random.nextInt(q.size() - 2);
                    q.set(at, otherWord(q.get(at), library, random));
                }
            }
            case SWAPPED -> {
                int at = inner;
                while (at < q.size() - 2 && (norm(q.get(at)).isEmpty() || norm(q.get(at + 1)).isEmpty()
                        || norm(q.get(at)).equals(norm(q.get(at + 1))))) {
                    at++;
                }
                String w = q.get(at);
                q.set(at, q.get(at + 1));
                q.set(at + 1, w);
            }
            case DROPPED -> {
                q.remove(inner);
                if (random.nextBoolean()) {
                    q.remove(1 + random.nextInt(q.size() - 2));
                }
            }
            case ADDED -> {
                q.add(inner, otherWord("", library, random));
                if (random.nextBoolean()) {
                    q.add(1 + random.nextInt(q.size() - 2), otherWord("", library, random));
                }
            }
            default -> throw new IllegalArgumentException(kind.name());
        }
        return located(kind, String.join(" ", q), source, words, a, b, MatchClass.DEVIATES);
    }

    static Case located(Kind kind, String quote, SourceText source, List<int[]> words, int a, int b,
                        MatchClass expected) {
        int[] span = offsets(source.text(), words, a, b);
        return new Case(kind, quote, source.id(), span[0], span[1], null, expected, null);
    }

    /** The text offsets of whitespace words {@code [a, b)}, trimmed of leading and trailing punctuation. */
    static int[] offsets(String text, List<int[]> words, int a, int b) {
        int start = words.get(a)[0];
        while (start < text.length() && !Character.isLetterOrDigit(text.charAt(start))) {
            start++;
        }
        int end = words.get(b - 1)[1];
        while (end > start && !Character.isLetterOrDigit(text.charAt(end - 1))) {
            end--;
        }
        return new int[] {start, end};
    }

    /** Curly quotes and apostrophes, dashes, U.S./US, capitals and line breaks, as pasted text arrives. */
    private static String typographic(String quote, Random random) {
        String s = quote.replace("'", "’").replace("--", "—");
        s = s.contains("U.S.") ? s.replace("U.S.", "US") : s.replace("US", "U.S.");
        if (random.nextBoolean()) {
            s = s.toUpperCase(Locale.ROOT);
        } else if (random.nextBoolean()) {
            s = s.toLowerCase(Locale.ROOT);
        }
        return (random.nextBoolean() ? "“" : "\"") + s.replaceFirst(" ", "\n") + "”";
    }

    static String otherWord(String not, List<SourceText> library, Random random) {
        while (true) {
            SourceText s = library.get(random.nextInt(library.size()));
            List<int[]> w = words(s.text());
            int[] pick = w.get(random.nextInt(w.size()));
            String word = trimEnd(trimStart(s.text().substring(pick[0], pick[1])));
            if (word.length() > 3 && !norm(word).equals(norm(not))) {
                return word;
            }
        }
    }

    static String norm(String word) {
        return String.join(" ", WordTokenizer.tokenize(word).norms());
    }

    static String span(String text, List<int[]> words, int a, int b) {
        return trimEnd(trimStart(text.substring(words.get(a)[0], words.get(b - 1)[1])));
    }

    static String trimStart(String s) {
        int k = 0;
        while (k < s.length() - 1 && !Character.isLetterOrDigit(s.charAt(k))) {
            k++;
        }
        return s.substring(k);
    }

    static String trimEnd(String s) {
        int k = s.length();
        while (k > 1 && !Character.isLetterOrDigit(s.charAt(k - 1))) {
            k--;
        }
        return s.substring(0, k);
    }

    static List<int[]> words(String text) {
        List<int[]> out = new ArrayList<>();
        Matcher m = WORD.matcher(text);
        while (m.find()) {
            out.add(new int[] {m.start(), m.end()});
        }
        return out;
    }
}
