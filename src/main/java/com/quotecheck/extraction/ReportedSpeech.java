package com.quotecheck.extraction;

import java.util.ArrayList;
import java.util.List;

/** Finds reported speech without quote marks: "X says the burden is …", "a poll by Y found that …", "…, officials said." */
final class ReportedSpeech {

    /** A reported clause and who it is attributed to. */
    record Report(int start, int end, Attribution attribution) {
    }

    private static final int MIN_CONTENT_WORDS = 3;
    private static final int MAX_SUBJECT_TOKENS = 30;
    /** Longest time or place phrase between a cue and its "that" ("at a campaign stop in Toledo, Ohio,"). */
    private static final int MAX_ADJUNCT_TOKENS = 10;

    private ReportedSpeech() {
    }

    /** Scans each sentence outside quote marks for one reporting cue with a speaker subject and a clause. */
    static List<Report> find(String text, Sentences sentences, List<QuoteSpan> spans) {
        List<Report> reports = new ArrayList<>();
        int len = text.length();
        int spanIndex = 0;
        int s = 0;
        while (s < len) {
            int e = sentences.endOf(s);
            if (e <= s) {
                break;
            }
            while (spanIndex < spans.size() && spans.get(spanIndex).after() <= s) {
                spanIndex++;
            }
            boolean insideQuote = spanIndex < spans.size() && spans.get(spanIndex).open() < s;
            if (!insideQuote) {
                int limit = spanIndex < spans.size() ? Math.min(e, spans.get(spanIndex).open()) : e;
                Report r = inSentence(text, s, e, limit);
                if (r != null) {
                    reports.add(r);
                }
            }
            s = e;
        }
        return reports;
    }

    /** {@code cueLimit}: the cue must come before any quote mark, or the sentence is a direct quote's frame. */
    private static Report inSentence(String text, int from, int to, int cueLimit) {
        if (to - from > 2_000) {
            return null;
        }
        Words w = new Words(text, from, to);
        Report inner = attributedClause(w, to, cueLimit);
        if (inner == null) {
            inner = ownedClaim(w, cueLimit);
        }
        Report fronted = fronted(w);
        if (inner == null || fronted == null) {
            return inner != null ? inner : fronted;
        }
        String source = fronted.attribution().speaker();
        if (source.equals(Lexicon.lower(source))) {
            // "According to her account, … she insisted …": no outlet is named.
            return inner;
        }
        // "According to Yahoo News, spokesman Jesse Lehrich said …": Lehrich speaks, to the outlet cited first.
        Attribution a = inner.attribution();
        return new Report(inner.start(), inner.end(), new Attribution(a.speaker(), a.position(), a.description(),
                a.cue(), Names.stripDeterminer(new Words(source, 0, source.length()))));
    }

    /**
     * "Trump repeated his claim that the election was rigged", "… rejected Ruiz's assertion that …": a claim owned by a
     * pronoun or a name, and the clause it states; the owner speaks (a pronoun resolved as a speaker's would be).
     */
    private static Report ownedClaim(Words w, int cueLimit) {
        for (int n = 1; n + 1 < w.size() && w.start(n) < cueLimit; n++) {
            if (!w.isWord(n) || !Lexicon.CLAIM_NOUNS.contains(w.lower(n)) || !w.is(n + 1, "that")) {
                continue;
            }
            // "repeated his claim": the subject's own; "Contrary to his claim" may mean anyone, so it is left.
            boolean objectOfVerb = n >= 2 && w.isWord(n - 2) && !Lexicon.PREPOSITIONS.contains(w.lower(n - 2));
            String owner = objectOfVerb ? Lexicon.OWNER_PRONOUNS.get(w.lower(n - 1)) : null;
            String possessor = Names.stripPossessive(w.text(n - 1));
            if (owner == null && w.isCapitalized(n - 1) && !possessor.equals(w.text(n - 1))) {
                owner = possessor;
            }
            int contentStart = n + 2;
            int end = clauseEnd(w, contentStart);
            for (int k = contentStart; k < end; k++) {
                if (w.is(k, ",")) {
                    // "Contrary to his claim that people would learn nothing, there would be …": the claim ends there,
                    // with the marks closing a quote it ends in ("would ''learn nothing,'' there …").
                    int marks = k + 1;
                    while (marks < end && isClosingMark(w, marks)) {
                        marks++;
                    }
                    end = marks > k + 1 ? marks : k;
                    break;
                }
            }
            if (owner != null && end - contentStart >= MIN_CONTENT_WORDS && w.isWord(contentStart)) {
                Attribution attribution = new Attribution(owner, w.start(n - 1), null, w.text(n), null);
                return new Report(w.start(contentStart), w.end(end - 1), attribution);
            }
        }
        return null;
    }

