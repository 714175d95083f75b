package com.quotecheck.matching;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import com.quotecheck.matching.QuoteCases.Case;

/**
 * A harder labelled set than {@link QuoteCases}: short quotes, a reporter's own words around the quote, inflection,
 * changed numbers and negations, far splices, reworded and reordered quotes, typographic noise, quotes found in two
 * sources and in a later version of a readout, all in a library padded with thousands of distractor sources, plus
 * hand-written cases from {@code hard-quotes.tsv}.
 */
final class HardQuoteCases {

    /** The readouts that get a later version and a news article echoing them; other kinds avoid them. */
    static final Set<Long> ECHOED = Set.of(2L, 9L);
    static final long REVISED_OFFSET = 100;
    static final long ECHO_OFFSET = 200;
    static final long FIRST_DISTRACTOR = 1_000;

    private static final String[] PREFIXES = {"Indeed,", "Frankly,", "Look,", "And", "But", "Today,",
            "As I said,"};
    private static final String[] SUFFIXES = {", he said", ", she added", ", the statement said", ", he told reporters",
            " — he said"};
    private static final Set<String> AUXILIARIES = Set.of("is", "are", "will", "shall", "can", "should", "must",
            "was", "were", "would");
    private static final Map<String, String> NUMBERS = Map.ofEntries(Map.entry("one", "two"),
            Map.entry("two", "three"), Map.entry("three", "four"), Map.entry("four", "five"),
            Map.entry("five", "six"), Map.entry("seven", "eight"), Map.entry("ten", "twelve"),
            Map.entry("thirty", "thirteen"), Map.entry("twenty", "forty"), Map.entry("hundred", "thousand"),
            Map.entry("first", "second"), Map.entry("half", "third"));
    /** Plain-English renderings a translator or a paraphrasing reporter might use instead. */
    private static final Map<String, String> SYNONYMS = Map.ofEntries(Map.entry("important", "crucial"),
            Map.entry("importance", "significance"), Map.entry("maintaining", "keeping"),
            Map.entry("communication", "contact"), Map.entry("manage", "handle"), Map.entry("avoid", "prevent"),
            Map.entry("conflict", "confrontation"), Map.entry("issues", "matters"), Map.entry("continue", "keep"),
            Map.entry("concern", "worry"), Map.entry("potential", "possible"), Map.entry("cooperation", "collaboration"),
            Map.entry("respect", "honor"), Map.entry("stop", "cease"), Map.entry("interfering", "meddling"),
            Map.entry("undermining", "weakening"), Map.entry("sovereignty", "independence"),
            Map.entry("security", "safety"), Map.entry("development", "growth"), Map.entry("hoped", "expected"),
            Map.entry("practical", "concrete"), Map.entry("actions", "steps"), Map.entry("implement", "carry"),
            Map.entry("consensus", "agreement"), Map.entry("reached", "struck"), Map.entry("effectively", "properly"),
            Map.entry("differences", "disputes"), Map.entry("promote", "advance"), Map.entry("exchanges", "contacts"),
            Map.entry("stabilize", "steady"), Map.entry("healthy", "sound"), Map.entry("stable", "steady"),
            Map.entry("difficulties", "problems"), Map.entry("challenges", "hurdles"), Map.entry("clear", "plain"),
            Map.entry("principles", "tenets"), Map.entry("mutual", "shared"), Map.entry("peaceful", "calm"),
            Map.entry("nation", "country"), Map.entry("great", "vast"), Map.entry("men", "people"),
            Map.entry("war", "conflict"), Map.entry("brave", "courageous"), Map.entry("dead", "fallen"),
            Map.entry("world", "globe"), Map.entry("remember", "recall"), Map.entry("freedom", "liberty"),
            Map.entry("government", "administration"), Map.entry("people", "public"), Map.entry("new", "fresh"),
            Map.entry("fear", "dread"), Map.entry("believe", "think"), Map.entry("country", "nation"),
            Map.entry("power", "strength"), Map.entry("powers", "authority"), Map.entry("rights", "entitlements"),
            Map.entry("life", "existence"), Map.entry("truth", "facts"), Map.entry("support", "backing"),
            Map.entry("leadership", "guidance"), Map.entry("victory", "triumph"), Map.entry("peace", "calm"),
            Map.entry("strength", "might"), Map.entry("begin", "start"), Map.entry("ask", "demand"),
            Map.entry("free", "liberated"), Map.entry("establish", "set"), Map.entry("secure", "guarantee"),
            Map.entry("law", "statute"), Map.entry("laws", "statutes"), Map.entry("united", "joined"),
            Map.entry("states", "nations"), Map.entry("military", "armed"), Map.entry("industrial", "manufacturing"),
            Map.entry("influence", "sway"), Map.entry("dangerous", "perilous"), Map.entry("future", "tomorrow"),
            Map.entry("hope", "wish"), Map.entry("duty", "obligation"), Map.entry("task", "job"),
            Map.entry("dedicated", "devoted"), Map.entry("conceived", "created"), Map.entry("equal", "alike"),
            Map.entry("malice", "spite"), Map.entry("charity", "kindness"), Map.entry("firmness", "resolve"),
            Map.entry("wounds", "injuries"), Map.entry("just", "fair"), Map.entry("lasting", "enduring"));

