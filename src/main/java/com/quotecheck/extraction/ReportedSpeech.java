package com.quotecheck.extraction;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/** Finds reported speech without quote marks: "X says the burden is …", "a poll by Y found that …", "…, officials said." */
final class ReportedSpeech {

    /** A reported clause and who it is attributed to. */
    record Report(int start, int end, Attribution attribution) {
    }

    private static final int MIN_CONTENT_WORDS = 3;
    private static final int MAX_REPORTS_PER_SENTENCE = 3;
    private static final int MIN_SENTENCE_CHARS = 12;
    private static final int MAX_SUBJECT_TOKENS = 30;
    /** Most words of an audience without a determiner ("told blood donation centers that"). */
    private static final int MAX_BARE_AUDIENCE_WORDS = 3;
    /** Most words of a role before a name closing a sentence ("White House press secretary"). */
    private static final int MAX_ROLE_WORDS = 4;
    /** Longest time or place phrase between a cue and its "that" ("at a campaign stop in Toledo, Ohio,"). */
    private static final int MAX_ADJUNCT_TOKENS = 10;
    /** Longest phrase after a cue that closes its sentence ("…, he said at a news conference in the Red Sea resort."). */
    private static final int MAX_CLOSING_ADJUNCT_TOKENS = 12;
    /** Longest phrase between a cue and its "that" ("said during a joint press conference with … that"). */
    private static final int MAX_THAT_ADJUNCT_TOKENS = 13;
    /** Longest aside set off by dashes between a subject and its cue. */
    private static final int MAX_ASIDE_TOKENS = 25;
    /** How many words a subject after a comma may have before its verb ("…, over 365 suspects were arrested"). */
    private static final int MAX_BARE_SUBJECT_WORDS = 5;
    /** How far "added" may stand from the "to" that says where something was added ("added the firm to the list"). */
    private static final int MAX_ADDED_OBJECT_TOKENS = 8;

    /** Longest subject, with an apposition, before the auxiliary of a clause that opens without "that". */
    private static final int MAX_BARE_SUBJECT_TOKENS = 12;
    /** Words of an "of" phrase read for the verb of a clause it would open ("a justice of the peace issued …"). */
    private static final int MAX_OF_PHRASE_TOKENS = 6;