    /** The sentence's own attribution first; one inside a subordinate clause only when there is none. */
    private static Report attributedClause(Words w, int to, int cueLimit) {
        for (boolean main : new boolean[] {true, false}) {
            for (int v = 1; v < w.size() && w.start(v) < cueLimit; v++) {
                if (!w.isWord(v) || w.isCapitalized(v)) {
                    continue;
                }
                boolean according = w.lower(v).equals("according") && w.is(v + 1, "to");
                if (!according && !Lexicon.REPORTING_VERBS.contains(w.lower(v))) {
                    continue;
                }
                Report r = main ? mainClause(w, v, to, according) : according ? null : embedded(w, v);
                if (r != null) {
                    return r;
                }
            }
        }
        return null;
    }

    private static Report mainClause(Words w, int v, int to, boolean according) {
        Attribution quotedAs = AttributionParser.quotedAsSaying(w, v);
        if (quotedAs != null) {
            // "Xinhua quoted Xi as saying that China …".
            int contentStart = contentStart(w, v);
            int end = contentStart < 0 ? -1 : clauseEnd(w, contentStart);
            return end - contentStart >= MIN_CONTENT_WORDS ? new Report(w.start(contentStart), w.end(end - 1), quotedAs)
                    : null;
        }
        Report r = according ? null : forward(w, v, to);
        if (r == null && !according) {
            r = postposed(w, v);
        }
        return r != null ? r : inverted(w, v, according);
    }

    /** [But] According to SOURCE, CLAUSE. — the source opens the sentence ("According to police, the suspect …"). */
    private static Report fronted(Words w) {
        int v = w.isWord(0) && Lexicon.CONJUNCTIONS.contains(w.lower(0)) ? 1 : 0;
        if (!(w.isWord(v) && w.lower(v).equals("according") && w.is(v + 1, "to"))) {
            return null;
        }
        int s = v + 2;
        int comma = w.wordRunEnd(s, AttributionParser.MAX_SOURCE_TOKENS);
        if (!w.is(comma, ",")) {
            return null;
        }
        int end = AttributionParser.accordingSourceEnd(w, s);
        int contentStart = comma + 1;
        String description = null;
        int second = pastApposition(w, contentStart);
        if (second > contentStart) {
            // "According to the Global Times, a state-run tabloid, the measures …": the apposition describes it.
            description = AttributionParser.descriptionOrNull(w, contentStart, second - 1);
            contentStart = second;
        }
        int contentEnd = clauseEnd(w, contentStart);
        if (end == s || contentEnd - contentStart < MIN_CONTENT_WORDS || !w.isWord(contentStart)) {
            return null;
        }
        Attribution attribution = new Attribution(w.span(s, end), w.start(s), description, "according to", null);
        return new Report(w.start(contentStart), w.end(contentEnd - 1), attribution);
    }

    /** Past an apposition opening at {@code from} and closed by a comma ("a state-run tabloid,"); else {@code from}. */
    private static int pastApposition(Words w, int from) {
        if (!w.isWord(from) || !(w.lower(from).equals("a") || w.lower(from).equals("an"))) {
            return from;
        }
        for (int k = from + 1; k < w.size() && k <= from + AttributionParser.MAX_SOURCE_TOKENS; k++) {
            if (w.is(k, ",")) {
                return k + 1;
            }
            if (!w.isWord(k) || Lexicon.isCue(w.lower(k)) || Lexicon.AUXILIARIES.contains(w.lower(k))) {
                return from;
            }
        }
        return from;
    }