    private HardQuoteCases() {
    }

    /** The ten fixtures (ids 1–10), later versions and echoes of the readouts, then {@code distractors} sources. */
    static List<SourceText> library(List<SourceText> fixtures, int distractors, long seed) {
        Random random = new Random(seed);
        List<SourceText> out = new ArrayList<>(fixtures);
        for (long id : ECHOED) {
            out.add(revised(fixtures.get((int) id - 1), random));
        }
        List<String> tokens = new ArrayList<>();
        for (SourceText f : fixtures) {
            for (int[] w : QuoteCases.words(f.text())) {
                tokens.add(f.text().substring(w[0], w[1]));
            }
        }
        for (long id : ECHOED) {
            SourceText f = fixtures.get((int) id - 1);
            List<int[]> words = QuoteCases.words(f.text());
            int a = echoStart(words.size());
            String echo = filler(tokens, 120, random) + " The statement read: \""
                    + f.text().substring(words.get(a)[0], words.get(a + 25)[1]) + "\" " + filler(tokens, 150, random);
            out.add(new SourceText(ECHO_OFFSET + id, echo));
        }
        for (int k = 0; k < distractors; k++) {
            out.add(new SourceText(FIRST_DISTRACTOR + k, filler(tokens, 500 + random.nextInt(400), random)));
        }
        return out;
    }

    /** Cases from a fixed seed: {@code perKind} of each generated kind per fixture, the fabricated and hand-written ones. */
    static List<Case> generate(List<SourceText> library, int perKind, long seed) {
        Random random = new Random(seed);
        List<SourceText> fixtures = library.stream().filter(s -> s.id() <= 10).toList();
        Map<Long, SourceText> byId = new HashMap<>();
        library.forEach(s -> byId.put(s.id(), s));
        List<Case> out = new ArrayList<>();
        for (SourceText source : fixtures) {
            List<int[]> words = QuoteCases.words(source.text());
            if (ECHOED.contains(source.id())) {
                for (int k = 0; k < perKind; k++) {
                    out.addAll(echoed(source, byId.get(ECHO_OFFSET + source.id()), words, random));
                    out.addAll(revisedCases(source, byId.get(REVISED_OFFSET + source.id()), random));
                }
                continue;
            }
            for (String kind : List.of("short", "edge", "inflected", "number", "negation", "far-splice", "reworded",
                    "reordered", "noisy")) {
                for (int k = 0; k < perKind; k++) {
                    Case c = make(kind, source, words, fixtures, random);
                    if (c != null) {
                        out.add(QuoteCases.attribute(c, fixtures, random));
                    }
                }
            }
        }
        for (String quote : QuoteCases.fabricated()) {
            Long attributed = random.nextBoolean() ? (long) (1 + random.nextInt(fixtures.size())) : null;
            out.add(new Case("fabricated", quote, 0, 0, 0, attributed, MatchClass.NOT_FOUND, null, null, false));
        }
        out.addAll(handWritten(fixtures));
        return out;
    }