    /** Longest name set off between commas after its role. */
    private static final int MAX_NAME_WORDS = 4;

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
            // A sentence too short to hold a subject, a cue and a clause (blank lines are empty sentences).
            if (!insideQuote && e - s >= MIN_SENTENCE_CHARS) {
                int limit = spanIndex < spans.size() ? Math.min(e, spans.get(spanIndex).open()) : e;
                // "Winters says the officers took their time, “It's our desire …”": the report ends where the
                // speaker's own words begin.
                int end = limit < e && opensSentenceQuote(text, s, e, spans.get(spanIndex)) ? limit : e;
                // "…, with business in Italy “particularly poor,” Tim Cook said.": words quoted inside the writer's
                // sentence leave a cue closing it free to attribute the whole.
                boolean runIn = limit < e && onlyRunInQuotes(text, s, e, spans, spanIndex);
                int from = s;
                // "Ruiz said the plant will close, and Haddad said it will not.": each clause may report its own.
                for (int part = 0; part < MAX_REPORTS_PER_SENTENCE && from < (runIn ? e : limit); part++) {
                    Report r = inSentence(text, from, end, limit, runIn);
                    if (r == null) {
                        break;
                    }
                    // "I think she knows …", "We found that …" outside quote marks: the writer's own view, not
                    // someone's words to check.
                    String speaker = r.attribution().speaker() == null ? "" : Lexicon.lower(r.attribution().speaker());
                    boolean writer = speaker.equals("i") || speaker.equals("we");
                    if (!writer && !introducesQuote(text, r)) {
                        reports.add(r);
                        Report inner = relativeReportWithin(text, r);
                        if (inner != null) {
                            // "found officers used the wrong powers to arrest a man who says he was overcome …".
                            reports.add(inner);
                        }
                    }
                    Words rest = new Words(text, r.end(), end);
                    Report added = addedByTheSameSpeaker(text, r, rest);
                    boolean adds = added != null;
                    // "…, but said the principles were “reassuring,” adding that …": each report the speaker adds.
                    for (int more = 0; added != null && more < MAX_REPORTS_PER_SENTENCE; more++) {
                        if (!writer) {
                            // "…, adding that his client would plead not guilty": a second report of the same speaker.
                            reports.add(added);
                        }
                        added = addedByTheSameSpeaker(text, added, new Words(text, added.end(), end));
                    }
                    from = adds ? end : nextClause(rest, end);
                }
            }
            // "“… There is no sign of relief,” he added, saying …": also after a quote the sentence opens inside.
            for (int q = spanIndex; q < spans.size() && spans.get(q).open() < e; q++) {
                Report added = addedAfterQuote(text, spans.get(q), e);
                if (added != null) {
                    // "Inflation expectations “…,” Evans said, adding that …": the quote's speaker adds the report
                    // the sentence's other reading gave its opening words (only this sentence's are looked at).
                    for (int i = reports.size() - 1; i >= 0 && reports.get(i).start() >= s; i--) {
                        if (reports.get(i).start() == added.start() && reports.get(i).end() == added.end()) {
                            reports.remove(i);
                        }
                    }
                    reports.add(added);
                }
            }
            s = e;
        }
        return reports;
    }

    /**
     * "“…,” Adejobi said, adding that he was taken into custody": a report the quote's speaker adds after the
     * attribution closing the quote, up to the sentence's end at {@code end}; or null.
     */
    private static Report addedAfterQuote(String text, QuoteSpan span, int end) {
        if (span.close() < 0 || span.after() >= end || !participleSoonAfter(text, span.after(), end)) {
            return null;
        }
        // The report runs to the sentence's end, which a run of quotes in one long sentence keeps far: bounded.
        Words w = new Words(text, span.after(), Math.min(end, span.after() + MAX_ADDED_REPORT_CHARS));
        for (int k = 1; k + 1 < w.size() && k <= MAX_QUOTE_ATTRIBUTION_TOKENS; k++) {
            // "“…,” he said and added that …": the same speaker's next verb, with its clause.
            boolean joined = w.is(k, "and") && w.isWord(k + 1) && ADDING_VERBS.contains(w.lower(k + 1))
                    && w.is(k + 2, "that");
            if (!w.is(k, ",") && !joined) {
                continue;
            }
            int v = k + 1;
            if (!w.isWord(v) || !ADDING_PARTICIPLES.contains(w.lower(v)) && !joined) {
                return null;
            }
            Attribution quoteAttribution = AttributionParser.after(text, span.after(), w.start(k));
            int c = quoteAttribution == null ? -1 : contentStart(w, v);
            int clauseEnd = c < 0 ? c : clauseEnd(w, c);
            if (clauseEnd - c < MIN_CONTENT_WORDS || !w.isWord(c)) {
                return null;
            }
            Attribution a = new Attribution(quoteAttribution.speaker(), quoteAttribution.position(),
                    quoteAttribution.description(), w.text(v), quoteAttribution.outlet());
            return new Report(w.start(c), w.end(clauseEnd - 1), a);
        }
        return null;
    }

    /** Whether ", adding", ", saying", "and added that" … stands in the few words after a quote's closing mark. */
    private static boolean participleSoonAfter(String text, int from, int end) {
        int limit = Math.min(end, from + MAX_QUOTE_ATTRIBUTION_CHARS);
        for (int i = from; i + 2 < limit; i++) {
            char c = text.charAt(i);
            boolean comma = c == ',' && text.charAt(i + 1) == ' ';
            boolean and = c == ' ' && text.startsWith("and ", i + 1);
            if (!comma && !and) {
                continue;
            }
            int wordStart = i + (comma ? 2 : 5);
            int wordEnd = wordStart;
            while (wordEnd < text.length() && Character.isLetter(text.charAt(wordEnd))) {
                wordEnd++;
            }
            String word = text.substring(wordStart, wordEnd);
            if (comma ? ADDING_PARTICIPLES.contains(word)
                    : ADDING_VERBS.contains(word) && text.startsWith(" that ", wordEnd)) {
                return true;
            }
        }
        return false;
    }

    /** Most tokens of the attribution between a quote and the report its speaker adds. */
    private static final int MAX_QUOTE_ATTRIBUTION_TOKENS = 12;
    /** Most characters of that attribution. */
    private static final int MAX_QUOTE_ATTRIBUTION_CHARS = 150;
    /** Participles by which a writer tells what the news did next ("…, sending shares lower"). */
    private static final Set<String> NARRATING_PARTICIPLES = Lexicon.words("hammering", "sending", "pushing",
            "dragging", "prompting", "sparking", "triggering", "fuelling", "fueling", "knocking", "lifting");

    /** Most characters of the report added after it. */
    private static final int MAX_ADDED_REPORT_CHARS = 2_000;

    /** Past tenses adding a report after a quote's attribution ("…,” he said and added that …"). */
    private static final Set<String> ADDING_VERBS = Lexicon.words("added", "said", "noted", "stressed", "warned",
            "insisted", "explained", "argued", "claimed", "stated");

    /** Participles adding a report after a quote's attribution ("…,” he said, adding that …"). */
    private static final Set<String> ADDING_PARTICIPLES = Lexicon.words("adding", "saying", "noting", "insisting",
            "stressing", "explaining", "arguing", "warning", "claiming", "stating");

    /** A report by someone a relative clause in report {@code r}'s words brings in ("… a man who says he was …"). */
    private static Report relativeReportWithin(String text, Report r) {
        Words w = new Words(text, r.start(), r.end());
        for (int v = 2; v < w.size(); v++) {
            if (w.is(v - 1, "who") && isReportingVerb(w, v)) {
                return embedded(w, v);
            }
        }
        return null;
    }

    /**
     * "He said Gda Conlon replied: “…”", "Mr Ang said he did not say:": a clause that only says who speaks next, its
     * words to follow in the quote after the colon.
     */
    private static boolean introducesQuote(String text, Report r) {
        if (r.end() >= text.length() || text.charAt(r.end()) != ':') {
            return false;
        }
        Words content = new Words(text, r.start(), r.end());
        return content.size() <= MAX_INTRODUCING_WORDS && content.isWord(content.size() - 1)
                && Lexicon.isCue(content.lower(content.size() - 1));
    }

    /** Most words of a clause that only introduces a quote ("Gda Conlon replied", "he did not say"). */
    private static final int MAX_INTRODUCING_WORDS = 6;

    /** Whether every quote in the sentence {@code text[s, e)} opens inside it and is run into the writer's words. */
    private static boolean onlyRunInQuotes(String text, int s, int e, List<QuoteSpan> spans, int first) {
        int opening = s;
        while (opening < e && Character.isWhitespace(text.charAt(opening))) {
            opening++;
        }
        for (int j = first; j < spans.size() && spans.get(j).open() < e; j++) {
            QuoteSpan span = spans.get(j);
            int before = span.open() - 1;
            while (before > s && Character.isSpaceChar(text.charAt(before))) {
                before--;
            }
            if (span.open() <= opening || span.after() > e || opensSentenceQuote(text, s, e, span)
                    || ".!?".indexOf(text.charAt(before)) >= 0) {
                return false;
            }
        }
        return true;
    }

    /**
     * A quote that opens after a comma or colon inside the sentence starting at {@code sentenceStart} with a capital:
     * whole sentences of the speaker's, not words run into the writer's sentence.
     */
    private static boolean opensSentenceQuote(String text, int sentenceStart, int sentenceEnd, QuoteSpan span) {
        int k = span.open() - 1;
        while (k > sentenceStart && Character.isWhitespace(text.charAt(k))) {
            k--;
        }
        // "he responded that “There’s always a chance. Do I want to? No.”": sentences of their own after "that".
        boolean that = k >= sentenceStart + 4 && text.startsWith("that", k - 3)
                && !Character.isLetter(text.charAt(k - 4)) && span.after() > sentenceEnd;
        return k > sentenceStart && (text.charAt(k) == ',' || text.charAt(k) == ':' || that)
                && span.start() < span.end() && Character.isUpperCase(text.charAt(span.start()));
    }

    /** Where the next clause in the words after a report starts: past commas and a conjunction; else {@code to}. */
    private static int nextClause(Words w, int to) {
        int k = 0;
        while (k < w.size() && (w.is(k, ",") || w.is(k, ";") || isClosingMark(w, k))) {
            k++;
        }
        if (k > 0 && opensAttribution(w, k)) {
            // "Responding to leaders who have alleged that …, Tomar said it is …": the sentence's own report.
            return w.start(k);
        }
        // "… “sensational talent” while Julia Sawalha described her as …": a report ended at "while" goes on there.
        if (k == 0 && !w.is(k, "while") || !w.isWord(k) || !Lexicon.CLAUSE_OPENERS.contains(w.lower(k))) {
            return to;
        }
        return k + 1 < w.size() ? w.start(k + 1) : to;
    }

    /**
     * ", adding that …" or "and added that …" in the words {@code w} after report {@code r}: what its speaker added;
     * else null.
     */
    private static Report addedByTheSameSpeaker(String text, Report r, Words w) {
        int v = 0;
        while (v < w.size() && (w.is(v, ",") || isClosingMark(w, v))) {
            v++;
        }
        if (v + 2 < w.size() && w.isWord(v + 1) && Lexicon.REPORTING_VERBS.contains(w.lower(v + 1))
                && w.is(v + 2, ",") && (w.isCapitalized(v) || Lexicon.PRONOUNS.contains(w.lower(v)))) {
            // "…, he said, adding …": past the attribution set off after the report.
            v += 3;
        }
        // "… and added that …", "…, but said …": the speaker's own next verb, which ended the report.
        boolean coordinated = (w.is(v, "and") || w.is(v, "but")) && isFinitePastOrPresentCue(w, v + 1);
        if (coordinated) {
            v++;
        } else if (!w.isWord(v) || !w.lower(v).endsWith("ing") || !Lexicon.REPORTING_VERBS.contains(w.lower(v))
                || text.substring(Math.max(0, r.end() - 2), w.start(v)).indexOf(',') < 0) {
            return null;
        }
        int contentStart = contentStart(w, v);
        int end = contentStart < 0 ? -1 : clauseEnd(w, contentStart);
        if (end - contentStart < MIN_CONTENT_WORDS) {
            return null;
        }
        Attribution a = r.attribution();
        return new Report(w.start(contentStart), w.end(end - 1),
                new Attribution(a.speaker(), a.position(), a.description(),
                        AttributionParser.cueText(w, v), a.outlet()));
    }

    /**
     * {@code cueLimit}: the cue must come before any quote mark, or the sentence is a direct quote's frame — unless
     * {@code runIn}, when every quote in it is words run into the writer's sentence.
     */
    private static Report inSentence(String text, int from, int to, int cueLimit, boolean runIn) {
        if (to - from > 2_000) {
            return null;
        }
        Words w = new Words(text, from, to);
        Report inner = attributedClause(w, to, cueLimit, runIn);
        if (inner == null) {
            inner = ownedClaim(w, cueLimit);
        }
        String outlet = inner == null ? null : AttributionParser.outletNamed(inner.attribution().speaker());
        if (outlet != null) {
            // "Chinese state media said Xi told Sullivan that …": Xi speaks, as the outlet reported.
            Report nested = ownReport(new Words(text, inner.start(), inner.end()), inner.end(), inner.end());
            // Only speech: "The Times wrote that Trump had claimed a loss of $916 million" is the paper's report.
            if (nested != null && nested.attribution().position() == inner.start()
                    && nested.attribution().outlet() == null
                    && (Lexicon.AUDIENCE_VERBS.contains(Lexicon.lower(nested.attribution().cue()))
                            || nested.attribution().cue().equals("said") || nested.attribution().cue().equals("says")
                            || text.startsWith("that ", Math.max(0, nested.start() - 5)))) {
                inner = withOutlet(nested, outlet);
            }
        }
        Report fronted = fronted(w);
        if (inner == null && fronted == null) {
            Report heard = heardInCourt(w);
            // "The jury were told Mr Francis said he …": the accused's words, as the jury heard them.
            Report nested = heard == null ? null
                    : ownReport(new Words(text, heard.start(), heard.end()), heard.end(), heard.end());
            return nested != null && nested.attribution().position() == heard.start() ? nested : heard;
        }
        if (inner == null || fronted == null) {
            return inner != null ? inner : fronted;
        }
        String source = fronted.attribution().speaker();
        if (isDirective(inner.attribution().cue())) {
            // "According to police, officers saw Scott …, and they ordered him to get out": the source's account.
            return fronted;
        }
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
     * "The court heard Felisi acted shamefully …", "…, the jury was told.": what a court or jury heard, in evidence or
     * argument, with no one named as saying it; the hearing is the cue and the speaker is left unresolved.
     */
    private static Report heardInCourt(Words w) {
        boolean heard = false;
        for (int k = 0; k < w.size() && !heard; k++) {
            heard = w.is(k, "heard") || w.is(k, "told");
        }
        if (!heard) {
            return null;
        }
        int a = AttributionParser.skipIntroducer(w, AttributionParser.pastDateline(w, 0, w.size()), w.size());
        int hearer = hearerAt(w, a);
        int v = hearer < 0 ? -1 : heardEnd(w, hearer + 1);
        if (v > 0) {
            // "The court has heard how Young, then aged 18, had admitted …"; "The court was told yesterday he was …":
            // when it was told goes with the hearing.
            while (w.isWord(v) && Lexicon.TIME_WORDS.contains(w.lower(v)) && opensClause(w, v + 1)) {
                v++;
            }
            Attribution hearing = toldBy(w, a, v);
            if (hearing != null) {
                v = thatAfterToldBy(w, v);
            } else {
                hearing = new Attribution(null, w.start(a), null, w.span(a, v), null);
            }
            int c = w.is(v, "that") || w.is(v, "how") ? v + 1 : v;
            int end = clauseEnd(w, c);
            // "The jury heard evidence from three witnesses": what was heard, not a clause.
            return end - c >= MIN_CONTENT_WORDS && w.isWord(c) && (c > v || opensClause(w, c))
                    ? new Report(w.start(c), w.end(end - 1), hearing) : null;
        }
        for (int k = w.size() - 2; k > MIN_CONTENT_WORDS && k > w.size() - MAX_CLOSING_ADJUNCT_TOKENS; k--) {
            if (w.is(k, ",") && (hearer = hearerAt(w, k + 1)) > k) {
                v = heardEnd(w, hearer + 1);
                // "…, jurors have heard.", "…, the court was previously told on Monday.".
                boolean closes = v > 0 && (v >= w.size() || !w.isWord(v) || isPreposition(w, v)
                        || Lexicon.TIME_WORDS.contains(w.lower(v)));
                int contentStart = AttributionParser.skipIntroducer(w, AttributionParser.pastDateline(w, 0, k), k);
                return closes && k - contentStart >= MIN_CONTENT_WORDS && w.isWord(contentStart)
                        ? new Report(w.start(contentStart), w.end(k - 1),
                                new Attribution(null, w.start(k + 1), null, w.span(k + 1, v), null))
                        : null;
            }
        }
        return null;
    }

    /**
     * "The jury was told by prosecutor Ian Lawrie KC that …": who told the court, named after the hearing at
     * {@code hearing} that ends before {@code v}; null unless a "by" names someone and a "that" follows.
     */
    private static Attribution toldBy(Words w, int hearing, int v) {
        if (!w.is(v, "by") || !w.is(v - 1, "told")) {
            return null;
        }
        int that = thatAfterToldBy(w, v);
        int nameEnd = v + 1;
        while (nameEnd < that && w.isWord(nameEnd)) {
            nameEnd++;
        }
        return that > 0 && nameEnd > v + 1
                && (w.isCapitalized(nameEnd - 1) || Lexicon.SPEAKER_NOUNS.contains(w.lower(nameEnd - 1)))
                ? new Attribution(w.span(v + 1, nameEnd), w.start(v + 1),
                        AttributionParser.descriptionOrNull(w, nameEnd + 1, that), w.span(hearing, v + 1), null)
                : null;
    }

    /** The "that" opening what the court was told, a name and a role after the "by" at {@code by}; -1 if none. */
    private static int thatAfterToldBy(Words w, int by) {
        for (int k = by + 1; k < w.size() && k <= by + MAX_ROLE_WORDS + MAX_NAME_WORDS + 2; k++) {
            if (w.is(k, "that")) {
                return k;
            }
        }
        return -1;
    }

    /** The court, jury or inquest opening at {@code k} ("the court", "Northampton Crown Court", "jurors"), or -1. */
    private static int hearerAt(Words w, int k) {
        int h = w.isWord(k) && w.lower(k).equals("the") ? k + 1 : k;
        while (h < k + MAX_ROLE_WORDS && w.isCapitalized(h) && !HEARERS.contains(w.lower(h))) {
            h++;
        }
        return w.isWord(h) && HEARERS.contains(w.lower(h)) ? h : -1;
    }

    /** After "heard", "has heard", "was told", "were previously told" at {@code k}; -1 if none stands there. */
    private static int heardEnd(Words w, int k) {
        boolean passive = false;
        while (w.isWord(k) && (Lexicon.AUXILIARIES.contains(w.lower(k)) || w.lower(k).equals("been")
                || Lexicon.isAdverb(w.lower(k)))) {
            passive |= !w.lower(k).startsWith("ha") && !Lexicon.isAdverb(w.lower(k));
            k++;
        }
        return w.is(k, "heard") || passive && w.is(k, "told") ? k + 1 : -1;
    }

    /** Who hears evidence in court, or is told things at a sitting ("councillors were told", "the inquiry heard"). */
    private static final Set<String> HEARERS = Lexicon.words("court", "jury", "jurors", "tribunal", "inquest",
            "hearing", "trial", "inquiry", "committee", "meeting", "councillors", "councilors", "mps", "lawmakers",
            "senators", "commission");

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

    /**
     * The attribution closing the sentence first ("…, but the NYPD overruled that request, the source added."): the
     * whole sentence is the source's, whatever cue stands inside it; then the sentence's own attribution; one inside a
     * subordinate clause only when there is none.
     */
    private static Report attributedClause(Words w, int to, int cueLimit, boolean runIn) {
        Report closing = closingCue(w, 1, cueLimit);
        // An outlet closing the sentence may come after its quotes ("Wang said Taiwan was “the core …,” state
        // broadcaster CCTV reported.").
        // The scan up to cueLimit found nothing, so the one up to the sentence's end goes on from there.
        Report credit = closing != null ? closing : closingCue(w, Math.max(1, w.firstFrom(cueLimit)), to);
        String closingOutlet = credit == null ? null : AttributionParser.outletNamed(credit.attribution().speaker());
        if (closingOutlet != null) {
            // "Yan said there would be an uneasy peace, reported the South China Morning Post.": Yan speaks, to the
            // paper.
            Report inner = ownReport(w, to, credit.end());
            if (inner != null && inner.start() < credit.end()) {
                Report cut = new Report(inner.start(), Math.min(inner.end(), credit.end()), inner.attribution());
                return withOutlet(cut, closingOutlet);
            }
        }
        if (closing != null) {
            return closing;
        }
        // "Trump addressed the “birtherism” controversy on Friday, stating that …": a cue may follow run-in words.
        Report own = ownReport(w, to, runIn ? to : cueLimit);
        if (own != null) {
            // "Ruiz said the talks would resume, according to state broadcaster CCTV.": the outlet that reported it.
            String outlet = own.attribution().cue().equals("according to") ? null : accordingOutletAfter(w, own.end());
            return outlet != null && own.attribution().outlet() == null ? withOutlet(own, outlet) : own;
        }
        // Only a sentence with no cue of its own before its quotes is attributed by a cue after them.
        return runIn ? credit : null;
    }

    private static Report withOutlet(Report r, String outlet) {
        Attribution a = r.attribution();
        return new Report(r.start(), r.end(), new Attribution(a.speaker(), a.position(), a.description(), a.cue(),
                outlet));
    }

    /** The outlet of ", according to OUTLET." closing the sentence after offset {@code from}, or null. */
    private static String accordingOutletAfter(Words w, int from) {
        for (int k = 1; k + 2 < w.size(); k++) {
            if (w.start(k) >= from && w.is(k - 1, ",") && w.is(k, "according") && w.is(k + 1, "to")) {
                int end = w.is(w.size() - 1, ".") ? w.size() - 1 : w.size();
                return AttributionParser.outletNamed(w.span(k + 2, end));
            }
        }
        return null;
    }

    /** The sentence's own report, by a cue before offset {@code limit}; one inside a subordinate clause if none. */
    private static Report ownReport(Words w, int to, int limit) {
        for (boolean main : new boolean[] {true, false}) {
            for (int v = 1; v < w.size() && w.start(v) < limit; v++) {
                if (!w.isWord(v) || w.isCapitalized(v)) {
                    continue;
                }
                boolean according = w.lower(v).equals("according") && w.is(v + 1, "to");
                if (!according && !isReportingVerb(w, v)) {
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

    /** The first cue from token {@code from} up to offset {@code limit} that closes the sentence, with its report. */
    private static Report closingCue(Words w, int from, int limit) {
        for (int v = from; v < w.size() && w.start(v) < limit; v++) {
            if (w.isWord(v) && !w.isCapitalized(v) && isReportingVerb(w, v)) {
                Report r = quotedAsClosing(w, v);
                if (r != null) {
                    return r;
                }
                r = postposed(w, v);
                // "…, said Ana Ruiz.", "…, said spokesman John Smith.", "…, said the chief executive.", "…, said
                // police."
                // "…, said a doctor who looks after the fever clinic.": someone unnamed, by role.
                // "…, said his wife, Ann.": someone's relative or aide.
                boolean someone = w.isWord(v + 1) && (w.lower(v + 1).equals("a") || w.lower(v + 1).equals("an")
                        || Lexicon.POSSESSIVE_DETERMINERS.contains(w.lower(v + 1)))
                        && w.isWord(v + 2) && Names.isPersonRole(w.lower(v + 2));
                if (r == null && (w.isCapitalized(v + 1) || someone
                        || w.isWord(v + 1) && (Lexicon.isRole(w.lower(v + 1))
                        || w.lower(v + 1).equals("the")
                                && (Lexicon.isRole(w.lower(w.size() - 2)) || roleWithin(w, v + 2))
                        || Names.isGroupNoun(w, v + 1)))) {
                    r = inverted(w, v, false);
                }
                // "Power politics is short-lived, he said, adding …, Geng said.": the cue set off inside is read first.
                if (r != null && !hasSetOffCue(w, r.start(), r.end())) {
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
        if (according) {
            return inverted(w, v, true);
        }
        Report r = forward(w, v, to);
        if (r == null) {
            // Named inverted and postposed cues were read first, as closing the sentence.
            r = inverted(w, v, false);
        }
        if (r == null) {
            r = parenthetical(w, v);
        }
        return r != null ? r : secondVerbOfSubject(w, v);
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
        // "According to him, …": the pronoun is resolved as a speaker's would be.
        String pronoun = Lexicon.OBJECT_PRONOUNS.get(w.lower(s));
        int end = pronoun != null ? s + 1 : AttributionParser.accordingSourceEnd(w, s);
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
        Attribution attribution = new Attribution(pronoun != null ? pronoun : w.span(s, end), w.start(s), description,
                "according to", null);
        return new Report(w.start(contentStart), w.end(contentEnd - 1), attribution);
    }

    /** Past an apposition opening at {@code from} and closed by a comma ("a state-run tabloid,"); else {@code from}. */
    private static int pastApposition(Words w, int from) {
        // "a state-run tabloid,", "who spoke on condition of anonymity,".
        String first = w.isWord(from) ? w.lower(from) : "";
        if (!(first.equals("a") || first.equals("an") || first.equals("who"))) {
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
        if (Lexicon.AUDIENCE_VERBS.contains(w.lower(v))) {
            // "…, told reporters.": what follows "told" is whom the words were told to, never the speaker.
            return null;
        }
        int s = according ? v + 2 : v + 1;
        int contentEnd = contentEndBefore(w, v);
        if (according && contentEnd < 0 && v > MIN_CONTENT_WORDS && w.isWord(v - 1) && namesSource(w, s)) {
            // "A US citizen has been detained according to a statement from the court.": no comma before the source.
            contentEnd = v;
        }
        // "…, said spokesman John Smith.": role words before the name.
        int name = s;
        // "…, reports news agency BSS.": the outlet's kind before its name.
        while (!according && name < s + MAX_ROLE_WORDS && w.isWord(name) && !w.isCapitalized(name)
                && (Lexicon.isRole(w.lower(name)) || isRoleOrOutletNoun(w, name) || w.is(name, "news"))) {
            name++;
        }
        if (name > s && !w.isCapitalized(name)) {
            name = s;
        }
        if (v < MIN_CONTENT_WORDS + 1 || contentEnd < 0 || !w.isWord(s)
                || !(according || w.isCapitalized(name) || Lexicon.DETERMINERS.contains(w.lower(s))
                        || Names.isGroupNoun(w, s))
                || Lexicon.TIME_WORDS.contains(w.lower(s))) {
            return null;
        }
        int end = according ? AttributionParser.accordingSourceEnd(w, s) : AttributionParser.npEnd(w, name);
        for (int k = name + 1; k + 1 < end && !according; k++) {
            if (Lexicon.PREPOSITIONS.contains(w.lower(k)) && w.isWord(k + 1) && w.lower(k + 1).endsWith("ing")
                    && !w.isCapitalized(k + 1)) {
                // "…, said the police in clarifying details of what happened": how they spoke, not who.
                end = k;
            }
        }
        int head = name;
        while (head + 1 < end && w.isWord(head + 1) && !Lexicon.PREPOSITIONS.contains(w.lower(head + 1))) {
            head++;
        }
        if (!according && (Lexicon.OBJECT_TAKING_REPORTING_VERBS.contains(w.lower(v))
                || Lexicon.CLAUSE_OR_OBJECT_VERBS.contains(w.lower(v))) && !w.isCapitalized(head)
                && !Names.isSpeakerNoun(w.lower(head))) {
            // "Izzat al-Resheq, a member of the politburo, confirmed the truce.", "…, noted the rule in the interview",
            // "…, confirmed the truce on Facebook": the verb's object, not its speaker.
            return null;
        }
        // "…, said the India captain Sardar Singh after his team won the shoot-out": the occasion after the name.
        boolean occasion = false;
        for (int k = name + 1; k <= end && !according && !occasion; k++) {
            occasion = w.isWord(k) && OCCASION_OPENERS.contains(w.lower(k)) && w.isCapitalized(k - 1);
            end = occasion ? k : end;
        }
        // "…, said a doctor who looks after the fever clinic.": the relative clause tells who the speaker is.
        boolean relative = !according && end > s && w.is(end, "who");
        boolean closes = end >= w.size() || w.is(end, ".") && end == w.size() - 1 || w.is(end, ",") || occasion
                || relative
                || !according && !Lexicon.AUDIENCE_VERBS.contains(w.lower(v)) && adjunctToEnd(w, end)
                || according && AttributionParser.seenBy(w, end) != null;
        if (end == s || !closes || Lexicon.PRONOUNS.contains(w.lower(s))) {
            return null;
        }
        int contentStart = AttributionParser.skipIntroducer(w, afterLastColon(w, contentEnd), contentEnd);
        if (contentEnd - contentStart < MIN_CONTENT_WORDS || !w.isWord(contentStart)) {
            return null;
        }
        int last = w.is(w.size() - 1, ".") ? w.size() - 1 : w.size();
        // An apposition ("…, a professor at Yale") describes the speaker; "…, and said" goes on with the sentence.
        // "…, said Hasan, also Awami League joint general secretary.": what else the speaker is.
        int described = w.is(end, ",") && w.is(end + 1, "also") ? end + 2 : end + 1;
        // "…, according to her publicist, Mike Pingel.": the name set off after the role.
        int nameEnd = described;
        while (nameEnd < last && w.isCapitalized(nameEnd)) {
            nameEnd++;
        }
        // "…, said his wife, Ann.": a first name alone after someone's relative.
        boolean namedAfter = nameEnd == last && w.isCapitalized(described) && (nameEnd - described >= 2
                || Lexicon.POSSESSIVE_DETERMINERS.contains(w.lower(s)));
        boolean apposition = w.is(end, ",") && described < last && w.isWord(described)
                && (Lexicon.DETERMINERS.contains(w.lower(described)) || Lexicon.isRole(w.lower(described))
                        || namedAfter);
        String description = apposition ? AttributionParser.descriptionOrNull(w, described, last)
                : relative ? AttributionParser.descriptionOrNull(w, end, last) : null;
        Attribution attribution = new Attribution(w.span(s, end), w.start(s), description,
                AttributionParser.cueText(w, v), according ? AttributionParser.seenBy(w, end) : null);
        return new Report(w.start(contentStart), w.end(contentEnd - 1), attribution);
    }

    /**
     * Whether the source of an "according to" at {@code s} runs to the sentence's end and holds a name, a speaker or
     * a document ("a Telegram statement from the court", "police"), not a standard ("the rules", "plan").
     */
    private static boolean namesSource(Words w, int s) {
        int end = AttributionParser.accordingSourceEnd(w, s);
        if (end == s || end < w.size() && !(w.is(end, ".") && end == w.size() - 1)) {
            return false;
        }
        boolean named = false;
        for (int k = s; k < end; k++) {
            String singular = Lexicon.singular(w.lower(k));
            if (STANDARDS.contains(singular)) {
                return false;
            }
            named |= w.isCapitalized(k) || Lexicon.SPEAKER_NOUNS.contains(singular)
                    || Lexicon.DOCUMENTS.contains(singular);
        }
        return named;
    }

    /** What things are done according to, not who said them ("according to the Constitution"). */
    private static final Set<String> STANDARDS = Lexicon.words("constitution", "bible", "koran", "quran", "charter",
            "treaty", "law", "rule", "convention", "act", "code", "schedule", "plan", "tradition", "custom",
            "scripture", "procedure", "protocol", "regulation", "guideline", "guidance");

    /**
     * Whether a time or place phrase runs from token {@code k} to the end of the sentence ("… at a briefing.", "… on
     * Monday (Oct 11).").
     */
    private static boolean adjunctToEnd(Words w, int k) {
        // "… at a briefing.", "… about the European elections.", "… during a visit to Kyiv."
        String first = w.isWord(k) ? w.lower(k) : "";
        if (first.isEmpty() || first.equals("to") || !Lexicon.PREPOSITIONS.contains(first)
                && !Lexicon.TIME_WORDS.contains(first) && !Lexicon.TIME_PREPOSITIONS.contains(first)
                && !first.equals("about")) {
            return false;
        }
        int last = w.is(w.size() - 1, ".") ? w.size() - 1 : w.size();
        if (last - k > MAX_CLOSING_ADJUNCT_TOKENS) {
            return false;
        }
        for (int j = k; j < last; j++) {
            if (!w.isWord(j) && !w.is(j, "(") && !w.is(j, ")")) {
                return false;
            }
        }
        return true;
    }

    /**
     * "Mary Jo Morandini, the General Manager of Beaver County Transit says no routes …": a name opening the sentence
     * at {@code opening}, then its role with no comma closing it before the cue at {@code v}; the report, or null.
     */
    private static Report nameBeforeUnclosedRole(Words w, int opening, int v) {
        int a = opening;
        while (a < v && w.isCapitalized(a)) {
            a++;
        }
        // "Carole Bayer, president of the library board stated that": the role may open without its article.
        boolean bare = w.isWord(a + 1) && !w.isCapitalized(a + 1) && Names.isPersonRole(w.lower(a + 1));
        if (a < opening + 2 || !w.is(a, ",") || !w.isWord(a + 1)
                || !Lexicon.DETERMINERS.contains(w.lower(a + 1)) && !bare || v - a > MAX_SUBJECT_TOKENS) {
            return null;
        }
        // The role's head stands before its first preposition: "the General Manager of Beaver County Transit
        // Authority" is a person's; "IN Reading China, the Foreign Ministry said" has a body speak after a heading.
        boolean role = bare;
        boolean head = true;
        for (int k = a + 2; k < v; k++) {
            if (!w.isWord(k)) {
                return null;
            }
            head &= !Lexicon.PREPOSITIONS.contains(w.lower(k));
            if (head && Lexicon.INSTITUTIONS.contains(w.lower(k))) {
                return null;
            }
            role |= head && Names.isPersonRole(w.lower(k));
        }
        boolean person = role && !Lexicon.NOT_NAMES.contains(w.lower(opening))
                && Names.personName(w, opening, a) != null;
        int c = person ? contentStart(w, v) : -1;
        int end = c < 0 ? c : clauseEnd(w, c);
        return end - c >= MIN_CONTENT_WORDS && w.isWord(c)
                ? new Report(w.start(c), w.end(end - 1), new Attribution(w.span(opening, a), w.start(opening),
                        w.span(a + 1, v), AttributionParser.cueText(w, v), AttributionParser.outlet(w, v)))
                : null;
    }

    /** Whether {@code [from, to)} is a role ending in a lower-case noun for a person, then a person's full name. */
    private static boolean roleBeforeName(Words w, int from, int to) {
        int name = to;
        while (name > from && w.isCapitalized(name - 1)) {
            name--;
        }
        if (name == from || to - name < 2 || w.isCapitalized(name - 1) || !w.isWord(name - 1)
                || !(Lexicon.isRole(w.lower(name - 1)) || Names.looksLikeAgent(w.lower(name - 1)))) {
            return false;
        }
        for (int k = from; k < name; k++) {
            if (!w.isWord(k) || Lexicon.isCue(w.lower(k)) || Lexicon.AUXILIARIES.contains(w.lower(k))
                    || Lexicon.CLAUSE_WORDS.contains(w.lower(k))) {
                return false;
            }
        }
        return Names.personName(w, name, to) != null;
    }

    /** Whether {@code [from, to)} are lower-case words ending in a document or speaker noun ("data", "figures"). */
    private static boolean documentOrSpeakerNounsAt(Words w, int from, int to) {
        for (int k = from; k < to; k++) {
            if (!w.isWord(k) || w.isCapitalized(k) || Lexicon.isCue(w.lower(k))
                    || Lexicon.AUXILIARIES.contains(w.lower(k)) || Lexicon.isAdverb(w.lower(k))) {
                return false;
            }
        }
        return Names.isSpeakerNoun(w.lower(to - 1));
    }

    /** SUBJECT [, apposition,] CUE [that] CLAUSE. */
    private static Report forward(Words w, int v, int to) {
        String cue = w.lower(v);
        if (v > 0 && w.isWord(v - 1) && (w.lower(v - 1).equals("let's") || w.lower(v - 1).equals("let\u2019s")
                || w.is(v - 1, "us") && w.isWord(v - 2) && w.lower(v - 2).equals("let"))) {
            // "Let's say you think a degree will cost $160,000": a supposition, no one's words.
            return null;
        }
        // "Many say they felt scared": a quantity standing alone for people opens the sentence.
        boolean quantity = v == 1 && w.isCapitalized(0) && Lexicon.QUANTITY_PRONOUNS.contains(w.lower(0));
        if (v > 0 && w.isWord(v - 1) && !quantity && (Lexicon.DETERMINERS.contains(w.lower(v - 1))
                || cue.endsWith("ing") && !Lexicon.AUXILIARIES.contains(w.lower(v - 1)))) {
            // "An estimated 300,000 were stranded", "Storm warning signals have been raised": an adjective, a noun.
            return null;
        }
        // "Frustration with police: Civil rights activists say …": the subject follows a colon (or a semicolon).
        int opening = Math.max(afterLastColon(w, v), afterLastSemicolon(w, v));
        int a = AttributionParser.skipIntroducer(w, opening, v);
        String introduction = a > opening ? w.span(opening, a - 1) : "";
        if (a > opening && w.is(a - 1, ",") && Names.joinedNames(w.sub(opening, v)) > 0) {
            // "Hovsepian, Casado and Troescher said …": the first name of a list is no introducer.
            a = opening;
        }
        Report named = nameBeforeUnclosedRole(w, opening, v);
        if (named != null) {
            return named;
        }
        if (w.is(a, "Both") && w.isCapitalized(a + 1)) {
            // "Both Mr. King and Mr. Schultz say": the two named ("Both men say" are a pair).
            a++;
        }
        int subjectEnd = v;
        for (int before = -1; before != subjectEnd; ) {
            before = subjectEnd;
            // "Smith also said", "She had told investigators", "officials have said": adverbs and auxiliaries.
            // "The iPhone maker would only confirm": "only" too.
            while (subjectEnd > a && w.isWord(subjectEnd - 1) && !w.isCapitalized(subjectEnd - 1)
                    && (Lexicon.isAdverb(w.lower(subjectEnd - 1)) || w.is(subjectEnd - 1, "only")
                            || Lexicon.CONNECTIVES.contains(w.lower(subjectEnd - 1))
                            || Lexicon.PERFECT_AUXILIARIES.contains(
                            w.lower(subjectEnd - 1)) || Lexicon.MODALS.contains(w.lower(subjectEnd - 1)))) {
                subjectEnd--;
            }
            // "Sanders on Tuesday said", "Wells Fargo just this month announced": a time between subject and cue.
            subjectEnd = AttributionParser.timeAdjunctStart(w, a, subjectEnd);
            subjectEnd = statementAdjunctStart(w, a, subjectEnd);
            // "The Toronto Transit Commission (TTC) says": the name's initials.
            subjectEnd = acronymBefore(w, subjectEnd);
            if (subjectEnd - 3 > a && w.is(subjectEnd - 1, "to") && w.is(subjectEnd - 2, "on")
                    && GOES_ON.contains(w.lower(subjectEnd - 3))) {
                // "Farnum went on to say that …".
                subjectEnd -= 3;
            }
        }
        subjectEnd = beforeDashedAside(w, a, subjectEnd);
        // "Federal Minister for Planning, Development and … Ahsan Iqbal said": the office's comma opened no introducer.
        a = Math.max(opening, Names.officeStartBefore(w, a, subjectEnd));
        boolean office = subjectEnd > a && Names.officeHolderStart(w.sub(a, subjectEnd)) >= 0;
        if (subjectEnd <= a || subjectEnd - a > MAX_SUBJECT_TOKENS && !office) {
            return null;
        }
        // The phrase may have run on into a time before the cue ("The Times on Saturday wrote").
        int np = office ? subjectEnd : Math.min(AttributionParser.npEnd(w, a), subjectEnd);
        np = w.is(np, ",") ? AttributionParser.listedKindEnd(w, a, np, subjectEnd) : np;
        if (np > a && np < subjectEnd && subjectEnd - np <= 2 && w.isCapitalized(np - 1)
                && documentOrSpeakerNounsAt(w, np, subjectEnd)) {
            // "HSE data showed", "New data showed": the name or adjective before the noun that speaks.
            np = subjectEnd;
        }
        if (w.is(np, "(") && w.is(np + 2, ")") && np + 3 < subjectEnd && w.is(np + 3, ",")
                && Names.isAcronym(w.text(np + 1))) {
            // "The Police Public Relations Officer (PPRO), SP Benjamin Hundeyin, said": the role's initials.
            np += 3;
        }
        if (np > a && np < subjectEnd && subjectEnd - np <= 2 && w.isCapitalized(np - 1)
                && AttributionParser.isPossessive(w, np - 1) && (Lexicon.INSTITUTIONS.contains(w.lower(subjectEnd - 1))
                        || Names.isPersonRole(w.lower(subjectEnd - 1)))) {
            // "President Cyril Ramaphosa’s office said": the office the name owns speaks.
            np = subjectEnd;
        }
        if (np > a && !Names.stripPossessive(w.text(np - 1)).equals(w.text(np - 1))) {
            // "Moorer Charley's brother, Ivan Charley, said": the owned role goes on to its comma.
            while (np < subjectEnd && w.isWord(np) && !w.isCapitalized(np) && Lexicon.isRole(w.lower(np))) {
                np++;
            }
        }
        for (int k = a; k < np; k++) {
            if (w.isWord(k) && (Lexicon.CLAUSE_OPENERS.contains(w.lower(k)) && !Lexicon.CONJUNCTIONS.contains(w.lower(k))
                    || w.lower(k).equals("what"))) {
                // "The caucus met shortly after Trump said …", "The gap between what Trump says his plan would do":
                // the subject is inside the clause the cue belongs to.
                return null;
            }
        }
        boolean participle = w.lower(v).endsWith("ing") && w.is(v - 1, ",") && !isSpeakerPhrase(w, a, np);
        if (participle) {
            // "The prime minister came out fighting on Wednesday, insisting that …": the subject before its verb.
            int shorter = speakerPhraseEnd(w, a, np);
            participle = shorter > 0;
            np = participle ? shorter : np;
        }
        String description = null;
        // "told the BBC the plan was reckless": the outlet the words were given to.
        String outlet = AttributionParser.outlet(w, v);
        if (outlet == null) {
            // "In an interview on Univision’s Al Punto, Rubio argued …".
            outlet = AttributionParser.interviewOutlet(w, opening, a);
        }
        Attribution attribution;
        int contentStart = contentStart(w, v);
        if (contentStart < 0 || cue.startsWith("show") && np > a && Lexicon.DEPICTIONS.contains(w.lower(np - 1))
                && !opensClause(w, contentStart)) {
            // "Footage showed some minor damage": what a picture shows; "Video shows Crutcher had his hands in the air"
            // is a finding.
            return null;
        }
        if (isFigure(w, a) && hasDocument(introduction)) {
            // "In a survey … commissioned by the ECFR, 63% said they believe …": the survey speaks, the figure is the
            // finding.
            attribution = new Attribution(stripPreposition(introduction), w.start(opening), null,
                    AttributionParser.cueText(w, v), outlet);
            contentStart = a;
        } else if (np == subjectEnd || participle || np > a && AttributionParser.opensManner(w, np)) {
            // "Police in their own investigation said": how they said it follows the speaker.
            attribution = new Attribution(w.span(a, np), w.start(a), null, AttributionParser.cueText(w, v), outlet);
        } else if (np > a && w.is(np, ",") && w.is(subjectEnd - 1, ",")) {
            description = AttributionParser.descriptionOrNull(w, np + 1, subjectEnd - 1);
            attribution = new Attribution(w.span(a, np), w.start(a), description,
                    AttributionParser.cueText(w, v), outlet);
        } else if (np > a && restrictiveRelativeEnd(w, np, subjectEnd) > 0 && isSpeakerPhrase(w, a, np)) {
            // "Yet students themselves who completed the anonymous survey said": the clause tells which ones.
            int relative = restrictiveRelativeEnd(w, np, subjectEnd);
            description = w.span(relative, subjectEnd);
            attribution = new Attribution(w.span(a, np), w.start(a), description,
                    AttributionParser.cueText(w, v), outlet);
        } else if (np > a && headedByDocument(w, a, np) && isDocumentTail(w, np, subjectEnd)) {
            // "the last poll of residents in … by the Eurasia Group Foundation found": a document with its owner.
            attribution = new Attribution(w.span(a, subjectEnd), w.start(a), null,
                    AttributionParser.cueText(w, v), outlet);
        } else if (quantity && a == 0 && subjectEnd == 1) {
            attribution = new Attribution(w.span(0, 1), w.start(0), null, AttributionParser.cueText(w, v), outlet);
        } else if (roleBeforeName(w, a, subjectEnd)) {
            // "Former schoolteacher Olive Rudlin says": a role in lower case, then the person's name.
            attribution = new Attribution(w.span(a, subjectEnd), w.start(a), null,
                    AttributionParser.cueText(w, v), outlet);
        } else if (Names.isGroup(w.sub(a, subjectEnd)) || Names.joinedNames(w.sub(a, subjectEnd)) > 0
                || Names.personBeforeAffiliation(w.sub(a, subjectEnd)) != null
                        && !opensInnerClause(w, np, subjectEnd)) {
            // "Federal and state officials said", "Experts on North Korea said": people reporting as a group;
            // "Council Speaker Ada Adams and Finance Chair Justin Brann said": two people together; "Governor
            // Babagana Zulum of Borno state has said": a person and where they serve.
            attribution = new Attribution(w.span(a, subjectEnd), w.start(a), null,
                    AttributionParser.cueText(w, v), outlet);
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
        int subjectEnd = v;
        // "who has said …": the perfect's auxiliary between the relative and its verb.
        int relativeWord = w.isWord(v - 1) && Lexicon.PERFECT_AUXILIARIES.contains(w.lower(v - 1)) ? v - 2 : v - 1;
        if (w.is(relativeWord, "who")) {
            // "an architect who said he was stiffed", "Trump, who says he is honored": the one "who" stands for.
            subjectEnd = w.is(relativeWord - 1, ",") ? relativeWord - 1 : relativeWord;
        }
        int s = speakerStart(w, subjectEnd);
        if (s >= 2 && w.isCapitalized(s) && w.isWord(s - 1) && !w.isCapitalized(s - 1) && Lexicon.isRole(w.lower(s - 1))
                && w.isWord(s - 2) && Lexicon.DETERMINERS.contains(w.lower(s - 2))) {
            // ", and his son Martin said …": the role and its determiner before the name.
            s -= 2;
        }
        boolean relative = subjectEnd < v;
        // "after the Pentagon said", "after health bosses said": a name, a group, a role or body after its determiner.
        boolean subject = s < subjectEnd && (w.isCapitalized(s) || Lexicon.PRONOUNS.contains(w.lower(s))
                || Names.isGroup(w.sub(s, subjectEnd)) || Lexicon.DETERMINERS.contains(w.lower(s))
                && (relative || isSpeakerPhrase(w, s, subjectEnd)));
        // Opened by a comma, a subordinating word or "in which"; ", but" and ", and" open a clause of their own. "who"
        // needs no opening, but "listeners to his radio show who" leaves unsure whom it stands for, unlike a name set
        // off by its comma ("backed by Sen. Ted Cruz, who said …").
        boolean opened = relative ? s == 0 || !Lexicon.PREPOSITIONS.contains(w.lower(s - 1))
                || w.isCapitalized(s) && w.is(subjectEnd, ",")
                : s >= 1 && (w.is(s - 1, ",") || w.isWord(s - 1) && (Lexicon.CLAUSE_OPENERS.contains(w.lower(s - 1))
                        || w.is(s - 1, "which") && w.isWord(s - 2) && Lexicon.PREPOSITIONS.contains(w.lower(s - 2))
                        || (w.is(s - 1, "but") || w.is(s - 1, "and")) && w.is(s - 2, ",")));
        if (subject && !opened && !relative) {
            // "When she woke the following morning Ms Carey said …": a name ends the opening clause without its comma.
            opened = s >= 3 && w.isCapitalized(s) && w.isWord(s - 1) && !w.isCapitalized(s - 1)
                    && Lexicon.CLAUSE_OPENERS.contains(w.lower(0)) && !Lexicon.CONJUNCTIONS.contains(w.lower(0))
                    && !hasToken(w, 0, s, ",");
        }
        if (!subject || !opened) {
            return null;
        }
        int contentStart = contentStart(w, v);
        String cue = w.lower(v);
        if (contentStart < 0 || (Lexicon.OBJECT_TAKING_REPORTING_VERBS.contains(cue)
                || Lexicon.CLAUSE_OR_OBJECT_VERBS.contains(cue)) && !w.is(v + 1, "that")
                && !opensClause(w, contentStart)) {
            // "The 27-year-old, who found the net four times": the verb's object, no report.
            return null;
        }
        int end = clauseEnd(w, contentStart);
        int comma = contentStart;
        if (w.is(contentStart, "that") && w.is(contentStart + 1, ",")) {
            // "and she reckons that, plus a loving family, stood her in good stead": past the subject's aside.
            comma += 2;
            while (comma < end && !w.is(comma, ",")) {
                comma++;
            }
            comma++;
        }
        // "on Oct 3, 2021": the comma of a date goes on with the clause.
        while (comma < end && (!w.is(comma, ",") || isDateComma(w, comma))) {
            comma++;
        }
        // "While he acknowledged funding was a reason, Ham noted …": the subordinate clause ends at its comma.
        end = comma;
        if (relative && subjectEnd == relativeWord && (s == 0 || w.is(s - 1, ","))) {
            // "Tribal leaders who say the site is sacred have sued": the relative clause is inside the subject, so
            // the sentence's own verb ends the report.
            end = mainVerbAfter(w, contentStart, end);
        }
        if (end - contentStart < MIN_CONTENT_WORDS) {
            return null;
        }
        Attribution attribution = new Attribution(w.span(s, subjectEnd), w.start(s), null,
                AttributionParser.cueText(w, v), null);
        return new Report(w.start(contentStart), w.end(end - 1), attribution);
    }

    /**
     * The first finite auxiliary in {@code [from, to)} after the reported clause's own one, with no word opening a
     * clause between them and no subject right before it ("the site is sacred have sued"), else {@code to}.
     */
    private static int mainVerbAfter(Words w, int from, int to) {
        boolean clauseHasVerb = false;
        for (int k = from; k < to; k++) {
            String lower = w.isWord(k) ? w.lower(k) : "";
            if (lower.equals("that") || lower.equals("what") || Lexicon.CONJUNCTIONS.contains(lower)
                    || Lexicon.SUBORDINATORS.contains(lower) || Lexicon.RELATIVE_WORDS.contains(lower)) {
                clauseHasVerb = false;
            } else if (Lexicon.AUXILIARIES.contains(lower)) {
                String before = w.isWord(k - 1) ? w.lower(k - 1) : "";
                boolean subjectBefore = Lexicon.PRONOUNS.contains(before) || Lexicon.AUXILIARIES.contains(before)
                        || before.equals("not");
                if (clauseHasVerb && !subjectBefore && w.isWord(k - 1)) {
                    return k;
                }
                clauseHasVerb = true;
            }
        }
        return to;
    }

    /** A comma between a day and a year ("Oct 3, 2021"). */
    private static boolean isDateComma(Words w, int k) {
        return w.isWord(k - 1) && Character.isDigit(w.text(k - 1).charAt(0)) && w.isWord(k + 1)
                && w.text(k + 1).length() == 4 && Character.isDigit(w.text(k + 1).charAt(0));
    }

    private static boolean hasToken(Words w, int from, int to, String token) {
        for (int k = from; k < to; k++) {
            if (w.is(k, token)) {
                return true;
            }
        }
        return false;
    }

    /** A reporting verb at token {@code v}; "points" only before "out" ("HuffPollster 4.3 points" is a score). */
    private static boolean isReportingVerb(Words w, int v) {
        String lower = w.lower(v);
        if (!Lexicon.REPORTING_VERBS.contains(lower)) {
            // "expressed concern that", "made it clear that", "urged voters to": only with the words after them.
            return PHRASE_CUE_VERBS.contains(lower) && (expressesFeeling(w, v)
                    || AttributionParser.pastMadeClear(w, v) > 0 || AttributionParser.pastDeniedClaims(w, v) > 0
                    || directedAt(w, v) > 0 || describedAs(w, v) > 0 || quotedObjectStart(w, v) > 0);
        }
        // "Peskov talked about media reports, claiming …": news or media reports are things, not verbs.
        // So are "reports" before a cue of their own ("…, and reports said Flynn lied").
        boolean mediaReports = (lower.equals("reports") || lower.equals("report")) && (v > 0 && w.isWord(v - 1)
                && (w.lower(v - 1).equals("media") || w.lower(v - 1).equals("news"))
                || w.isWord(v + 1) && Lexicon.REPORTING_VERBS.contains(w.lower(v + 1)));
        return !AttributionParser.isThinkTank(w, v) && (!lower.equals("points") || w.is(v + 1, "out"))
                && !mediaReports;
    }

    /**
     * Verbs by which someone characterizes a thing as something ("described the call as “professional”"): fewer than
     * {@link Lexicon#DESCRIBING_VERBS}, whose "dismissed" and "praised" other rules read as a denial or a judgment.
     */
    private static final Set<String> DESCRIBED_AS_VERBS = Lexicon.words("describe", "describes", "described",
            "characterized", "characterised", "characterizes", "characterises", "portrayed", "portrays", "branded",
            "brands");

    /** Most words of the thing described before its "as" ("the reduction to the council budgets"). */
    private static final int MAX_DESCRIBED_WORDS = 8;

    /**
     * "described the roughly hourlong call as “professional”", "describe the changes as minor tweaks": the thing and
     * what the speaker called it, from the token after the verb at {@code v}; -1 if no "as" follows the thing.
     */
    private static int describedAs(Words w, int v) {
        if (!w.isWord(v) || !DESCRIBED_AS_VERBS.contains(w.lower(v))) {
            return -1;
        }
        for (int k = v + 2; k <= v + MAX_DESCRIBED_WORDS && w.isWord(k); k++) {
            if (w.is(k, "as")) {
                return w.isWord(k + 1) || k + 1 < w.size() && isOpeningMark(w, k + 1) ? v + 1 : -1;
            }
            if (w.is(k, "that") || Lexicon.AUXILIARIES.contains(w.lower(k))) {
                return -1;
            }
        }
        return -1;
    }

    /** Verbs of praise, blame and naming whose object may carry the speaker's own words. */
    private static final Set<String> JUDGING_VERBS = Lexicon.words("praised", "hailed", "lauded", "condemned",
            "criticized", "criticised", "slammed", "blasted", "remembered", "called", "paid");

    /** Most tokens before the quote in the object of a judging verb ("praised Whitfield's “sensational talent”"). */
    private static final int MAX_QUOTED_OBJECT_TOKENS = 6;

    /**
     * "praised Whitfield's “sensational talent”", "called Whitfield the “go-to comedy actress …”", "paid tribute to
     * the “extraordinary grace” of …": where the object holding the speaker's quoted words starts, after the verb at
     * {@code v}; -1 when no quote opens in the object's first words.
     */
    private static int quotedObjectStart(Words w, int v) {
        if (!w.isWord(v) || !JUDGING_VERBS.contains(w.lower(v))) {
            return -1;
        }
        int start = v + 1;
        if (w.is(v, "paid")) {
            if (!w.is(v + 1, "tribute") || !w.is(v + 2, "to")) {
                return -1;
            }
            start = v + 3;
        }
        if (Lexicon.PREPOSITIONS.contains(w.lower(start)) || w.is(start, "upon")) {
            // "called on the authorities to …", "called for …": a directive, read as one.
            return -1;
        }
        for (int k = start; k < w.size() && k <= start + MAX_QUOTED_OBJECT_TOKENS; k++) {
            if (isOpeningMark(w, k) && k > start) {
                return start;
            }
            // "called his British counterpart to offer his ‘warm support’": a call made, not a name given.
            if (!w.isWord(k) || Lexicon.AUXILIARIES.contains(w.lower(k)) || w.is(k, "that") || w.is(k, "to")) {
                return -1;
            }
        }
        return -1;
    }

    /** Verbs by which someone tells others to act ("urged voters to turn out"). */
    private static final Set<String> DIRECTIVE_VERBS = Lexicon.words("urged", "urges", "urging", "urge", "ask",
            "encourage", "advise", "asked", "asks",
            "pressed", "implored", "encouraged", "encourages", "advised", "advises", "instructed", "ordered", "begged",
            "warned", "warns", "challenged");

    /** Verbs that report only with the words after them (see {@link #isReportingVerb}). */
    private static final Set<String> PHRASE_CUE_VERBS = phraseCueVerbs();

    private static Set<String> phraseCueVerbs() {
        Set<String> verbs = new HashSet<>(DIRECTIVE_VERBS);
        verbs.addAll(Lexicon.PHRASAL_DIRECTIVES.keySet());
        verbs.addAll(AttributionParser.MAKE_FORMS);
        verbs.addAll(AttributionParser.DENYING_VERBS);
        verbs.addAll(List.of("express", "expressed", "expresses", "expressing"));
        verbs.addAll(DESCRIBED_AS_VERBS);
        verbs.addAll(JUDGING_VERBS);
        return Set.copyOf(verbs);
    }

    /** Whether a cue as written tells others to act ("urged", "called on"). */
    private static boolean isDirective(String cue) {
        String verb = Lexicon.lower(cue.indexOf(' ') < 0 ? cue : cue.substring(0, cue.indexOf(' ')));
        return DIRECTIVE_VERBS.contains(verb) || Lexicon.PHRASAL_DIRECTIVES.containsKey(verb);
    }

    /** Words after a directive verb that say what about, not whom ("urged caution over the plan to …"). */
    private static final Set<String> NOT_DIRECTED = Lexicon.words("over", "about", "against", "into", "under", "amid",
            "regarding", "caution", "restraint", "calm", "patience");

    /** Most words of those told to act ("urged the Bangladesh government to …"). */
    private static final int MAX_DIRECTED_WORDS = 6;

    /**
     * "urged voters to turn out", "called on the diplomats to follow the norms": where those told to act start, when
     * an infinitive follows them; else -1.
     */
    private static int directedAt(Words w, int v) {
        String lower = w.isWord(v) ? w.lower(v) : "";
        Set<String> particles = Lexicon.PHRASAL_DIRECTIVES.get(lower);
        int o = v + 1;
        if (particles != null && w.isWord(o) && particles.contains(w.lower(o))) {
            o++;
        } else if (!DIRECTIVE_VERBS.contains(lower)) {
            return -1;
        }
        for (int k = o; k < o + MAX_DIRECTED_WORDS && w.isWord(k); k++) {
            String word = w.lower(k);
            if (word.equals("to")) {
                // "to investigate …", not "to the ministry" or "to 28 percent"; "to “swiftly investigate …”" too.
                int verb = isOpeningMark(w, k + 1) ? k + 2 : k + 1;
                String next = w.isWord(verb) ? w.lower(verb) : "";
                boolean infinitive = k > o && !next.isEmpty() && !w.isCapitalized(verb)
                        && !Character.isDigit(next.charAt(0)) && !Lexicon.DETERMINERS.contains(next)
                        && !Lexicon.PRONOUNS.contains(next);
                return infinitive ? o : -1;
            }
            // "pressed him on his failure to release …": the infinitive belongs to something else.
            // "urged people with minor injuries to avoid …", "urged residents in the valley to leave": whom.
            if (word.equals("that") || Lexicon.PREPOSITIONS.contains(word) && !OBJECT_PREPOSITIONS.contains(word)
                    || NOT_DIRECTED.contains(word) || Lexicon.TIME_PREPOSITIONS.contains(word)
                    || Lexicon.isCue(word) || Lexicon.AUXILIARIES.contains(word) || Lexicon.MODALS.contains(word)) {
                return -1;
            }
        }
        return -1;
    }

    /** Verbs by which a speaker commits to doing something ("vowed to fight", "pledged to resign"). */
    private static final Set<String> COMMISSIVE_VERBS = Lexicon.words("vowed", "vows", "pledged", "pledges",
            "promised", "promises", "threatened", "threatens");

    /** Prepositions inside the phrase naming whom a directive is for ("people with symptoms", "residents in …"). */
    private static final Set<String> OBJECT_PREPOSITIONS = Lexicon.words("of", "with", "in", "from");

    /** "expressed concern that …", "expresses hope that …": a feeling put into words, with its clause. */
    private static boolean expressesFeeling(Words w, int v) {
        return w.isWord(v) && w.lower(v).startsWith("express") && w.isWord(v + 1)
                && EXPRESSED_FEELINGS.contains(w.lower(v + 1)) && w.is(v + 2, "that");
    }

    /** Feelings one expresses in words ("expressed concern that"). */
    private static final Set<String> EXPRESSED_FEELINGS = Lexicon.words("concern", "concerns", "hope", "confidence",
            "fear", "fears", "optimism", "doubt", "doubts", "frustration", "disappointment", "regret", "surprise",
            "satisfaction", "worry", "worries", "alarm", "dismay", "anger", "outrage", "relief");

    /** CLAUSE, OUTLET cited SPEAKER as saying. / CLAUSE, SPEAKER was quoted as saying. */
    private static Report quotedAsClosing(Words w, int v) {
        Attribution quotedAs = AttributionParser.quotedAsSaying(w, v);
        if (quotedAs == null || !(v + 1 >= w.size() || w.is(v + 1, ".") && v + 2 >= w.size())) {
            return null;
        }
        int comma = v - 1;
        while (comma > 0 && !w.is(comma, ",")) {
            comma--;
        }
        int contentStart = AttributionParser.skipIntroducer(w, 0, comma);
        return comma - contentStart >= MIN_CONTENT_WORDS && w.isWord(contentStart)
                ? new Report(w.start(contentStart), w.end(comma - 1), quotedAs) : null;
    }

    /** CLAUSE, SUBJECT CUE. — the cue closes the sentence ("…, sources said."). */
    private static Report postposed(Words w, int v) {
        // "…, sources said Tuesday.", "…, he told reporters.", "…, the agency said in a June report.": only a short
        // time, place or audience after the cue; "…, Ruiz acknowledged their uphill battle." has an object.
        int audienceEnd = v + 1;
        if (Lexicon.AUDIENCE_VERBS.contains(w.lower(v)) && w.isWord(v + 1)) {
            // "…, Graham told The Huffington Post on Thursday.": the audience, then a time or place.
            int np = w.is(v + 1, "the") || w.is(v + 1, "The") ? v + 2 : v + 1;
            while (np < w.size() && w.isCapitalized(np)) {
                np++;
            }
            if (np == v + 1) {
                np = AttributionParser.npEnd(w, v + 1);
            }
            if (np == v + 1 && w.isWord(v + 1) && !w.isCapitalized(v + 1) && isPreposition(w, v + 2)) {
                // "…, Zakharova told reporters during a weekly press briefing.": one word of audience.
                np = v + 2;
            }
            int named = v + 1;
            while (named < w.size() && named <= v + MAX_ROLE_WORDS + 2 && w.isWord(named)) {
                named++;
            }
            if (np == v + 1 && named > v + 1 && (named >= w.size() || w.is(named, ".")) && w.isCapitalized(named - 1)) {
                // "…, a provincial official told state news agency Xinhua.": the outlet, described.
                np = named;
            }
            boolean closes = np >= w.size() || w.is(np, ".");
            if (np > v + 1 && (closes || w.isWord(np) && !w.is(np, "to")
                    && (isPreposition(w, np) || Lexicon.TIME_WORDS.contains(w.lower(np))))) {
                audienceEnd = np;
            }
        }
        String after = w.isWord(audienceEnd) ? w.lower(audienceEnd) : "";
        boolean adjunct = after.isEmpty() || Lexicon.TIME_WORDS.contains(after) || after.equals("this")
                || after.equals("early") || after.equals("here") || Lexicon.AUDIENCE_VERBS.contains(w.lower(v));
        boolean preposition = isPreposition(w, audienceEnd);
        if (!adjunct && !preposition) {
            return null;
        }
        // "…, he said here today in a written statement.": a place or time word may open the longer phrase too.
        int reach = preposition || after.equals("here") || Lexicon.TIME_WORDS.contains(after)
                ? MAX_CLOSING_ADJUNCT_TOKENS : 4;
        int k = audienceEnd;
        // "…, captain Virat Kohli said on Thursday after the team conceded a 1-2 series loss to South Africa.": the
        // occasion's clause runs on to the end.
        boolean occasion = false;
        while (k < w.size() && w.isWord(k) && k < audienceEnd - 1 + reach && !occasion) {
            occasion = k > v + 1 && OCCASION_OPENERS.contains(w.lower(k)) && !w.is(k + 1, ",");
            k++;
        }
        // "…, he said at a news conference in Sharm el-Sheikh, where Arab leaders meet": the place's relative clause.
        boolean relative = reach == MAX_CLOSING_ADJUNCT_TOKENS && w.is(k, ",") && w.isWord(k + 1)
                && Lexicon.RELATIVE_WORDS.contains(w.lower(k + 1));
        // "…, the Post said, quoting an unnamed source.": how the speaker knows, after the cue; "…, Choi said, adding
        // that …": what the speaker added.
        boolean sourced = w.is(k, ",") && (w.is(k + 1, "quoting") || w.is(k + 1, "citing"));
        boolean adding = w.is(k, ",") && w.isWord(k + 1) && ADDING_PARTICIPLES.contains(w.lower(k + 1));
        if (!(relative || sourced || adding || occasion || k >= w.size() || w.is(k, ".") || w.is(k, "!")
                || w.is(k, "?"))) {
            return null;
        }
        // "…, a government adviser has warned.", "…, Sen. Lindsey Graham (R-S.C.) told …": auxiliaries, adverbs and
        // a party tag stand between the speaker and the cue.
        int subjectEnd = v;
        while (subjectEnd > 2 && w.isWord(subjectEnd - 1) && !w.isCapitalized(subjectEnd - 1)
                && (Lexicon.PERFECT_AUXILIARIES.contains(w.lower(subjectEnd - 1))
                        || Lexicon.isSentenceAdverb(w.lower(subjectEnd - 1)))) {
            subjectEnd--;
        }
        subjectEnd = AttributionParser.beforeParenthetical(w, subjectEnd - 1) + 1;
        int s;
        int speakerEnd;
        int contentEnd;
        String description = null;
        if (w.is(subjectEnd - 1, ",")) {
            // "…, Mao Ning, Beijing's Foreign Ministry spokeswoman, said on Tuesday.": a name and its role set off.
            int open = setOffRoleStart(w, subjectEnd - 1);
            s = open < 0 ? -1 : AttributionParser.npStart(w, open);
            if (s < 2 || s >= open || !w.isCapitalized(s) || !w.is(s - 1, ",")) {
                // "…, his wife of 40 years, Patricia Crowder Herd, told …": the name set off after its role.
                int name = subjectEnd - 2;
                while (name > 1 && subjectEnd - 1 - name < MAX_NAME_WORDS && w.isCapitalized(name - 1)) {
                    name--;
                }
                int roleStart = w.is(name - 1, ",") && w.isCapitalized(name) ? roleSetOffBefore(w, name - 1) : -1;
                if (roleStart < 0) {
                    return null;
                }
                description = w.span(roleStart, name - 1);
                s = name;
                speakerEnd = subjectEnd - 1;
                contentEnd = roleStart - 1;
            } else {
                description = w.span(open + 1, subjectEnd - 1);
                speakerEnd = open;
                contentEnd = s - 1;
            }
        } else {
            s = roleBefore(w, speakerStart(w, subjectEnd));
            // "…, state media said.", "…, local officials told reporters.": lower-case words before the noun.
            while (s > 2 && isRoleOrOutletNoun(w, s) && modifiesRole(w, s - 1)
                    && s - 1 > subjectEnd - MAX_ROLE_WORDS - 1) {
                s--;
            }
            s = modifiersBackToComma(w, s, subjectEnd);
            if (s > 3 && s < subjectEnd && w.is(s - 1, "and") && w.isCapitalized(s - 2)) {
                // "…, ProPublica and the Times found.": two bodies joined as the speaker.
                int first = s - 2;
                while (first > 1 && s - first <= MAX_NAME_WORDS && w.isCapitalized(first - 1)) {
                    first--;
                }
                first = first > 1 && w.is(first - 1, "the") ? first - 1 : first;
                s = w.is(first - 1, ",") ? first : s;
            }
            contentEnd = contentEndBefore(w, s);
            if (s >= subjectEnd || s < 2 || contentEnd < 0) {
                return null;
            }
            speakerEnd = subjectEnd;
            int role = w.isCapitalized(s) ? roleSetOffBefore(w, contentEnd) : -1;
            if (role > 0 && role - 1 > MIN_CONTENT_WORDS) {
                // "…, his daughter, Chloe Weir announced on Saturday.": the role set off before the name.
                description = w.span(role, contentEnd);
                contentEnd = role - 1;
            }
            int name = AttributionParser.npStart(w, contentEnd);
            if (name < contentEnd - 1 && w.isCapitalized(name) && w.is(name - 1, ",") && !w.isCapitalized(s)
                    && Lexicon.isRole(w.lower(subjectEnd - 1))) {
                // "…, Ryan Walsh, police spokesman said.": the name set off before the role speaks.
                description = w.span(s, subjectEnd);
                s = name;
                speakerEnd = w.is(s + 1, ",") ? s + 1 : AttributionParser.npEnd(w, s);
                contentEnd = name - 1;
            }
        }
        int contentStart = AttributionParser.skipIntroducer(w, 0, contentEnd);
        // "Like President Obama, I believe in …": a phrase, not a clause, before the comma.
        if (contentEnd - contentStart < MIN_CONTENT_WORDS || !w.isWord(contentStart)
                || Lexicon.PREPOSITIONS.contains(w.lower(contentStart)) && !AttributionParser.opensFigure(w, contentStart)
                || Lexicon.NOT_CLAUSE_OPENERS.contains(w.lower(contentStart))) {
            return null;
        }
        Attribution attribution = new Attribution(w.span(s, speakerEnd), w.start(s), description,
                AttributionParser.cueText(w, v), AttributionParser.outlet(w, v));
        return new Report(w.start(contentStart), w.end(contentEnd - 1), attribution);
    }

    /**
     * The comma opening a role set off before the comma at {@code close} ("…, Mao Ning, Beijing's Foreign Ministry
     * spokeswoman, said"): the role ends in a role noun or opens with a determiner or possessive; else -1.
     */
    private static int setOffRoleStart(Words w, int close) {
        int open = close - 1;
        while (open > 1 && close - open <= AttributionParser.MAX_SOURCE_TOKENS && w.isWord(open)) {
            open--;
        }
        if (!w.is(open, ",") || open + 1 >= close) {
            return -1;
        }
        String first = w.lower(open + 1);
        boolean role = Lexicon.isRole(w.lower(close - 1)) || Lexicon.DETERMINERS.contains(first)
                || Lexicon.POSSESSIVE_DETERMINERS.contains(first) || w.text(open + 1).endsWith("'s")
                || w.text(open + 1).endsWith("’s");
        return role ? open : -1;
    }

    /**
     * Where the speaker starts when role words stand before the name at {@code s} ("…, RNC strategist Sean Spicer
     * said", "…, Chinese state broadcaster CCTV reported"): a lower-case role or outlet noun, with the capitalized
     * words before it; else {@code s}.
     */
    private static int roleBefore(Words w, int s) {
        int k = s - 1;
        boolean role = false;
        while (k > 0 && s - k <= MAX_ROLE_WORDS && w.isWord(k)
                && (w.isCapitalized(k) || isRoleOrOutletNoun(w, k) || role && modifiesRole(w, k))) {
            role |= !w.isCapitalized(k) && isRoleOrOutletNoun(w, k);
            k--;
        }
        return role && contentEndBefore(w, k + 1) >= 0 && w.isCapitalized(s) ? k + 1 : s;
    }

    /**
     * "…, the pan-Arab Al-Jazeera TV reported.", "…, school board President Annette Johnson confirmed.": lower-case
     * words describing the name in {@code [s, end)}, back to the comma closing the report; else {@code s}.
     */
    private static int modifiersBackToComma(Words w, int s, int end) {
        boolean named = false;
        for (int k = s; k < end && !named; k++) {
            named = w.isCapitalized(k);
        }
        if (!named || contentEndBefore(w, s) >= 0) {
            return s;
        }
        int k = s - 1;
        // "including Friday’s tweets", "the first time Trump": a preposition's or a time's phrase, not a speaker's.
        while (k > 1 && s - k <= MAX_ROLE_WORDS && (modifiesRole(w, k) && !w.lower(k).endsWith("ing")
                && !w.lower(k).equals("time") && !Lexicon.TIME_NOUNS.contains(w.lower(k)) || w.isCapitalized(k))) {
            k--;
        }
        if (w.isWord(k) && Lexicon.DETERMINERS.contains(w.lower(k)) && w.is(k - 1, ",")) {
            return k;
        }
        return w.is(k, ",") && k + 1 < s ? k + 1 : s;
    }

    private static final Set<String> GOES_ON = Lexicon.words("went", "goes", "go", "going");

    /** Initials of a name, capitals at both ends ("CWU", "DoE"). */
    private static final Pattern BRACKETED_NAME_INITIALS = Pattern.compile("\\p{Lu}[\\p{Lu}\\p{Ll}]*\\p{Lu}");

    /** Where a name's initials in brackets right before {@code end} start ("Union (CWU)"); else {@code end}. */
    private static int acronymBefore(Words w, int end) {
        // A party tag ("(R)", "(R-S.C.)") stays with the name it follows.
        boolean initials = end >= 4 && w.is(end - 1, ")") && w.is(end - 3, "(") && w.isWord(end - 2)
                && BRACKETED_NAME_INITIALS.matcher(w.text(end - 2)).matches() && w.isCapitalized(end - 4);
        return initials ? end - 3 : end;
    }

    /**
     * Where a role set off before the comma at {@code close} starts ("…, his wife of 40 years, Patricia …"): after a
     * comma, opening with a determiner or possessive and holding a role noun; else -1.
     */
    private static int roleSetOffBefore(Words w, int close) {
        int open = close - 1;
        boolean role = false;
        while (open > 1 && close - open <= AttributionParser.MAX_SOURCE_TOKENS && w.isWord(open)) {
            role |= Lexicon.isRole(w.lower(open));
            open--;
        }
        boolean determined = w.isWord(open + 1) && (Lexicon.DETERMINERS.contains(w.lower(open + 1))
                || Lexicon.POSSESSIVE_DETERMINERS.contains(w.lower(open + 1)));
        return role && determined && w.is(open, ",") ? open + 1 : -1;
    }

    /** Words that open the occasion of the words after an inverted speaker's name ("… after his team won"). */
    private static final Set<String> OCCASION_OPENERS = Lexicon.words("after", "before", "as", "when", "while",
            "following");

    /** Whether a role noun stands in the few words from {@code from} before a name ("the triumphant India captain"). */
    private static boolean roleWithin(Words w, int from) {
        for (int k = from; k < from + MAX_ROLE_WORDS && w.isWord(k); k++) {
            if (!w.isCapitalized(k) && Lexicon.isRole(w.lower(k))) {
                return w.isCapitalized(k + 1);
            }
        }
        return false;
    }

    /** "oil" of "Kuwaiti oil minister": a lower-case word before a role, no verb, preposition or function word. */
    private static boolean modifiesRole(Words w, int k) {
        String word = w.lower(k);
        // "state" of "state media" is spelled like a cue.
        boolean cue = Lexicon.isCue(word) && !Lexicon.TITLES.contains(word);
        return w.isWord(k) && !w.isCapitalized(k) && !Lexicon.NOT_NAMES.contains(word) && !cue && !isPreposition(w, k)
                && !Lexicon.AUXILIARIES.contains(word) && !word.endsWith("ed") && !word.endsWith("ly");
    }

    /** "in", "at", "during": a word opening a place, time or occasion after a cue. */
    private static boolean isPreposition(Words w, int k) {
        return w.isWord(k) && (Lexicon.PREPOSITIONS.contains(w.lower(k)) || Lexicon.TIME_PREPOSITIONS.contains(w.lower(k)));
    }

    private static boolean isRoleOrOutletNoun(Words w, int k) {
        // "…, British retailer Tesco said.": the kind of firm is a role too.
        return Lexicon.isRole(w.lower(k)) || Lexicon.OUTLET_NOUNS.contains(w.lower(k))
                || Lexicon.ORGANISATION_KINDS.contains(w.lower(k));
    }

    /**
     * CLAUSE, SUBJECT CUE [adjunct], CLAUSE. — an attribution set off inside the report ("The museum, Mr. Bush said,
     * celebrated …"), or after it with the sentence going on ("…, he said, and intense wrangling could follow").
     */
    private static Report parenthetical(Words w, int v) {
        int subjectEnd = v;
        // "…, the IRS has argued, …": adverbs and auxiliaries between the subject and its cue.
        while (subjectEnd > 1 && w.isWord(subjectEnd - 1) && (Lexicon.isAdverb(w.lower(subjectEnd - 1))
                || Lexicon.PERFECT_AUXILIARIES.contains(w.lower(subjectEnd - 1)))) {
            subjectEnd--;
        }
        int s = speakerStart(w, subjectEnd);
        if (s >= subjectEnd || s < 2 || !w.is(s - 1, ",")) {
            return null;
        }
        int close = v + 1;
        while (close < v + MAX_ADJUNCT_TOKENS && w.isWord(close) && !w.lower(close).equals("that")) {
            close++;
        }
        // Only a time, place or audience may stand between the cue and its comma ("said in a June report,").
        boolean adjunct = close == v + 1 || Lexicon.AUDIENCE_VERBS.contains(w.lower(v))
                || Lexicon.PREPOSITIONS.contains(w.lower(v + 1)) || Lexicon.TIME_WORDS.contains(w.lower(v + 1));
        if (!w.is(close, ",") || !adjunct) {
            return null;
        }
        int contentStart = AttributionParser.pastDateline(w, 0, s - 1);
        int rest = close + 1;
        Attribution attribution = new Attribution(w.span(s, subjectEnd), w.start(s), null,
                AttributionParser.cueText(w, v), null);
        boolean adding = w.isWord(rest) && w.lower(rest).endsWith("ing")
                && Lexicon.REPORTING_VERBS.contains(w.lower(rest));
        if (w.isWord(rest) && (Lexicon.CONJUNCTIONS.contains(w.lower(rest)) || w.lower(rest).equals("as")) || adding) {
            // "…, he said, and intense wrangling could follow", "…, lawmakers said, as they …": the narrative goes on,
            // and the report ends at its attribution; "…, he said, adding …" goes on with the next report.
            int end = s - 1;
            return end - contentStart >= MIN_CONTENT_WORDS && w.isWord(contentStart)
                    ? new Report(w.start(contentStart), w.end(end - 1), attribution) : null;
        }
        int end = clauseEnd(w, rest);
        if (!w.isWord(rest) || (s - 1 - contentStart) + (end - rest) < MIN_CONTENT_WORDS) {
            return null;
        }
        return new Report(w.start(contentStart), w.end(end - 1), attribution);
    }

    /** Words that round a figure ("about 10", "nearly 300"). */
    private static final Set<String> APPROXIMATORS = Lexicon.words("about", "around", "nearly", "almost", "roughly",
            "approximately", "some", "over", "under");

    /** Participles that report a clause even without a comma before them ("… contending that …"). */
    private static final Set<String> UNSET_OFF_PARTICIPLES = Lexicon.words("claiming", "contending", "asserting",
            "arguing", "insisting", "stating", "alleging", "noting", "warning", "adding");

    /** Auxiliaries contracted onto a pronoun ("they'll", "she'd", "we're"). */
    private static final Set<String> CONTRACTED_VERBS = Lexicon.words("ll", "d", "s", "re", "ve", "m");

    /** A statement or an occasion of speaking, one or many ("statement", "interviews"). */
    private static boolean isStatementOrBriefing(String noun) {
        String one = noun.endsWith("s") ? noun.substring(0, noun.length() - 1) : noun;
        return Lexicon.ISSUED_DOCUMENTS.contains(noun) || BRIEFINGS.contains(noun)
                || Lexicon.ISSUED_DOCUMENTS.contains(one) || BRIEFINGS.contains(one);
    }

    /**
     * Where "in a Twitter post", "in a statement", "at a news conference" starts right before {@code end} (the cue),
     * the speaker's phrase ending before it ("Tedros in a Twitter post said"); else {@code end}.
     */
    private static int statementAdjunctStart(Words w, int from, int end) {
        if (end - from < 3 || !w.isWord(end - 1) || !isStatementOrBriefing(w.lower(end - 1))) {
            return end;
        }
        for (int k = end - 2; k > from && k >= end - 5; k--) {
            if (w.is(k, "in") || w.is(k, "at") || w.is(k, "during")) {
                boolean determined = w.isWord(k + 1) && (Lexicon.DETERMINERS.contains(w.lower(k + 1))
                        || Lexicon.POSSESSIVE_DETERMINERS.contains(w.lower(k + 1)));
                return determined ? k : end;
            }
            if (!w.isWord(k)) {
                return end;
            }
        }
        return end;
    }

    /** Events at which one speaks ("held a press briefing confirming that …"). */
    private static final Set<String> BRIEFINGS = Lexicon.words("briefing", "conference", "interview", "speech",
            "address", "video", "post", "tweet");

    /**
     * SUBJECT VERB …, saying CLAUSE. / SUBJECT VERB … and [has] said CLAUSE. — a second verb of the sentence's subject
     * ("A judge rejected the request, saying the courts have no business …", "Cruz urged them on and said he was …").
     */
    private static Report secondVerbOfSubject(Words w, int v) {
        int k = v - 1;
        while (k > 0 && w.isWord(k)
                && (Lexicon.PERFECT_AUXILIARIES.contains(w.lower(k)) || Lexicon.isAdverb(w.lower(k)))) {
            k--;
        }
        // "…, saying …", "doubled down by saying …", "issued a statement saying …".
        boolean participle = w.lower(v).endsWith("ing") && k == v - 1 && (w.is(k, ",") || w.is(k, "by")
                || w.isWord(k) && (Lexicon.ISSUED_DOCUMENTS.contains(w.lower(k)) || BRIEFINGS.contains(w.lower(k)))
                && w.isWord(k - 1) && (Lexicon.DETERMINERS.contains(w.lower(k - 1)) || w.is(k - 1, "press")
                        || w.is(k - 1, "news")))
                // "had sought a stay contending that …", "swotted away the question saying he could not comment".
                // "It goes without saying that", "It is worth noting that": the writer's idioms.
                || k == v - 1 && w.isWord(k) && !w.isCapitalized(k) && !Lexicon.PREPOSITIONS.contains(w.lower(k))
                && !w.is(k, "without") && !w.is(k, "worth")
                && (w.is(v, "saying") || w.is(v + 1, "that") && UNSET_OFF_PARTICIPLES.contains(w.lower(v)));
        boolean coordinated = !w.lower(v).endsWith("ing") && w.isWord(k)
                && (w.lower(k).equals("and") || w.lower(k).equals("but"));
        if (!participle && !coordinated) {
            return null;
        }
        int a = AttributionParser.skipIntroducer(w, 0, k);
        int relativeVerb = -1;
        for (int r = k - 2; coordinated && r > a; r--) {
            if (w.is(r, "who")) {
                // "…, demonstrators, who have taken to the streets and called for …": the one "who" stands for, or
                // no one.
                int end = w.is(r - 1, ",") ? r - 1 : r;
                int antecedent = AttributionParser.npStart(w, end);
                if (antecedent >= end || !isSpeakerPhrase(w, antecedent, end)) {
                    return null;
                }
                a = antecedent;
                relativeVerb = r + 1;
                break;
            }
        }
        if (coordinated && w.is(k - 3, ",") && Lexicon.SUBJECT_PRONOUNS.contains(w.lower(k - 2))
                && Lexicon.isCue(w.lower(k - 1))) {
            // "India wanted assurances …, he said and added that …": whoever said the first part adds the second.
            a = k - 2;
        }
        for (int j = k - 2; j > a; j--) {
            // "… comes six days after police claimed to have busted a module and said …": the nearest clause's subject,
            // with a verb of its own ("during a clash between protesters and police and said" has none).
            int inner = j + 1;
            int innerEnd = AttributionParser.npEnd(w, inner);
            // "after the owner of Argos issued a profit warning and said": the phrase ran on into its verb.
            int shorter = isSpeakerPhrase(w, inner, innerEnd) ? -1 : speakerPhraseEnd(w, inner, innerEnd);
            innerEnd = shorter < 0 ? innerEnd : shorter;
            boolean verb = w.isWord(innerEnd) && !w.isCapitalized(innerEnd)
                    && !Lexicon.PREPOSITIONS.contains(w.lower(innerEnd))
                    && !Lexicon.CONJUNCTIONS.contains(w.lower(innerEnd));
            if (w.isWord(j) && (Lexicon.SUBORDINATORS.contains(w.lower(j))
                    || Lexicon.TIME_PREPOSITIONS.contains(w.lower(j))) && verb && isSpeakerPhrase(w, inner, innerEnd)) {
                a = inner;
                break;
            }
        }
        int np = AttributionParser.npEnd(w, a);
        if (!isSpeakerPhrase(w, a, np)) {
            // "A federal judge rejected the request": the phrase ran on into the verb.
            int shorter = speakerPhraseEnd(w, a, np);
            np = shorter < 0 ? np : shorter;
        }
        // "Moorer Charley's brother, Ivan Charley, spoke to …": the name set off after the role.
        int verb = np;
        String description = null;
        if (w.is(np, ",") && w.isCapitalized(np + 1)) {
            int nameEnd = np + 1;
            while (w.isCapitalized(nameEnd)) {
                nameEnd++;
            }
            if (nameEnd - np > 2 && w.is(nameEnd, ",")) {
                description = w.span(np + 1, nameEnd);
                verb = nameEnd + 1;
            }
        } else if (w.is(np, ",") && w.isWord(np + 1) && Lexicon.RELATIVE_WORDS.contains(w.lower(np + 1))) {
            // "The authors of the report, which include the U.S. PIRG Education Fund, combed through …": the
            // relative clause set off between the subject and its verb.
            int close = np + 2;
            while (close < k && close < np + MAX_ASIDE_TOKENS && !w.is(close, ",")) {
                close++;
            }
            verb = w.is(close, ",") ? close + 1 : verb;
        }
        if (relativeVerb > 0) {
            np = Math.min(np, w.is(relativeVerb - 2, ",") ? relativeVerb - 2 : relativeVerb - 1);
            verb = relativeVerb;
        }
        // The subject is followed by its own verb: a lower-case word that does not start a clause of its own.
        if (np <= a || verb >= k || !w.isWord(verb) || w.isCapitalized(verb)
                || Lexicon.CLAUSE_OPENERS.contains(w.lower(verb)) || !isSpeakerPhrase(w, a, np)) {
            return null;
        }
        for (int j = verb; j < k; j++) {
            if (w.is(j, ";") || w.is(j, ":")) {
                return null;
            }
        }
        int contentStart = contentStart(w, v);
        if (contentStart < 0) {
            return null;
        }
        int end = clauseEnd(w, contentStart);
        if (end - contentStart < MIN_CONTENT_WORDS) {
            return null;
        }
        Attribution attribution = new Attribution(w.span(a, np), w.start(a), description,
                AttributionParser.cueText(w, v), null);
        return new Report(w.start(contentStart), w.end(end - 1), attribution);
    }

    /** Whether an auxiliary ("was", "were", "has") stands among the {@code reach} words from {@code from}. */
    private static boolean auxiliaryWithin(Words w, int from, int reach) {
        for (int k = from; k < from + reach && w.isWord(k); k++) {
            if (Lexicon.AUXILIARIES.contains(w.lower(k))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Where the subject ends before an aside set off by dashes that closes right before {@code end} ("Sam Altman --
     * days after making comments that he might pull out -- said"); else {@code end}.
     */
    private static int beforeDashedAside(Words w, int a, int end) {
        int close = end;
        while (close > a && AttributionParser.isDash(w, close - 1)) {
            close--;
        }
        if (close == end) {
            return end;
        }
        for (int k = close - 1; k > a && close - k <= MAX_ASIDE_TOKENS; k--) {
            if (AttributionParser.isDash(w, k)) {
                while (k > a && AttributionParser.isDash(w, k - 1)) {
                    k--;
                }
                return k;
            }
        }
        return end;
    }

    /** Where a speaker phrase opening at {@code a} ends before a verb it ran on into, before {@code np}; -1 if none. */
    private static int speakerPhraseEnd(Words w, int a, int np) {
        for (int e = np - 1; e > a; e--) {
            // "The Crown appealed …": a name may end the phrase before its verb.
            boolean verbAfterName = w.isCapitalized(e - 1) && isPastOrAuxiliary(w.lower(e));
            if (!w.isCapitalized(e) && (!w.isCapitalized(e - 1) || verbAfterName) && isSpeakerPhrase(w, a, e)) {
                return e;
            }
        }
        return -1;
    }

    private static boolean isPastOrAuxiliary(String lower) {
        return lower.length() > 3 && lower.endsWith("ed") && !lower.endsWith("eed")
                || Lexicon.AUXILIARIES.contains(lower) || Lexicon.IRREGULAR_PAST.contains(lower);
    }

    /**
     * A pronoun; a name, alone or after its role ("campaign manager Robby Mook"); or a phrase whose head is a speaker
     * noun ("A New York judge", "Authorities") — not a phrase run on into a verb ("speechwriters implored").
     */
    private static boolean isSpeakerPhrase(Words w, int from, int to) {
        if (to <= from) {
            return false;
        }
        int last = to - 1;
        if (to - from == 1 && Lexicon.PRONOUNS.contains(w.lower(from))) {
            return true;
        }
        if (Lexicon.DETERMINERS.contains(w.lower(last)) || Lexicon.NOT_NAMES.contains(w.lower(last))) {
            return false;
        }
        if (w.isCapitalized(last)) {
            int name = last;
            // "Bank of America", "Marks and Spencer".
            while (name > from && (w.isCapitalized(name - 1) || w.is(name - 1, "of")
                    || w.is(name - 1, "and") && w.isCapitalized(name - 2))) {
                name--;
            }
            return name == from || Lexicon.isRole(w.lower(name - 1)) || Lexicon.DETERMINERS.contains(w.lower(name - 1))
                    || Lexicon.ORGANISATION_KINDS.contains(w.lower(name - 1));
        }
        // "Many of the Whispering Oaks homeowners": the plural of a speaker noun.
        return Names.isSpeakerNoun(w.lower(last)) || Lexicon.SPEAKER_NOUNS.contains(Lexicon.singular(w.lower(last)));
    }

    /** The first token of the speaker ending before {@code end}, with whom a group speaks for ("lawyers for the …"). */
    private static int speakerStart(Words w, int end) {
        int s = AttributionParser.npStart(w, end);
        // "…, officials at the ministry said", "…, a representative for his family confirmed": the group or role the
        // phrase is attached to; "…, residents and a rights group said": both.
        boolean attached = s >= 2 && Lexicon.PREPOSITIONS.contains(w.lower(s - 1))
                && (Names.isGroupNoun(w, s - 2) || isRoleOrOutletNoun(w, s - 2));
        boolean joined = s >= 2 && w.is(s - 1, "and") && Names.isGroupNoun(w, s - 2);
        if (s >= 4 && w.is(s - 1, "of") && w.is(s - 2, "knowledge") && w.is(s - 3, "with")
                && Names.isGroupNoun(w, s - 4)) {
            // "…, four people with knowledge of the matter told Reuters".
            return AttributionParser.npStart(w, s - 3);
        }
        if (s >= 3 && Names.modifierTail(w, s - 2) == s - 1) {
            // "…, people familiar with the matter said": the group the tie belongs to.
            int group = s - 3;
            boolean grouped = Names.isGroupNoun(w, group) || w.lower(group).equals("those");
            return grouped ? AttributionParser.npStart(w, group + 1) : s;
        }
        return attached || joined ? AttributionParser.npStart(w, s - 1) : s;
    }

    /**
     * Whether a clause with its own verb opens at token {@code c} without "that": a subject pronoun and its verb ("he
     * had received"), or a short subject, even set off by an apposition, before an auxiliary ("any payments were made",
     * "Jason Hillman, the Cavs' chief of staff, was …") — not an object with a relative clause ("the plan, which was").
     */
    private static boolean opensFiniteClause(Words w, int c) {
        if (!w.isWord(c)) {
            return false;
        }
        String contracted = w.isWord(c + 1) || c + 1 >= w.size() ? "" : w.lower(c + 1).replace('\u2019', '\'');
        if (Lexicon.SUBJECT_PRONOUNS.contains(w.lower(c)) && contracted.startsWith("'")
                && CONTRACTED_VERBS.contains(contracted.substring(1))) {
            // "predicted they'll capitulate": a pronoun with its auxiliary.
            return true;
        }
        if (Lexicon.SUBJECT_PRONOUNS.contains(w.lower(c))) {
            return w.isWord(c + 1) && !Lexicon.PREPOSITIONS.contains(w.lower(c + 1))
                    && !Lexicon.DETERMINERS.contains(w.lower(c + 1)) && !w.is(c + 1, "and");
        }
        // The subject's phrase runs up to the auxiliary, or to an apposition set off before it: "remarks Trump had
        // made" is an object with its relative clause, "concern that it could" a noun's complement.
        int k = AttributionParser.npEnd(w, c);
        if (k == c) {
            // "mentioned power rates are expected to rise": a bare noun phrase as the subject.
            while (k < c + MAX_BARE_NOUN_WORDS && AttributionParser.isPlainLowerWord(w, k)) {
                k++;
            }
            return k > c && w.isWord(k) && Lexicon.AUXILIARIES.contains(w.lower(k));
        }
        if (k > c && w.is(k, ",")) {
            int close = k + 1;
            while (close < c + MAX_BARE_SUBJECT_TOKENS && w.isWord(close) && !w.is(close, "that")
                    && !Lexicon.RELATIVE_WORDS.contains(w.lower(close))) {
                close++;
            }
            k = w.is(close, ",") ? close + 1 : k;
        }
        return k > c && w.isWord(k) && Lexicon.AUXILIARIES.contains(w.lower(k));
    }

    /** Most words of a subject with no article ("power rates", "special treatment"). */
    private static final int MAX_BARE_NOUN_WORDS = 3;

    /**
     * Whether a clause opens at token {@code c}: a subject with a verb of its own before the words run into a
     * preposition, a conjunction or a comma — an auxiliary ("the exit will raise"), a past tense after a noun ("his
     * attorney offered"), not a participle after a determiner ("the foiled attempt").
     */
    private static boolean opensClause(Words w, int c) {
        if (opensFiniteClause(w, c)) {
            return true;
        }
        // "confirmed at least 20 people died": the figure's "at least" is no preposition.
        int from = AttributionParser.opensFigure(w, c) ? c + 2 : c;
        if (!w.isWord(from) || Lexicon.AUXILIARIES.contains(w.lower(from)) || Lexicon.MODALS.contains(w.lower(from))
                || PARTICLES.contains(w.lower(from)) || Lexicon.CONJUNCTIONS.contains(w.lower(from))) {
            // "the deals he said were accompanied by …", "found out she was …", "assured the farmers availed offer
            // letters and allocated land …": no clause of its own.
            return false;
        }
        for (int k = from; k < from + MAX_BARE_SUBJECT_TOKENS && k < w.size() && !w.is(k, ","); k++) {
            String word = w.lower(k);
            if (!w.isWord(k) || Lexicon.PREPOSITIONS.contains(word) || Lexicon.SUBORDINATORS.contains(word)
                    || Lexicon.TIME_PREPOSITIONS.contains(word) || Lexicon.RELATIVE_WORDS.contains(word)
                    || word.equals("that")) {
                if (isOpeningMark(w, k) || isClosingMark(w, k)) {
                    // "noted several “intangibles” left him disillusioned".
                    continue;
                }
                return false;
            }
            int before = k - 1;
            while (before > from && (isOpeningMark(w, before) || isClosingMark(w, before))) {
                before--;
            }
            boolean afterNoun = before >= from && w.isWord(before) && !Lexicon.DETERMINERS.contains(w.lower(before));
            boolean past = word.length() > 3 && word.endsWith("ed") && !word.endsWith("eed");
            if (Lexicon.AUXILIARIES.contains(word) || Lexicon.MODALS.contains(word) || afterNoun
                    && (past || Lexicon.IRREGULAR_PAST.contains(word))) {
                return true;
            }
        }
        return false;
    }

    private static final Set<String> QUESTION_WORDS = Lexicon.words("how", "why", "what", "whether", "where", "when",
            "who", "which");

    /** Particles of phrasal verbs, after which no clause opens ("found out", "summed up"). */
    private static final Set<String> PARTICLES = Lexicon.words("out", "up", "off", "about", "over", "back");

    /** Whether a past tense or an auxiliary follows within a few words of {@code from}, before any relative. */
    private static boolean verbAfter(Words w, int from) {
        for (int k = from; k < from + MAX_OF_PHRASE_TOKENS && k < w.size(); k++) {
            if (!w.isWord(k) && !w.is(k, "\u201C") && !w.is(k, "\"") || w.is(k, "that")
                    || Lexicon.RELATIVE_WORDS.contains(w.lower(k))) {
                return false;
            }
            String word = w.lower(k);
            if (Lexicon.AUXILIARIES.contains(word) || word.length() > 4 && word.endsWith("ed")) {
                return true;
            }
        }
        return false;
    }


    /**
     * Where the reported clause starts after the cue: past the audience of "told", a time or place before "that"
     * ("said Monday that", "says at a campaign stop in Toledo, Ohio, that") and "that" with a parenthetical after it;
     * -1 when no clause follows.
     */
    /** Verbs a demonstrative "that" takes after a focusing adverb ("that only applies", "that just means"). */
    private static final Set<String> DEMONSTRATIVE_VERBS = Lexicon.words("means", "applies", "makes", "leaves",
            "adds", "happens", "works", "helps", "shows", "matters", "seems", "sounds", "depends", "affects",
            "hurts", "costs", "changes");

    /** Focusing adverbs between a demonstrative "that" and its verb. */
    private static final Set<String> FOCUSING_ADVERBS = Lexicon.words("only", "just", "also", "never", "still",
            "really", "simply");

    /** Whether the word at {@code k}, right after a "that", is its verb: an auxiliary (negated too), or as below. */
    private static boolean thatIsSubject(Words w, int k) {
        if (!w.isWord(k)) {
            return false;
        }
        String next = w.lower(k);
        if (Lexicon.AUXILIARIES.contains(next) || next.endsWith("n't") || next.endsWith("n\u2019t")) {
            return true;
        }
        return FOCUSING_ADVERBS.contains(next) && w.isWord(k + 1) && DEMONSTRATIVE_VERBS.contains(w.lower(k + 1));
    }

    private static int contentStart(Words w, int v) {
        if (addsSomething(w, v)) {
            return -1;
        }
        int directed = directedAt(w, v);
        if (directed > 0) {
            // "urged Bangladesh to investigate every aspect of the murder": whom, and to do what.
            return directed;
        }
        int judged = quotedObjectStart(w, v);
        if (judged > 0) {
            // "praised Whitfield's “sensational talent”": what the speaker praised, in their own words.
            return judged;
        }
        int described = describedAs(w, v);
        if (described > 0) {
            // "described the call as “professional”": the thing and what the speaker called it.
            return described;
        }
        if (COMMISSIVE_VERBS.contains(w.lower(v)) && w.is(v + 1, "to") && w.isWord(v + 2) && !w.isCapitalized(v + 2)
                && !Lexicon.DETERMINERS.contains(w.lower(v + 2)) && !Character.isDigit(w.text(v + 2).charAt(0))) {
            // "vowed to fight the ruling in court", "pledged to resign if …": what the speaker undertook to do.
            return v + 1;
        }
        if (expressesFeeling(w, v)) {
            return w.isWord(v + 3) ? v + 3 : -1;
        }
        int clear = Math.max(AttributionParser.pastMadeClear(w, v), AttributionParser.pastDeniedClaims(w, v));
        if (clear > 0) {
            return w.isWord(clear) ? clear : -1;
        }
        int c = v + 1;
        String particle = Lexicon.PHRASAL_CUES.get(w.lower(v));
        if (particle != null && w.is(c, particle)) {
            // "pointed out that …".
            c++;
        }
        boolean audience = Lexicon.AUDIENCE_VERBS.contains(w.lower(v));
        if (!audience && w.isWord(c) && APPROXIMATORS.contains(w.lower(c)) && w.isWord(c + 1)
                && Character.isDigit(w.text(c + 1).charAt(0))) {
            // "said about 10 major changes were made": a figure opens the clause, it is no topic.
            return c;
        }
        if (audience) {
            int object = AttributionParser.npEnd(w, c);
            if (AttributionParser.isChannelNumber(w, object)) {
                // "told News 2 he saw …".
                object++;
            }
            for (int k = c + 1; k < object; k++) {
                if (Lexicon.COURTESY_TITLES.contains(w.lower(k))) {
                    // "told CNN Ms. Flowers was not invited": the outlet, then the clause's subject.
                    object = k;
                }
            }
            int named = c + 1;
            while (named < object && !(w.isCapitalized(named) && !w.isCapitalized(named - 1))) {
                named++;
            }
            int nameEnd = named;
            while (nameEnd < w.size() && w.isCapitalized(nameEnd)) {
                nameEnd++;
            }
            if (named < object && w.isWord(nameEnd) && Lexicon.AUXILIARIES.contains(w.lower(nameEnd))) {
                // "told the radio station Fianna Fáil cannot be trusted": a name with its verb opens the clause.
                object = named;
            }
            int bare = c;
            while (bare < c + MAX_BARE_AUDIENCE_WORDS && w.isWord(bare) && !w.isCapitalized(bare)
                    && !Lexicon.PRONOUNS.contains(w.lower(bare)) && !Lexicon.DETERMINERS.contains(w.lower(bare))
                    && !w.is(bare, "that")) {
                bare++;
            }
            boolean station = object == c && w.isWord(c) && Character.isDigit(w.text(c).charAt(0));
            if (object == c && bare > c && w.isWord(bare) && (w.is(bare, "that")
                    || Lexicon.TIME_WORDS.contains(w.lower(bare)) || Lexicon.PREPOSITIONS.contains(w.lower(bare))
                    || station && Lexicon.DETERMINERS.contains(w.lower(bare)))) {
                // "told parliament earlier Thursday that …", "told blood donation centers that …": bare nouns for the
                // audience; "told 702 the party's message was clear": a radio station by its frequency.
                object = bare;
            }
            if (object > c && w.is(object, "news") && w.isCapitalized(object - 1)) {
                // "told ITV news she was …": the outlet's news, in lower case.
                object++;
            }
            if (object > c + 1 && opensBareClause(w, object - 1)) {
                // "told reporters police had …": the clause's plural subject ran on from the audience.
                object--;
            }
            // "told MSNBC's “Morning Joe” that": the quoted title of a show after its outlet.
            int titled = pastQuotedTitle(w, Math.max(object, c + 1));
            if (titled > Math.max(object, c + 1)) {
                c = titled;
            } else if (object == c) {
                return -1;
            } else {
                c = object;
            }
        }
        if (AttributionParser.opensFigure(w, c)) {
            // "said at least one person was admitted …"; "confirmed at least one storm death" names a thing.
            return Lexicon.CLAUSE_OR_OBJECT_VERBS.contains(w.lower(v)) && !opensClause(w, c) ? -1 : c;
        }
        if (w.is(c, ",")) {
            // "reported, citing anonymous sources, that …": a phrase set off before "that".
            int close = c + 1;
            while (close < c + MAX_ADJUNCT_TOKENS && w.isWord(close)) {
                close++;
            }
            if (close > c + 1 && w.is(close, ",") && w.is(close + 1, "that")) {
                c = close + 1;
            }
        }
        // "responded to comments that …": after a verb that needs its "that", only a day may come first.
        int adjunct = Lexicon.THAT_ONLY_VERBS.contains(w.lower(v)) ? c : pastAdjunctBeforeThat(w, c);
        // "said Tuesday the plan would fail", "said on Thursday media reports …": a day, then the clause ("announced
        // on Friday the arrest of …" has an object).
        int day = pastDay(w, c);
        int occasion = w.isWord(c + 1) && Lexicon.DETERMINERS.contains(w.lower(c + 1)) ? c + 2 : c + 1;
        if (w.is(c, "in") && w.isWord(occasion) && isStatementOrBriefing(w.lower(occasion))
                && opensFiniteClause(w, occasion + 1)) {
            // "said in a statement it welcomed the appointments", "say in interviews they have had to …".
            return occasion + 1;
        }
        // "announced on Friday the arrest of …" has an object, "announced Saturday they apprehended …" a clause.
        boolean objectTaking = Lexicon.OBJECT_TAKING_REPORTING_VERBS.contains(w.lower(v))
                && !(day > c && w.isWord(day) && Lexicon.PRONOUNS.contains(w.lower(day))) && !opensClause(w, c);
        c = adjunct > c || objectTaking ? adjunct : day;
        if (w.is(c, "as") && w.isWord(c + 1) && (Lexicon.DETERMINERS.contains(w.lower(c + 1))
                || Lexicon.SUBJECT_PRONOUNS.contains(w.lower(c + 1)))) {
            // "…, delegates said on Thursday as the group gathered in Vienna": when they spoke, not what they said.
            return -1;
        }
        if (Lexicon.THAT_ONLY_VERBS.contains(w.lower(v)) && !w.is(c, "that") && !opensFiniteClause(w, c)) {
            // "vowed a fight", "shared the news": an object; "revealed he had received a call" a clause.
            return -1;
        }
        if (Lexicon.ISSUING_VERBS.contains(w.lower(v)) && w.isWord(c) && Lexicon.DETERMINERS.contains(w.lower(c))) {
            // "posted a message saying …": what was put out, whose own words come after it.
            return -1;
        }
        // "she went outside and found the tent on fire": a person finds things; a study finds "a sharp rise in cases".
        boolean personFinds = (w.is(v, "found") || w.is(v, "finds")) && w.isWord(v - 1)
                && (Lexicon.PERSON_PRONOUNS.contains(w.lower(v - 1)) || Lexicon.CONJUNCTIONS.contains(w.lower(v - 1)));
        if ((Lexicon.CLAUSE_OR_OBJECT_VERBS.contains(w.lower(v)) || personFinds) && !w.is(c, "that")
                && !opensClause(w, c) && !(w.isWord(c) && QUESTION_WORDS.contains(w.lower(c)))
                && !(w.is(c, "if") && mainClauseAfterComma(w, c + 1))) {
            // "confirmed a cholera outbreak after …", "claimed the lives of 72 people": an object; "explained why …" a
            // question.
            return -1;
        }
        if (!w.is(c, "that") && opensClause(w, c)) {
            // "denied any payments were made", "confirmed Jason Hillman, the chief of staff, was …".
            return c;
        }
        if (w.lower(v).startsWith("warn") && warnedAgainst(w, c)) {
            // "warned the opposition against mobilising …", "warned North Korea to refrain": whom, and against what.
            return -1;
        }
        int of = w.is(c + 2, "of") ? c + 2 : w.is(c + 3, "of") ? c + 3 : -1;
        boolean objectFirst = Lexicon.OBJECT_TAKING_REPORTING_VERBS.contains(w.lower(v)) && w.isWord(c)
                && Lexicon.DETERMINERS.contains(w.lower(c));
        if (objectFirst && (of > 0 && !verbAfter(w, of + 1) || w.is(c + 2, "to"))) {
            // "confirmed the death of a man", "announced the arrest of …", "found a way to divert attention": an
            // object ("confirmed a justice of the peace issued process" is a clause).
            return -1;
        }
        if (w.isWord(c) && w.lower(c).equals("that") && thatIsSubject(w, c + 1)) {
            // "said that would permit …", "said that won't happen", "says that only applies to …": "that" is the
            // clause's subject.
            return c;
        }
        if (w.isWord(c) && w.lower(c).equals("that")) {
            c++;
            boolean quoted = w.isWord(c + 1) && w.text(c).length() == 1
                    && Lexicon.OPENING_MARKS.indexOf(w.text(c).charAt(0)) >= 0;
            if (w.isWord(c) && !w.is(c, "that") || quoted) {
                // After "that" a clause follows whatever opens it: "said that if his candidate won, she would sign
                // it", "noted that at one of his first meetings, he …", "said that “a bomb” had gone off".
                return c;
            }
            if (w.is(c, ",")) {
                // "said that, if elected, he'd leave …": the clause resumes after the parenthetical.
                int close = c + 1;
                while (close < c + MAX_ADJUNCT_TOKENS && close < w.size() && !w.is(close, ",")) {
                    close++;
                }
                if (w.is(close, ",") && w.isWord(close + 1) && isPastOrAuxiliary(w.lower(close + 1))) {
                    // "reckons that, plus a loving family, stood her in good stead": "that" is the subject.
                    return c - 1;
                }
                c = w.is(close, ",") ? close + 1 : c + 1;
            }
        }
        if (!w.isWord(c)) {
            return -1;
        }
        String first = w.lower(c);
        // "said this while speaking to journalists", "stated this during a session": the words were said before.
        boolean thisSaid = first.equals("this") && (!w.isWord(c + 1) || Lexicon.PREPOSITIONS.contains(w.lower(c + 1))
                || w.is(c + 1, "following")
                || Lexicon.TIME_PREPOSITIONS.contains(w.lower(c + 1)) || Lexicon.SUBORDINATORS.contains(w.lower(c + 1)));
        if (first.equals("the") && w.is(c + 1, "same") || first.equals("so") || thisSaid) {
            // "73 percent said the same of Trump", "said so": an object, not a clause.
            return -1;
        }
        if (Lexicon.OBJECT_TAKING_REPORTING_VERBS.contains(w.lower(v))
                && Lexicon.POSSESSIVE_DETERMINERS.contains(first)) {
            // "reported her presence on Twitter": an object, not a clause.
            return -1;
        }
        boolean clauseSubject = Lexicon.PRONOUNS.contains(first) || Lexicon.DETERMINERS.contains(first)
                || w.isCapitalized(c) || Character.isDigit(first.charAt(0)) || first.equals("there");
        if (clauseSubject && !Lexicon.NOT_NAMES.contains(first) || Lexicon.DETERMINERS.contains(first)
                || Lexicon.PRONOUNS.contains(first) || first.equals("there")) {
            return c;
        }
        // "said while others are at large, this arrest …", "said in Tshwane, over 365 suspects were arrested".
        boolean openingPhrase = Lexicon.SUBORDINATORS.contains(first) || Lexicon.TIME_PREPOSITIONS.contains(first)
                || Lexicon.PREPOSITIONS.contains(first) && !first.equals("to");
        if (openingPhrase && !audience && mainClauseAfterComma(w, c + 1)) {
            // "said while others are still at large, this arrest sends a message": the report holds both clauses;
            // "said after a meeting with his counterparts from Ukraine, Russia and France that they …": past "that".
            for (int k = c + 1; k < c + 2 * MAX_THAT_ADJUNCT_TOKENS && (w.isWord(k) || w.is(k, ",")); k++) {
                if (w.is(k, "that") && w.isWord(k + 1) && (w.isCapitalized(k + 1)
                        || Lexicon.PRONOUNS.contains(w.lower(k + 1)) || Lexicon.DETERMINERS.contains(w.lower(k + 1)))) {
                    return k + 1;
                }
            }
            return c;
        }
        if (audience) {
            // After "told" and its audience the clause must open plainly, as the audience may have been cut short:
            // only a plural noun going on to its verb does ("told a news conference police had …").
            return opensBareClause(w, c) ? c : -1;
        }
        // A verb of saying takes a clause opening with a bare noun or adjective ("said parents still want …", "says
        // too much is made of …"); a verb of finding or announcing takes such words as its object ("reported losses").
        boolean saying = !Lexicon.OBJECT_TAKING_REPORTING_VERBS.contains(w.lower(v));
        if (saying && first.equals("only") && w.isWord(c + 1) && (Lexicon.DETERMINERS.contains(w.lower(c + 1))
                || Lexicon.PRONOUNS.contains(w.lower(c + 1)) || w.isCapitalized(c + 1))) {
            // "said only the government could recall an envoy": "only" opens the clause's subject.
            return c;
        }
        return saying && !Lexicon.PREPOSITIONS.contains(first) && !Lexicon.NOT_CLAUSE_OPENERS.contains(first)
                && !Lexicon.AUXILIARIES.contains(first) && !w.isCapitalized(c) ? c : -1;
    }

    /** Whether a few words of object end in "against", "of" or "to" before any verb of a clause. */
    private static boolean warnedAgainst(Words w, int c) {
        for (int k = c; k < c + MAX_WARNED_OBJECT_TOKENS && w.isWord(k); k++) {
            String word = w.lower(k);
            if (word.equals("against") || word.equals("of") || word.equals("to")) {
                return k > c;
            }
            if (Lexicon.AUXILIARIES.contains(word) || Lexicon.MODALS.contains(word) || word.equals("that")) {
                return false;
            }
        }
        return false;
    }

    /** Most words of whom someone warned before "against" ("the Economic and Financial Crimes Commission"). */
    private static final int MAX_WARNED_OBJECT_TOKENS = 8;

    /** A plural noun for people followed by its auxiliary: "police had", "officials would". */
    private static boolean opensBareClause(Words w, int k) {
        return Names.isGroupNoun(w, k) && !w.isCapitalized(k) && w.isWord(k + 1)
                && (Lexicon.AUXILIARIES.contains(w.lower(k + 1)) || Lexicon.MODALS.contains(w.lower(k + 1)));
    }

    /**
     * "Brooks added 14 points", "The department added 38 firms to the blacklist": "add" with a figure or with
     * something put somewhere is no cue.
     */
    private static boolean addsSomething(Words w, int v) {
        if (!w.lower(v).startsWith("add") || !w.isWord(v + 1) || w.is(v + 1, "that")) {
            // "added that the attack will only add to …" reports a clause.
            return false;
        }
        if (Character.isDigit(w.text(v + 1).charAt(0))) {
            return true;
        }
        for (int k = v + 2; k < v + MAX_ADDED_OBJECT_TOKENS && w.isWord(k) && !w.is(k, "that"); k++) {
            if (w.is(k, "to") && w.isWord(k + 1)
                    && (Lexicon.DETERMINERS.contains(w.lower(k + 1)) || Lexicon.POSSESSIVE_DETERMINERS.contains(
                            w.lower(k + 1)))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Where the words before an attribution opening at token {@code k} end: at its comma ("…, said Ruiz"), or past the
     * marks closing a quote the comma ends ("…“particularly poor,” Cook said"); -1 without a comma.
     */
    private static int contentEndBefore(Words w, int k) {
        if (w.is(k - 1, ",")) {
            return k - 1;
        }
        return k >= 2 && isClosingMark(w, k - 1) && w.is(k - 2, ",") ? k : -1;
    }

    /** A comma within a clause's length after {@code from}, then a subject: the main clause after a subordinate one. */
    private static boolean mainClauseAfterComma(Words w, int from) {
        for (int k = from; k < w.size() && k < from + MAX_SUBJECT_TOKENS; k++) {
            if (w.is(k, ",")) {
                if (!w.isWord(k + 1)) {
                    return false;
                }
                String next = w.lower(k + 1);
                // "…, Mohan Chauhan was arrested", "…, over 365 suspects were arrested": a name or a number, then a
                // verb.
                boolean named = (w.isCapitalized(k + 1) || Character.isDigit(next.charAt(0)) || next.equals("over")
                        || next.equals("more")) && auxiliaryWithin(w, k + 2, MAX_BARE_SUBJECT_WORDS);
                return named || Lexicon.PRONOUNS.contains(next) || Lexicon.DETERMINERS.contains(next)
                        || next.equals("there") || next.equals("then");
            }
            if (!w.isWord(k)) {
                return false;
            }
        }
        return false;
    }

    /** The token after the last colon before {@code end} ("The data say otherwise: rural hospitals …"), or 0. */
    private static int afterLastColon(Words w, int end) {
        for (int k = end - 1; k > 0; k--) {
            // "8:30 p.m." is a time, not a colon.
            boolean time = w.isWord(k - 1) && w.isWord(k + 1) && Character.isDigit(w.text(k + 1).charAt(0));
            if (w.is(k, ":") && !time) {
                return k + 1;
            }
        }
        return 0;
    }

    /** The token after the last semicolon before {@code end} ("The vote was close; the senator said …"), or 0. */
    private static int afterLastSemicolon(Words w, int end) {
        for (int k = end - 1; k > 0; k--) {
            if (w.is(k, ";")) {
                return k + 1;
            }
        }
        return 0;
    }

    /** Past the quoted title of a show after the outlet told ("told MSNBC's “Morning Joe” that"); else {@code c}. */
    private static int pastQuotedTitle(Words w, int c) {
        if (w.isWord(c) || !w.isWord(c + 1) || Lexicon.OPENING_MARKS.indexOf(w.text(c).charAt(0)) < 0) {
            return c;
        }
        for (int k = c + 2; k < c + MAX_ADJUNCT_TOKENS && k < w.size(); k++) {
            if (isClosingMark(w, k)) {
                return w.isWord(k + 1) && w.lower(k + 1).equals("that") ? k + 1 : c;
            }
            if (!w.isWord(k)) {
                return c;
            }
        }
        return c;
    }

    /** Past a time or place phrase that ends in "that" ("Monday that", "in Ohio that"); else {@code c}. */
    private static int pastAdjunctBeforeThat(Words w, int c) {
        boolean thisWeek = w.is(c, "this") && w.isWord(c + 1) && Lexicon.TIME_NOUNS.contains(w.lower(c + 1));
        // "says only that", "saying without evidence that", "told reporters gathered across the street that".
        // "said Nov. 7 that": a date.
        boolean other = w.isWord(c) && (Lexicon.isAdverb(w.lower(c)) || w.is(c, "only")
                || Lexicon.TITLE_PREPOSITIONS.contains(w.lower(c))
                || w.lower(c).endsWith("ed") && !w.isCapitalized(c) || isMonth(w, c));
        // "said over the years Martens has …".
        boolean overTime = w.is(c, "over") && w.is(c + 1, "the");
        if (!w.isWord(c) || !(Lexicon.PREPOSITIONS.contains(w.lower(c)) || Lexicon.TIME_WORDS.contains(w.lower(c))
                || Lexicon.TIME_PREPOSITIONS.contains(w.lower(c)) || thisWeek || other || overTime)) {
            return c;
        }
        if (w.is(c, "to") && !opensNounPhrase(w, c + 1)) {
            // "pledged to push for …": an infinitive, not a phrase before "that".
            return c;
        }
        // "says only that", "told reporters gathered across the street that": a short phrase; "said during a joint
        // press conference with … that": a longer one led by a preposition or a time.
        int reach = other ? MAX_ADJUNCT_TOKENS / 2 : MAX_THAT_ADJUNCT_TOKENS;
        for (int k = c + 1; k < c + reach && k < w.size(); k++) {
            if (w.isWord(k) && w.lower(k).equals("that")) {
                return k;
            }
            boolean time = w.isWord(k + 1) && Lexicon.TIME_NOUNS.contains(w.lower(k + 1));
            if (w.is(k, "to") && !opensNounPhrase(w, k + 1) || other && !overTime && k == c + 1 && !time
                    && Lexicon.DETERMINERS.contains(w.lower(k))) {
                // "responded by using Chicago to prove that …": a verb's clause inside the phrase; "responded then
                // the same way that …": an object ("said earlier this month that" is a time).
                return c;
            }
            if (k > c + 1 && w.isWord(k) && !Lexicon.PREPOSITIONS.contains(w.lower(k - 1)) && w.is(k, "how")) {
                // "told Alex Marlow on Thursday how surprised he is that …": the question is what was told.
                return k;
            }
            if (k > c + 1 && w.isWord(k) && !Lexicon.PREPOSITIONS.contains(w.lower(k - 1))
                    && (Lexicon.PERSON_PRONOUNS.contains(w.lower(k))
                            // "said on Friday it was aware of reports that …": the clause's own subject and verb.
                            || (w.is(k, "it") || w.is(k, "they")) && w.isWord(k + 1)
                                    && isPastOrAuxiliary(w.lower(k + 1)) && w.isWord(k - 1)
                                    && !Lexicon.CLAUSE_OPENERS.contains(w.lower(k - 1))
                            || w.isCapitalized(k) && w.isWord(k - 1) && !w.isCapitalized(k - 1)
                                    && opensFiniteClause(w, k)
                            || Lexicon.DETERMINERS.contains(w.lower(k)) && opensFiniteClause(w, k))) {
                // "said after the convention he would not …", "said on Twitter the armed forces would pursue …": the
                // clause opens with its subject.
                return k;
            }
            // "said Wednesday on MSNBC’s “Morning Joe” that": a show's title in the phrase; "Nov. 7": a date.
            if (!w.isWord(k) && !w.is(k, ",") && !isClosingMark(w, k) && !isOpeningMark(w, k)
                    && !(w.is(k, ".") && isMonth(w, k - 1))) {
                return c;
            }
        }
        return c;
    }

    private static boolean isOpeningMark(Words w, int k) {
        return !w.isWord(k) && Lexicon.OPENING_MARKS.indexOf(w.text(k).charAt(0)) >= 0;
    }

    /**
     * Past a day or a short time right after a cue ("Tuesday", "on Tuesday night", "last week", "this morning"), when a
     * word of the clause follows; else {@code c}.
     */
    /** "November", "Nov." (written "Nov" and "."). */
    private static boolean isMonth(Words w, int k) {
        return w.isWord(k) && (Lexicon.MONTHS.contains(w.lower(k)) || Lexicon.MONTHS.contains(w.lower(k) + "."));
    }

    /** Whether a noun phrase opens at token {@code k}: a determiner, a possessive, a name or a plural noun. */
    private static boolean opensNounPhrase(Words w, int k) {
        return w.isWord(k) && (Lexicon.DETERMINERS.contains(w.lower(k))
                || Lexicon.POSSESSIVE_DETERMINERS.contains(w.lower(k)) || w.isCapitalized(k) || w.lower(k).endsWith("s"));
    }

    private static int pastDay(Words w, int c) {
        int k = w.is(c, "on") ? c + 1 : c;
        if (!w.isWord(k)) {
            return c;
        }
        String word = w.lower(k);
        if (Lexicon.DAYS.contains(word)) {
            k++;
        } else if ((word.equals("earlier") || word.equals("later")) && k == c && w.isWord(k + 1)
                && (Lexicon.SUBJECT_PRONOUNS.contains(w.lower(k + 1))
                        || Lexicon.DETERMINERS.contains(w.lower(k + 1)))) {
            // "said earlier it helped with the release".
            return k + 1;
        } else if ((word.equals("last") || word.equals("this") || word.equals("next")) && k == c && w.isWord(k + 1)
                && (Lexicon.TIME_NOUNS.contains(w.lower(k + 1)) || Lexicon.DAYS.contains(w.lower(k + 1)))) {
            k += 2;
        } else {
            return c;
        }
        if (w.isWord(k) && Lexicon.PARTS_OF_DAY.contains(w.lower(k))) {
            k++;
        }
        return w.isWord(k) && !Lexicon.PREPOSITIONS.contains(w.lower(k)) ? k : c;
    }

    /** Verbs by which a speaker keeps something back, after the report ("… but declined to comment"). */
    private static final Set<String> DECLINING_VERBS = Lexicon.words("declined", "refused", "declines", "refuses");

    /** Words after ", but" that go on with the reported words rather than the writer's ("but also", "but instead"). */
    private static final Set<String> CONTRASTS_WITHIN = Lexicon.words("also", "instead", "rather", "not");

    /**
     * Whether the words at {@code k}, after ", but", go on with the report: "but also …", "but instead …", "but would
     * eventually add …", "but firmly opposes …", "but that was not the case"; not "but would not say" or "but
     * declined".
     */
    private static boolean goesOnAfterBut(Words w, int k) {
        if (!w.isWord(k)) {
            return false;
        }
        String next = w.lower(k);
        if (CONTRASTS_WITHIN.contains(next)) {
            return true;
        }
        if (Lexicon.MODALS.contains(next)) {
            // "but would not say when": the speaker's refusal, in the report's own tense.
            int verb = w.is(k + 1, "not") ? k + 2 : k + 1;
            return !(w.is(k + 1, "not") && w.isWord(verb) && (Lexicon.isCue(w.lower(verb))
                    || w.lower(verb).equals("comment") || w.lower(verb).equals("elaborate")));
        }
        if (next.equals("that")) {
            return thatIsSubject(w, k + 1);
        }
        // "but firmly opposes the attempt": a manner adverb, then the report's subject's present verb.
        return next.endsWith("ly") && w.isWord(k + 1) && w.lower(k + 1).endsWith("s") && !w.lower(k + 1).endsWith("ss");
    }

    /** The clause runs to the sentence's end, a semicolon, or a comma that opens a contrasting clause. */
    private static int clauseEnd(Words w, int from) {
        int k = from;
        while (k < w.size()) {
            if (w.is(k, ";") || w.is(k, ".") && k == w.size() - 1 || w.is(k, "!") || w.is(k, "?")) {
                return k;
            }
            if (w.is(k, ",")) {
                // "…, but declined to discuss it", "… a “very enjoyable evening,” but declined …"; a mark after a
                // space opens a quote instead (`that way, "but not among …`).
                int n = k + 1;
                while (n < w.size() && isClosingMark(w, n) && w.start(n) == w.end(n - 1)) {
                    n++;
                }
                if (w.isWord(n) && (w.lower(n).equals("but") && !goesOnAfterBut(w, n + 1) || w.lower(n).equals("while")
                        || w.lower(n).equals("although") || w.lower(n).equals("though"))) {
                    return n > k + 1 ? n : k;
                }
            }
            if (w.is(k, ",")) {
                int n = k + 1;
                while (n < w.size() && isClosingMark(w, n)) {
                    n++;
                }
                if (w.isWord(n) && w.lower(n).endsWith("ing") && Lexicon.REPORTING_VERBS.contains(w.lower(n))) {
                    // "…, adding that …", "…motivated,” adding that …": the speaker's next report.
                    return n > k + 1 ? n : k;
                }
                if (w.isWord(n) && NARRATING_PARTICIPLES.contains(w.lower(n))) {
                    // "…, hammering its shares", "…, sending shares lower": what the news did, in the writer's words.
                    return n > k + 1 ? n : k;
                }
            }
            if (w.is(k, ",")) {
                int n = k + 1;
                while (n < w.size() && isClosingMark(w, n)) {
                    n++;
                }
                if (closesSentence(w, n)) {
                    // "… because “most people don’t know,” she said.": the cue repeated after the quoted words.
                    return n > k + 1 ? n : k;
                }
                if (w.is(n, "according") && w.is(n + 1, "to")) {
                    // "… told parliament that there was no confirmation, according to media reports.": the writer's
                    // source for the report, not part of it.
                    return n > k + 1 ? n : k;
                }
            }
            if (w.is(k, "but") && w.isWord(k + 1) && DECLINING_VERBS.contains(w.lower(k + 1))) {
                // "…said it was aware of reports but declined to comment further": what the speaker would not say
                // ("police say he posed a threat and refused to drop the gun" goes on with the report).
                return k;
            }
            if (w.is(k, "while") && k > from && w.isCapitalized(k + 1)) {
                // "praised Whitfield's “sensational talent” while Julia Sawalha described her …": another speaker.
                return k;
            }
            if ((w.is(k, "and") || w.is(k, "but")) && isFinitePastOrPresentCue(w, k + 1)
                    && (!opensInnerClause(w, from, k) || w.is(k + 2, "that"))) {
                // "…said he would order a review and warned against hackers": the speaker's own next verb, unless a
                // clause inside the report has its own subject for it ("…when the police located her and told her").
                return k;
            }
            if (w.is(k, ",") && w.is(k + 1, "and") && opensAttribution(w, k + 2)) {
                // "…, and Haddad said it will not": another speaker's report.
                return k;
            }
            if ((w.is(k, "and") || w.is(k, "but")) && k > from && !w.isCapitalized(k - 1) && namedCueAfter(w, k + 1)) {
                // "…mishandled the investigation and Democrats accused the GOP …", "… — and he noted that …": a
                // named or pronoun subject with its own cue; "said Republicans and Democrats agreed" joins two.
                break;
            }
            if (w.is(k, ",") && w.is(k + 1, "with") && withSpeakerSaying(w, k + 2)) {
                // "…, with Chief Cabinet Secretary Yoshihide Suga reportedly saying that …": another speaker's words.
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

    /** A subject and its reporting verb at token {@code k} ("Haddad said", "the union's lawyers argued"). */
    /** Whether a subordinate or relative clause opens in {@code [from, to)}. */
    private static boolean opensInnerClause(Words w, int from, int to) {
        for (int k = from; k < to; k++) {
            if (w.isWord(k)
                    && (Lexicon.SUBORDINATORS.contains(w.lower(k)) || Lexicon.RELATIVE_WORDS.contains(w.lower(k)))) {
                return true;
            }
        }
        return false;
    }

    /** A reporting verb in the past or the third person ("warned", "adds"), not a bare or "-ing" form. */
    private static boolean isFinitePastOrPresentCue(Words w, int k) {
        if (!w.isWord(k)) {
            return false;
        }
        return isReportingVerb(w, k) && isFiniteForm(w.lower(k));
    }

    /** A verb's past or third-person present form ("said", "accused", "says"), not its infinitive or participle. */
    private static boolean isFiniteForm(String verb) {
        return verb.endsWith("ed") || verb.endsWith("s") || verb.equals("said") || verb.equals("told")
                || verb.equals("wrote") || verb.equals("found");
    }

    /**
     * Where "who" opens a relative clause, with no comma, between a subject ending at {@code np} (and an emphatic
     * "themselves") and its cue at {@code cue}: two words or more, all of them words; -1 otherwise.
     */
    private static int restrictiveRelativeEnd(Words w, int np, int cue) {
        int who = w.isWord(np) && REFLEXIVES.contains(w.lower(np)) ? np + 1 : np;
        if (!w.is(who, "who") || cue - who < 3 || cue - who > MAX_ASIDE_TOKENS) {
            return -1;
        }
        for (int k = who + 1; k < cue; k++) {
            if (!w.isWord(k)) {
                return -1;
            }
        }
        return who;
    }

    /** Pronouns that stress a subject ("students themselves"). */
    private static final Set<String> REFLEXIVES = Lexicon.words("themselves", "himself", "herself");

    /** A speaker phrase at {@code k} and its participle cue ("Yoshihide Suga reportedly saying"), after "with". */
    private static boolean withSpeakerSaying(Words w, int k) {
        int end = AttributionParser.npEnd(w, k);
        while (end > k && w.isWord(end) && Lexicon.isAdverb(w.lower(end))) {
            end++;
        }
        return end > k && w.isWord(end) && w.lower(end).endsWith("ing")
                && Lexicon.REPORTING_VERBS.contains(w.lower(end));
    }

    /**
     * A capitalized, pronoun or numbered subject at {@code k} followed by a finite cue ("Democrats accused", "he
     * noted", "90% said").
     */
    private static boolean namedCueAfter(Words w, int k) {
        boolean number = w.isWord(k) && Character.isDigit(w.text(k).charAt(0));
        if (!w.isCapitalized(k) && !number && !(w.isWord(k) && Lexicon.SUBJECT_PRONOUNS.contains(w.lower(k)))) {
            return false;
        }
        int end = !number ? AttributionParser.npEnd(w, k) : w.is(k + 1, "percent") ? k + 2 : k + 1;
        return end > k && w.isWord(end) && Lexicon.isCue(w.lower(end)) && isFiniteForm(w.lower(end));
    }

    private static boolean opensAttribution(Words w, int k) {
        int end = AttributionParser.npEnd(w, k);
        return end > k && w.isWord(end) && Lexicon.REPORTING_VERBS.contains(w.lower(end));
    }

    /** Whether ", he said," or ", Ruiz added," stands between offsets {@code from} and {@code to}. */
    private static boolean hasSetOffCue(Words w, int from, int to) {
        for (int k = 0; k + 3 < w.size() && w.start(k) < to; k++) {
            // "…, he said, …", "…, Ruiz added, …"; not the title "Murder, She Wrote," (a pronoun in capitals).
            boolean pronoun = Lexicon.PRONOUNS.contains(w.isWord(k + 1) ? w.lower(k + 1) : "");
            if (w.start(k) > from && w.is(k, ",") && w.isWord(k + 1) && (w.isCapitalized(k + 1) != pronoun)
                    && w.isWord(k + 2)
                    && Lexicon.REPORTING_VERBS.contains(w.lower(k + 2)) && w.is(k + 3, ",")) {
                return true;
            }
        }
        return false;
    }

    /** A subject and its cue at token {@code k} that end the sentence ("she said."). */
    private static boolean closesSentence(Words w, int k) {
        int end = AttributionParser.npEnd(w, k);
        if (end <= k || !w.isWord(end) || !Lexicon.REPORTING_VERBS.contains(w.lower(end))) {
            return false;
        }
        int after = end + 1;
        if (w.is(after, "citing") || w.is(after, "quoting")) {
            // "…, APA reports citing Teletrader.": the outlet's own source.
            after++;
            while (w.isCapitalized(after)) {
                after++;
            }
        }
        return after == w.size() || after + 1 == w.size() && w.is(after, ".");
    }

    private static boolean isClosingMark(Words w, int k) {
        return w.is(k, "\u201D") || w.is(k, "\"") || w.is(k, "\u2019") || w.is(k, "'") || w.is(k, ")");
    }

    /**
     * Whether the words between a document and its cue describe it ("of super PACs that have raised …, shows") rather
     * than go on with a verb of its own ("The statement is accurate …", "The ad could start this week, said …").
     */
    private static boolean isDocumentTail(Words w, int from, int to) {
        if (w.isWord(from) && (Lexicon.AUXILIARIES.contains(w.lower(from)) || Lexicon.MODALS.contains(w.lower(from)))) {
            return false;
        }
        for (int k = from; k < to; k++) {
            // "The report, in which the Met Office said …": a relative clause holds a report of its own.
            if (w.is(k, "!") || w.is(k, "?") || !w.isWord(k) && isClosingMark(w, k)
                    || w.isWord(k) && Lexicon.RELATIVE_WORDS.contains(w.lower(k))) {
                return false;
            }
        }
        return true;
    }

    private static boolean isFigure(Words w, int i) {
        return w.isWord(i) && (Character.isDigit(w.text(i).charAt(0)) || w.lower(i).equals("most")
                || w.lower(i).equals("majority"));
    }

    /** Whether a document heads {@code [a, np)}: "the last poll of residents", not "The authors of the report". */
    private static boolean headedByDocument(Words w, int a, int np) {
        for (int k = a; k < np && w.isWord(k) && !Lexicon.PREPOSITIONS.contains(w.lower(k)); k++) {
            if (Lexicon.DOCUMENTS.contains(w.lower(k))) {
                return true;
            }
        }
        return false;
    }

    private static boolean hasDocument(String phrase) {
        for (String word : Lexicon.NON_LETTERS.split(phrase.toLowerCase(java.util.Locale.ROOT))) {
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