    /**
     * CLAUSE, CUE SUBJECT [, apposition]. — the inverted cue closes the sentence ("…, said Ana Ruiz, a professor at
     * Yale.", "…, noted NBC’s Dante Chinni.", "…, according to the Justice Department.").
     */
    private static Report inverted(Words w, int v, boolean according) {
        int s = according ? v + 2 : v + 1;
        if (v < MIN_CONTENT_WORDS + 1 || !w.is(v - 1, ",") || !w.isWord(s)
                || !(according || w.isCapitalized(s) || Lexicon.DETERMINERS.contains(w.lower(s)))) {
            return null;
        }
        int end = according ? AttributionParser.accordingSourceEnd(w, s) : AttributionParser.npEnd(w, s);
        boolean closes = end >= w.size() || w.is(end, ".") && end == w.size() - 1 || w.is(end, ",");
        if (end == s || !closes || Lexicon.PRONOUNS.contains(w.lower(s))) {
            return null;
        }
        int contentEnd = v - 1;
        int contentStart = AttributionParser.skipIntroducer(w, 0, contentEnd);
        if (contentEnd - contentStart < MIN_CONTENT_WORDS || !w.isWord(contentStart)) {
            return null;
        }
        int last = w.is(w.size() - 1, ".") ? w.size() - 1 : w.size();
        // An apposition ("…, a professor at Yale") describes the speaker; "…, and said" goes on with the sentence.
        boolean apposition = w.is(end, ",") && end + 1 < last && w.isWord(end + 1)
                && (Lexicon.DETERMINERS.contains(w.lower(end + 1)) || Lexicon.isRole(w.lower(end + 1)));
        String description = apposition ? AttributionParser.descriptionOrNull(w, end + 1, last) : null;
        Attribution attribution = new Attribution(w.span(s, end), w.start(s), description,
                according ? "according to" : w.text(v), null);
        return new Report(w.start(contentStart), w.end(contentEnd - 1), attribution);
    }

    /** SUBJECT [, apposition,] CUE [that] CLAUSE. */
    private static Report forward(Words w, int v, int to) {
        int a = AttributionParser.skipIntroducer(w, 0, v);
        String introduction = a > 0 ? w.span(0, a - 1) : "";
        int subjectEnd = v;
        // "Smith also said", "She had told investigators", "officials have said": adverbs and auxiliaries before the cue.
        while (subjectEnd > a && w.isWord(subjectEnd - 1) && !w.isCapitalized(subjectEnd - 1)
                && (Lexicon.isAdverb(w.lower(subjectEnd - 1)) || Lexicon.PERFECT_AUXILIARIES.contains(
                        w.lower(subjectEnd - 1)) || Lexicon.MODALS.contains(w.lower(subjectEnd - 1)))) {
            subjectEnd--;
        }
        if (subjectEnd <= a || subjectEnd - a > MAX_SUBJECT_TOKENS) {
            return null;
        }
        int np = AttributionParser.npEnd(w, a);
        for (int k = a; k < np; k++) {
            if (w.isWord(k) && Lexicon.CLAUSE_OPENERS.contains(w.lower(k)) && !Lexicon.CONJUNCTIONS.contains(w.lower(k))) {
                // "The caucus met shortly after Trump said …": the subject is inside the clause the cue belongs to.
                return null;
            }
        }
        String description = null;
        // "told the BBC the plan was reckless": the outlet the words were given to.
        String outlet = AttributionParser.outlet(w, v);
        Attribution attribution;
        int contentStart = contentStart(w, v);
        if (contentStart < 0) {
            return null;
        }
        if (isFigure(w, a) && hasDocument(introduction)) {
            // "In a survey … commissioned by the ECFR, 63% said they believe …": the survey speaks, the figure is the finding.
            attribution = new Attribution(stripPreposition(introduction), w.start(0), null, w.text(v), outlet);
            contentStart = a;
        } else if (np == subjectEnd) {
            attribution = new Attribution(w.span(a, np), w.start(a), null, w.text(v), outlet);
        } else if (np > a && w.is(np, ",") && w.is(subjectEnd - 1, ",")) {
            description = AttributionParser.descriptionOrNull(w, np + 1, subjectEnd - 1);
            attribution = new Attribution(w.span(a, np), w.start(a), description, w.text(v), outlet);
        } else if (np > a && hasDocument(w.span(a, np))) {
            // "the last poll of residents in … by the Eurasia Group Foundation found": a document with its owner.
            attribution = new Attribution(w.span(a, subjectEnd), w.start(a), null, w.text(v), outlet);
        } else {
            return null;
        }
        int end = clauseEnd(w, contentStart);
        if (end - contentStart < MIN_CONTENT_WORDS) {
            return null;
        }
        return new Report(w.start(contentStart), w.end(end - 1), attribution);
    }