    private static Case make(String kind, SourceText source, List<int[]> words, List<SourceText> fixtures,
                             Random random) {
        String text = source.text();
        for (int attempt = 0; attempt < 200; attempt++) {
            int length = switch (kind) {
                case "short" -> 3 + random.nextInt(4);
                case "far-splice" -> 6 + random.nextInt(7);
                default -> 10 + random.nextInt(16);
            };
            if (words.size() < length + 2) {
                return null;
            }
            int a = random.nextInt(words.size() - length);
            int b = a + length;
            List<String> q = new ArrayList<>();
            for (int k = a; k < b; k++) {
                q.add(text.substring(words.get(k)[0], words.get(k)[1]));
            }
            q.set(0, QuoteCases.trimStart(q.get(0)));
            q.set(q.size() - 1, QuoteCases.trimEnd(q.get(q.size() - 1)));
            Case c = switch (kind) {
                case "short" -> shortQuote(q, source, words, a, b, fixtures);
                case "edge" -> edge(q, source, words, a, b, random);
                case "inflected" -> inflected(q, source, words, a, b, random);
                case "number" -> number(q, source, words, a, b);
                case "negation" -> negation(q, source, words, a, b, random);
                case "far-splice" -> farSplice(q, source, words, a, b, random);
                case "reworded" -> reworded(q, source, words, a, b, fixtures, random);
                case "reordered" -> reordered(q, source, words, a, b);
                case "noisy" -> noisy(q, source, words, a, b, random);
                default -> throw new IllegalArgumentException(kind);
            };
            if (c != null) {
                return c;
            }
        }
        return null;
    }

    private static Case shortQuote(List<String> q, SourceText source, List<int[]> words, int a, int b,
                                   List<SourceText> fixtures) {
        String quote = String.join(" ", q);
        String[] norms = WordTokenizer.tokenize(quote).norms();
        if (ContentWords.of(Arrays.asList(norms)).size() < 2 || occurrences(norms, fixtures) != 1) {
            return null;
        }
        return labelled("short", quote, source, words, a, b, MatchClass.EXACT, false, false);
    }

    private static Case edge(List<String> q, SourceText source, List<int[]> words, int a, int b, Random random) {
        int pick = random.nextInt(3);
        String quote = String.join(" ", q);
        if (pick != 1) {
            String prefix = PREFIXES[random.nextInt(PREFIXES.length)];
            quote = prefix + " " + Character.toLowerCase(quote.charAt(0)) + quote.substring(1);
        }
        if (pick != 0) {
            quote = quote + SUFFIXES[random.nextInt(SUFFIXES.length)];
        }
        return labelled("edge", quote, source, words, a, b, MatchClass.DEVIATES, false, true);
    }

    private static Case inflected(List<String> q, SourceText source, List<int[]> words, int a, int b,
                                  Random random) {
        int changes = 1 + random.nextInt(2);
        int changed = 0;
        Set<Integer> done = new java.util.HashSet<>();
        for (int tries = 0; tries < 20 && changed < changes; tries++) {
            int at = random.nextInt(q.size());
            if (!done.add(at)) {
                continue;
            }
            String w = q.get(at);
            String norm = QuoteCases.norm(w);
            if (ContentWords.of(List.of(norm)).isEmpty() || norm.length() < 4 || !norm.chars().allMatch(Character::isLetter)
                    || MeaningCheck.change(List.of(), List.of(norm)) != null) {
                continue;
            }
            q.set(at, inflect(w));
            changed++;
        }
        return changed == 0 ? null
                : labelled("inflected", String.join(" ", q), source, words, a, b, MatchClass.DEVIATES, false, false);
    }