    /**
     * … [after|when|which|,] SUBJECT CUE CLAUSE — a report inside a larger sentence ("shortly after Trump said he
     * finally believes …", "in which he said he was skeptical …"): the subject is a name or pronoun right before the
     * cue, opened by a subordinating word or a comma.
     */
    private static Report embedded(Words w, int v) {
        int s = AttributionParser.npStart(w, v);
        if (s >= v || s < 1 || !(w.isCapitalized(s) || Lexicon.PRONOUNS.contains(w.lower(s)))
                || !(w.is(s - 1, ",") || w.isWord(s - 1) && Lexicon.CLAUSE_OPENERS.contains(w.lower(s - 1)))) {
            return null;
        }
        int contentStart = contentStart(w, v);
        if (contentStart < 0) {
            return null;
        }
        int end = clauseEnd(w, contentStart);
        int comma = contentStart;
        while (comma < end && !w.is(comma, ",")) {
            comma++;
        }
        // "While he acknowledged funding was a reason, Ham noted …": the subordinate clause ends at its comma.
        end = comma;
        if (end - contentStart < MIN_CONTENT_WORDS) {
            return null;
        }
        Attribution attribution = new Attribution(w.span(s, v), w.start(s), null, w.text(v), null);
        return new Report(w.start(contentStart), w.end(end - 1), attribution);
    }

    /** CLAUSE, SUBJECT CUE. — the cue closes the sentence ("…, sources said."). */
    private static Report postposed(Words w, int v) {
        int k = v + 1;
        while (k < w.size() && w.isWord(k) && k < v + 4) {
            k++;
        }
        if (!(k >= w.size() || w.is(k, ".") || w.is(k, "!") || w.is(k, "?"))) {
            return null;
        }
        int s = AttributionParser.npStart(w, v);
        if (s >= v || s < 2 || !w.is(s - 1, ",")) {
            return null;
        }
        int contentEnd = s - 1;
        int contentStart = AttributionParser.skipIntroducer(w, 0, contentEnd);
        if (contentEnd - contentStart < MIN_CONTENT_WORDS || !w.isWord(contentStart)) {
            return null;
        }
        Attribution attribution = new Attribution(w.span(s, v), w.start(s), null, w.text(v), null);
        return new Report(w.start(contentStart), w.end(contentEnd - 1), attribution);
    }

    /**
     * Where the reported clause starts after the cue: past the audience of "told", a time or place before "that"
     * ("said Monday that", "says at a campaign stop in Toledo, Ohio, that") and "that" with a parenthetical after it;
     * -1 when no clause follows.
     */
    private static int contentStart(Words w, int v) {
        int c = v + 1;
        boolean audience = Lexicon.AUDIENCE_VERBS.contains(w.lower(v));
        if (audience) {
            int object = AttributionParser.npEnd(w, c);
            if (object == c) {
                return -1;
            }
            c = object;
        }
        c = pastAdjunctBeforeThat(w, c);
        if (w.isWord(c) && w.lower(c).equals("that") && w.isWord(c + 1) && Lexicon.AUXILIARIES.contains(w.lower(c + 1))) {
            // "said that would permit …": "that" is the clause's subject.
            return c;
        }
        if (w.isWord(c) && w.lower(c).equals("that")) {
            c++;
            boolean quoted = w.isWord(c + 1) && w.text(c).length() == 1
                    && Lexicon.OPENING_MARKS.indexOf(w.text(c).charAt(0)) >= 0;
            if (w.isWord(c) && Lexicon.CLAUSE_OPENERS.contains(w.lower(c)) || quoted) {
                // "said that if his candidate won, she would sign it": the condition is part of what was said; "said
                // that “a bomb” had gone off": the clause opens with the speaker's own words.
                return c;
            }
            if (w.is(c, ",")) {
                // "said that, if elected, he'd leave …": the clause resumes after the parenthetical.
                int close = c + 1;
                while (close < c + MAX_ADJUNCT_TOKENS && close < w.size() && !w.is(close, ",")) {
                    close++;
                }
                c = w.is(close, ",") ? close + 1 : c + 1;
            }
        }
        if (!w.isWord(c)) {
            return -1;
        }
        String first = w.lower(c);
        boolean clauseSubject = Lexicon.PRONOUNS.contains(first) || Lexicon.DETERMINERS.contains(first)
                || w.isCapitalized(c) || Character.isDigit(first.charAt(0)) || first.equals("there");
        if (clauseSubject && !Lexicon.NOT_NAMES.contains(first) || Lexicon.DETERMINERS.contains(first)
                || Lexicon.PRONOUNS.contains(first) || first.equals("there")) {
            return c;
        }
        // A verb of saying takes a clause opening with a bare noun or adjective ("said parents still want …", "says
        // too much is made of …"); a verb of finding or announcing takes such words as its object ("reported losses").
        // After "told" and its audience the clause must open plainly: the audience may have been cut short.
        boolean saying = !audience && !Lexicon.OBJECT_TAKING_REPORTING_VERBS.contains(w.lower(v));
        return saying && !Lexicon.PREPOSITIONS.contains(first) && !Lexicon.NOT_CLAUSE_OPENERS.contains(first)
                && !Lexicon.AUXILIARIES.contains(first) && !w.isCapitalized(c) ? c : -1;
    }

    /** Past a time or place phrase that ends in "that" ("Monday that", "in Ohio that"); else {@code c}. */
    private static int pastAdjunctBeforeThat(Words w, int c) {
        if (!w.isWord(c) || !(Lexicon.PREPOSITIONS.contains(w.lower(c)) || Lexicon.TIME_WORDS.contains(w.lower(c)))) {
            return c;
        }
        for (int k = c + 1; k < c + MAX_ADJUNCT_TOKENS && k < w.size(); k++) {
            if (w.isWord(k) && w.lower(k).equals("that")) {
                return k;
            }
            if (!w.isWord(k) && !w.is(k, ",")) {
                return c;
            }
        }
        return c;
    }

    /** The clause runs to the sentence's end, a semicolon, or a comma that opens a contrasting clause. */
    private static int clauseEnd(Words w, int from) {
        int k = from;
        while (k < w.size()) {
            if (w.is(k, ";") || w.is(k, ".") && k == w.size() - 1 || w.is(k, "!") || w.is(k, "?")) {
                return k;
            }
            if (w.is(k, ",") && w.isWord(k + 1) && (w.lower(k + 1).equals("but") || w.lower(k + 1).equals("while")
                    || w.lower(k + 1).equals("although") || w.lower(k + 1).equals("though"))) {
                return k;
            }
            if (w.is(k, ",") && w.is(k + 1, "as") && w.isWord(k + 2) && (Lexicon.PRONOUNS.contains(w.lower(k + 2))
                    || Lexicon.DETERMINERS.contains(w.lower(k + 2)))) {
                // "…, as he sought to reassure markets": the narrative's circumstance, not the report.
                return k;
            }
            k++;
        }
        while (k > from && !w.isWord(k - 1) && !isClosingMark(w, k - 1)) {
            k--;
        }
        return k;
    }

    private static boolean isClosingMark(Words w, int k) {
        return w.is(k, "\u201D") || w.is(k, "\"") || w.is(k, "\u2019") || w.is(k, "'") || w.is(k, ")");
    }

    private static boolean isFigure(Words w, int i) {
        return w.isWord(i) && (Character.isDigit(w.text(i).charAt(0)) || w.lower(i).equals("most")
                || w.lower(i).equals("majority"));
    }

    private static boolean hasDocument(String phrase) {
        for (String word : phrase.toLowerCase(java.util.Locale.ROOT).split("[^\\p{L}]+")) {
            if (Lexicon.DOCUMENTS.contains(word)) {
                return true;
            }
        }
        return false;
    }

    private static String stripPreposition(String intro) {
        int space = intro.indexOf(' ');
        return space > 0 && Lexicon.INTRODUCERS.contains(Lexicon.lower(intro.substring(0, space)))
                ? intro.substring(space + 1) : intro;
    }
}