    /** Number or tense flipped the way careless transcription does: plural to singular, past to progressive. */
    static String inflect(String w) {
        String lower = w.toLowerCase(Locale.ROOT);
        if (lower.endsWith("ies")) {
            return w.substring(0, w.length() - 3) + "y";
        }
        if (lower.endsWith("s") && !lower.endsWith("ss")) {
            return w.substring(0, w.length() - 1);
        }
        if (lower.endsWith("ed")) {
            return w.substring(0, w.length() - 2) + "ing";
        }
        if (lower.endsWith("e")) {
            return w + "d";
        }
        return w + "s";
    }

    private static Case number(List<String> q, SourceText source, List<int[]> words, int a, int b) {
        for (int at = 0; at < q.size(); at++) {
            String norm = QuoteCases.norm(q.get(at));
            String replacement = NUMBERS.get(norm);
            if (replacement == null && norm.chars().allMatch(Character::isDigit) && !norm.isEmpty()) {
                replacement = new StringBuilder(norm).reverse().toString();
                if (replacement.equals(norm)) {
                    replacement = norm + "0";
                }
            }
            if (replacement != null) {
                String w = q.get(at);
                q.set(at, Character.isUpperCase(w.charAt(0))
                        ? Character.toUpperCase(replacement.charAt(0)) + replacement.substring(1) : replacement);
                return labelled("number", String.join(" ", q), source, words, a, b, MatchClass.DEVIATES, true, false);
            }
        }
        return null;
    }

    private static Case negation(List<String> q, SourceText source, List<int[]> words, int a, int b,
                                 Random random) {
        for (int at = 1; at < q.size() - 1; at++) {
            String norm = QuoteCases.norm(q.get(at));
            if (MeaningCheck.isNegation(norm) && !norm.equals("nor")) {
                if (norm.equals("cannot")) {
                    q.set(at, q.get(at).substring(0, 3));
                } else {
                    q.remove(at);
                }
                return labelled("negation", String.join(" ", q), source, words, a, b, MatchClass.DEVIATES, true, false);
            }
        }
        if (random.nextBoolean()) {
            return null;
        }
        for (int at = 1; at < q.size() - 1; at++) {
            if (AUXILIARIES.contains(QuoteCases.norm(q.get(at)))) {
                q.add(at + 1, "not");
                return labelled("negation", String.join(" ", q), source, words, a, b, MatchClass.DEVIATES, true, false);
            }
        }
        return null;
    }

    private static Case farSplice(List<String> q, SourceText source, List<int[]> words, int a, int b,
                                  Random random) {
        int second = 6 + random.nextInt(7);
        int from = b + 40;
        if (from + second >= words.size()) {
            return null;
        }
        int c = from + random.nextInt(words.size() - second - from);
        String quote = String.join(" ", q) + " " + QuoteCases.span(source.text(), words, c, c + second);
        return labelled("far-splice", quote, source, words, a, c + second, MatchClass.DEVIATES, null, false);
    }

    private static Case reworded(List<String> q, SourceText source, List<int[]> words, int a, int b,
                                 List<SourceText> fixtures, Random random) {
        List<Integer> content = new ArrayList<>();
        for (int k = 0; k < q.size(); k++) {
            String norm = QuoteCases.norm(q.get(k));
            if (!norm.isEmpty() && !ContentWords.of(List.of(norm)).isEmpty() && MeaningCheck.change(List.of(), List.of(norm)) == null) {
                content.add(k);
            }
        }
        if (content.size() < 7) {
            return null;
        }
        double share = 0.3 + 0.2 * random.nextDouble();
        int replace = (int) Math.ceil(share * content.size());
        java.util.Collections.shuffle(content, random);
        for (int k : content.subList(0, replace)) {
            String w = q.get(k);
            String synonym = SYNONYMS.get(QuoteCases.norm(w));
            q.set(k, synonym != null ? synonym : QuoteCases.otherWord(w, fixtures, random));
        }
        return labelled("reworded", String.join(" ", q), source, words, a, b, MatchClass.PARAPHRASE, null, false);
    }

    private static Case reordered(List<String> q, SourceText source, List<int[]> words, int a, int b) {
        for (int at = q.size() / 3; at < 2 * q.size() / 3; at++) {
            if (q.get(at).endsWith(",") && at >= 4 && q.size() - at >= 5) {
                List<String> first = new ArrayList<>(q.subList(0, at + 1));
                first.set(at, QuoteCases.trimEnd(first.get(at)));
                String quote = String.join(" ", q.subList(at + 1, q.size())) + ", " + String.join(" ", first);
                return labelled("reordered", quote, source, words, a, b, MatchClass.DEVIATES, null, false);
            }
        }
        return null;
    }

    private static Case noisy(List<String> q, SourceText source, List<int[]> words, int a, int b, Random random) {
        StringBuilder s = new StringBuilder();
        for (int k = 0; k < q.size(); k++) {
            if (k > 0) {
                s.append(random.nextInt(3) == 0 ? '\u00A0' : ' ');
            }
            String w = q.get(k);
            if (w.length() > 7 && random.nextBoolean()) {
                w = w.substring(0, 4) + '\u00AD' + w.substring(4);
            }
            s.append(w);
        }
        String quote = s.toString().replace("fi", "\uFB01").replace("fl", "\uFB02")
                .replace(", ", random.nextBoolean() ? "\uFF0C " : ", ").replace("'", "’").replace("--", "—")
                .replace(" - ", " – ");
        quote = quote.contains("U.S.") ? quote.replace("U.S.", "US") : quote.replace("US", "U.S.");
        quote = random.nextBoolean() ? "“" + quote + "”" : "\"" + quote + ".\"";
        return labelled("noisy", quote, source, words, a, b, MatchClass.EXACT, false, false);
    }

    /** A verbatim run of the echoed passage, attributed to the readout and to the article that echoes it. */
    private static List<Case> echoed(SourceText readout, SourceText echo, List<int[]> words, Random random) {
        int start = echoStart(words.size());
        int length = 8 + random.nextInt(12);
        int a = start + random.nextInt(25 - length);
        String quote = QuoteCases.span(readout.text(), words, a, a + length);
        int[] inReadout = QuoteCases.offsets(readout.text(), words, a, a + length);
        int at = echo.text().indexOf(quote);
        return List.of(
                new Case("duplicated", quote, readout.id(), inReadout[0], inReadout[1], readout.id(), MatchClass.EXACT,
                        true, false, false),
                new Case("duplicated", quote, echo.id(), at, at + quote.length(), echo.id(), MatchClass.EXACT, true,
                        false, false));
    }

    /**
     * Quotes against a readout and its later version: the changed sentence attributed to the old version (the
     * new one holds it), and an unchanged run attributed to each version.
     */
    private static List<Case> revisedCases(SourceText original, SourceText revised, Random random) {
        int changed = firstDifference(original.text(), revised.text());
        List<int[]> words = QuoteCases.words(revised.text());
        int w = 0;
        while (words.get(w)[1] <= changed) {
            w++;
        }
        int a = Math.max(0, w - 3 - random.nextInt(5));
        int b = Math.min(words.size(), w + 4 + random.nextInt(6));
        String changedQuote = QuoteCases.span(revised.text(), words, a, b);
        int[] span = QuoteCases.offsets(revised.text(), words, a, b);
        List<Case> out = new ArrayList<>();
        out.add(new Case("revised", changedQuote, revised.id(), span[0], span[1], original.id(), MatchClass.EXACT,
                false, false, false));
        List<int[]> old = QuoteCases.words(original.text());
        int length = 8 + random.nextInt(10);
        int c = random.nextInt(Math.max(1, Math.min(w, old.size()) - length - 1));
        String same = QuoteCases.span(original.text(), old, c, c + length);
        int[] inOriginal = QuoteCases.offsets(original.text(), old, c, c + length);
        int inRevised = revised.text().indexOf(same);
        long attributed = random.nextBoolean() ? original.id() : revised.id();
        out.add(attributed == original.id()
                ? new Case("revised", same, original.id(), inOriginal[0], inOriginal[1], attributed, MatchClass.EXACT,
                        true, false, false)
                : new Case("revised", same, revised.id(), inRevised, inRevised + same.length(), attributed,
                        MatchClass.EXACT, true, false, false));
        return out;
    }

    /** The readout's later version: one sentence of twelve words or more in its second half has two words changed. */
    private static SourceText revised(SourceText original, Random random) {
        String text = original.text();
        List<int[]> words = QuoteCases.words(text);
        int at = words.size() / 2 + random.nextInt(words.size() / 4);
        String word = text.substring(words.get(at)[0], words.get(at)[1]);
        String next = text.substring(words.get(at + 2)[0], words.get(at + 2)[1]);
        String changed = text.substring(0, words.get(at)[0]) + "firmly" + (word.endsWith(",") ? "," : "")
                + text.substring(words.get(at)[1], words.get(at + 2)[0]) + "reaffirmed"
                + (next.endsWith(",") ? "," : "") + text.substring(words.get(at + 2)[1]);
        return new SourceText(REVISED_OFFSET + original.id(), changed);
    }

    private static int echoStart(int words) {
        return words / 3;
    }

    private static int firstDifference(String a, String b) {
        int k = 0;
        while (k < a.length() && k < b.length() && a.charAt(k) == b.charAt(k)) {
            k++;
        }
        return k;
    }

    private static String filler(List<String> tokens, int count, Random random) {
        StringBuilder s = new StringBuilder();
        for (int k = 0; k < count; k++) {
            s.append(k == 0 ? "" : " ").append(tokens.get(random.nextInt(tokens.size())));
        }
        return s.toString();
    }

    private static int occurrences(String[] norms, List<SourceText> fixtures) {
        int count = 0;
        for (SourceText f : fixtures) {
            String[] all = WordTokenizer.tokenize(f.text()).norms();
            for (int k = 0; k + norms.length <= all.length; k++) {
                if (Arrays.equals(all, k, k + norms.length, norms, 0, norms.length)) {
                    count++;
                }
            }
        }
        return count;
    }

    private static Case labelled(String kind, String quote, SourceText source, List<int[]> words, int a, int b,
                                 MatchClass expected, Boolean meaning, boolean exactSpan) {
        int[] span = QuoteCases.offsets(source.text(), words, a, b);
        return new Case(kind, quote, source.id(), span[0], span[1], null, expected, null, meaning, exactSpan);
    }

    /**
     * Hand-written cases, one per line of {@code hard-quotes.tsv}: class, source file, attributed file, meaning
     * change (y, n or -), the passage as the source has it, the quote; "-" where a column does not apply.
     */
    static List<Case> handWritten(List<SourceText> fixtures) {
        try {
            Path dir = Path.of(HardQuoteCases.class.getResource("/matching/library").toURI());
            List<String> names;
            try (var list = Files.list(dir)) {
                names = list.map(p -> p.getFileName().toString().replace(".txt", "")).sorted().toList();
            }
            Path file = Path.of(HardQuoteCases.class.getResource("/matching/hard-quotes.tsv").toURI());
            List<Case> out = new ArrayList<>();
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split("\t");
                MatchClass expected = MatchClass.valueOf(f[0]);
                long source = f[1].equals("-") ? 0 : names.indexOf(f[1]) + 1;
                Long attributed = f[2].equals("-") ? null : (long) names.indexOf(f[2]) + 1;
                Boolean meaning = f[3].equals("-") ? null : f[3].equals("y");
                String passage = f[4].replace("\\n", "\n");
                int start = 0;
                int end = 0;
                if (source > 0) {
                    start = fixtures.get((int) source - 1).text().indexOf(passage);
                    if (start < 0) {
                        throw new IllegalStateException("passage not in " + f[1] + ": " + passage);
                    }
                    end = start + passage.length();
                }
                Boolean attribution = attributed == null || source == 0 ? null : attributed == source;
                out.add(new Case("hand-written", f[5], source, start, end, attributed, expected, attribution, meaning,
                        false));
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
