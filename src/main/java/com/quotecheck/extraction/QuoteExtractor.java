package com.quotecheck.extraction;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Finds direct, partial and reported quotes in article text and attributes them to resolved speakers.
 * Deterministic and stateless, so one instance serves all threads; linear in the text's length; never throws.
 */
public final class QuoteExtractor {

    /** A quote this long is a direct quotation even when the writer's sentence runs into it. */
    private static final int LONG_QUOTE_WORDS = 10;
    /** Longest narrative between a quote and a stand-alone quote that goes on with its speaker. */
    private static final int MAX_NARRATIVE_GAP_CHARS = 1_500;
    /** How far back a person brought in for the first time must not have been named: about two screens of copy. */
    private static final int INTRODUCTION_REACH_CHARS = 3_000;
    /** Words before a quote ending in a second verb of the sentence's subject (", but warns"). */
    private static final Pattern SECOND_VERB = Pattern.compile("(?:.*,)?\\s*(?:but|and)\\s+\\p{L}+");
    /** Fewest words of a quote right after its cue that the writer's sentence runs on from and is still direct. */
    private static final int MIN_RUN_ON_QUOTE_WORDS = 4;
    /** Longest upper-case speaker label of a transcript line. */
    private static final int MAX_LABEL_LENGTH = 30;
    /** Longest quote read as a heading when it stands alone in title case. */
    private static final int MAX_HEADING_WORDS = 8;
    /** Most words of a crosshead in quote marks with no stop of its own ("‘Very alarmed’"). */
    private static final int MAX_CROSSHEAD_WORDS = 5;
    /** Longest sign-off line ("Follow Ann Lee on Twitter @annlee."). */
    private static final int MAX_FOLLOW_WORDS = 12;
    /** How far before and after a quote its attribution is looked for. */
    private static final int WINDOW = 300;
    /** Longest attribution read as interrupting a quote ("…,” added Ana Ruiz, a state senator, “…"). */
    private static final int MAX_INTERRUPTION_CHARS = 150;
    /** An attribution sentence after a quote that ended its own sentence is short ("Zhu says."). */
    private static final int MAX_TRAILING_ATTRIBUTION_TOKENS = 14;

    /** How many quoted fragments inside one paragraph are looked past to reach the quote that holds them. */
    private static final int MAX_NESTED_FRAGMENTS = 20;

    /** One finding before speaker resolution. */
    private static final class Candidate {
        final int start;
        final int end;
        QuoteKind kind;
        final QuoteSpan span;
        final int paragraph;
        final boolean opensParagraph;
        Attribution attribution;
        double confidence;
        /** True for a transcript line whose label names its speaker ("PENCE: …"). */
        boolean labelled;
        /** True for a title after its owner's name ("CNN’s “State of the Union”"): shown with no speaker. */
        boolean ownedTitle;
        /** True for wording a naming verb gives its subject ("Trump called her “Miss Piggy”"), in a report or not. */
        boolean named;
        /** True for a quote that goes on with the speaker quoted before it, having no cue of its own. */
        boolean carriedOn;

        Candidate(int start, int end, QuoteKind kind, QuoteSpan span, int paragraph, boolean opensParagraph,
                Attribution attribution, double confidence) {
            this.start = start;
            this.end = end;
            this.kind = kind;
            this.span = span;
            this.paragraph = paragraph;
            this.opensParagraph = opensParagraph;
            this.attribution = attribution;
            this.confidence = confidence;
        }
    }

    /** Words naming what follows as a title ("a report titled “…”"). */
    private static final Set<String> TITLE_CUES = Lexicon.words("titled", "entitled", "headlined", "labeled",
            "labelled", "dubbed");

    public QuoteExtractor() {
        // Stateless: every call builds its own working data.
    }

    /** The quotes of {@code text}, sorted by start; empty for null or empty text. */
    public List<ExtractedQuote> extract(String text) {
        if (text == null || text.isEmpty()) {
            return List.of();
        }
        String reading = LineWraps.unwrapped(text);
        List<ExtractedQuote> quotes = extractFrom(reading);
        if (reading == text) {
            return quotes;
        }
        // Each item's words as the article writes them, line breaks and all.
        List<ExtractedQuote> written = new ArrayList<>(quotes.size());
        for (ExtractedQuote q : quotes) {
            written.add(new ExtractedQuote(text.substring(q.start(), q.end()), q.start(), q.end(), q.kind(),
                    q.speaker(), q.speakerName(), q.speakerDescription(), q.cue(), q.citedOutlet(), q.confidence()));
        }
        return written;
    }

    private static List<ExtractedQuote> extractFrom(String text) {
        Sentences sentences = new Sentences(text);
        List<QuoteSpan> spans = QuoteMarks.find(text);
        List<Candidate> candidates = new ArrayList<>();
        for (int i = 0; i < spans.size(); i++) {
            Candidate c = quoteCandidate(text, sentences, spans, i);
            if (c != null) {
                candidates.add(c);
            }
        }
        List<ReportedSpeech.Report> reports = ReportedSpeech.find(text, sentences, spans);
        attributeInsideReports(text, candidates, reports);
        inheritSpeakers(text, candidates, reports, sentences);
        attributeRunUpToItsCue(text, candidates, sentences);
        int quoteCount = candidates.size();
        int q = 0;
        for (ReportedSpeech.Report r : reports) {
            while (q < quoteCount && candidates.get(q).end < r.start()) {
                q++;
            }
            // "said that “nobody is gonna trash Elizabeth.”": a report that is all one quote is that quote.
            boolean allQuoted = q < quoteCount && candidates.get(q).span.open() == r.start()
                    && candidates.get(q).span.after() == r.end();
            // "called her dad a “man driftin' … home. A child of countless trees.”": a report cut inside the quote it
            // opens is a broken span; the quote carries the words.
            boolean cutInQuote = q < quoteCount && candidates.get(q).span.open() > r.start()
                    && candidates.get(q).span.open() < r.end() && candidates.get(q).end > r.end()
                    && hasLetters(text, r.end(), candidates.get(q).end);
            if (!allQuoted && !cutInQuote) {
                candidates.add(new Candidate(r.start(), r.end(), QuoteKind.INDIRECT, null,
                        sentences.paragraphIndex(r.start()), false, r.attribution(), 0.6));
            }
        }
        return resolve(text, sentences, candidates);
    }

    private static Candidate quoteCandidate(String text, Sentences sentences, List<QuoteSpan> spans, int i) {
        QuoteSpan span = spans.get(i);
        int start = span.start();
        int end = span.end();
        // French spacing inside guillemets ("« une erreur »") is not part of the words.
        while (start < end && Character.isWhitespace(text.charAt(start))) {
            start++;
        }
        while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        int paragraphStart = sentences.paragraphStart(span.open());
        int paragraphEnd = sentences.paragraphEnd(span.open());
        Attribution after = null;
        double confidence = 0.9;
        if (span.close() < 0 && !span.continues()) {
            // An unclosed quote often ends in its attribution sentence: "… oppression. Zhu says."
            int last = sentences.startOf(end - 1);
            if (last > start && end - last < WINDOW) {
                Attribution a = AttributionParser.after(text, last, end);
                if (a != null && sentenceLength(text, last, end) <= MAX_TRAILING_ATTRIBUTION_TOKENS) {
                    after = a;
                    end = last;
                    while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
                        end--;
                    }
                }
            }
            confidence = 0.6;
        }
        if (end <= start || isStageDirection(text, start, end) || isFollowPrompt(text, start, end)) {
            return null;
        }
        int nextOpen = paragraphEnd;
        if (i + 1 < spans.size() && spans.get(i + 1).open() >= span.after()) {
            nextOpen = Math.min(nextOpen, spans.get(i + 1).open());
        }
        boolean endedSentence = endsWithStop(text, start, end);
        boolean afterClean;
        if (after == null && span.close() >= 0) {
            int from = span.after();
            int to = Math.min(Math.min(nextOpen, from + WINDOW), sentences.endOf(from));
            if (to > from) {
                after = AttributionParser.after(text, from, to);
                if (after == null && opensLine(text, span.open())) {
                    after = AttributionParser.nameAfterColon(text, from, to);
                }
                // "“…?” said David Plouffe, the architect of …": a lower-case word after the mark carries the quote's
                // sentence on, so its attribution may be as long as its apposition.
                // "“… alongside of him!” Trump wrote on Saturday after …": after "!" or "?" a name and its cue carry
                // the quote's sentence on, however long.
                // The sentence is measured to its end, past any quote it holds ("Gov. Pat McCrory said it would be
                // “improper” …").
                if (after != null && endedSentence && !continuesLowerCase(text, from, to)
                        && sentenceLength(text, from, sentences.endOf(from)) > MAX_TRAILING_ATTRIBUTION_TOKENS
                        && !("!?".indexOf(lastMark(text, start, end)) >= 0 && cueWithin(text, from, to))) {
                    after = null;
                }
            }
            afterClean = after != null || endedSentence || !hasLetters(text, from, Math.max(from, to))
                    || onlyParticipleBefore(text, from, nextOpen);
        } else {
            afterClean = true;
        }
        int sentenceFrom = Math.max(Math.max(paragraphStart, sentences.startOf(span.open())), span.open() - WINDOW);
        int beforeFrom = sentenceFrom;
        if (i > 0 && spans.get(i - 1).after() <= span.open()) {
            beforeFrom = Math.max(beforeFrom, spans.get(i - 1).after());
        }
        Attribution before = AttributionParser.before(text, beforeFrom, span.open());
        // The words before the quote, read once for the cue and naming checks.
        Words window = new Words(text, beforeFrom, span.open());
        boolean cueRightBefore = AttributionParser.cueRightBefore(window);
        if (before == null && sentenceFrom < beforeFrom && cueRightBefore) {
            // "X did this -- ''…'' -- and later, asserting, ''…''": a participle's speaker is the subject of the
            // whole sentence, which the earlier quote cut off from the window.
            Attribution participle = AttributionParser.before(text, sentenceFrom, span.open());
            // "… is hailing “good news”, but warns “…”": so does a second verb of the sentence's subject.
            boolean secondVerb = SECOND_VERB.matcher(text.substring(beforeFrom, span.open()).strip()).matches();
            if (participle != null && (participle.cue().endsWith("ing") || secondVerb)
                    && participle.position() < beforeFrom) {
                before = participle;
            }
        }
        // A phrase that is all a naming verb gives its subject ("call them “lone wolves”") is that subject's wording.
        Attribution naming = AttributionParser.naming(window);
        if (naming != null) {
            before = naming;
        }
        String beforeText = text.substring(beforeFrom, span.open()).strip();
        boolean opensSentence = !hasLetters(beforeText);
        // "he said that “Yeah of course. I would much rather talk.”": whole sentences after "that" are his own.
        boolean sentencesAfterThat = before != null && beforeText.endsWith(" that") && startsSentence(text, start)
                && holdsSentenceBreak(text, start, end);
        boolean beforeClean = opensSentence || beforeText.endsWith(":") || sentencesAfterThat
                || before != null && (beforeText.endsWith(",") || beforeText.endsWith(before.cue()));
        int words = wordCount(text, start, end);
        boolean resumed = i > 0 && resumesQuote(text, spans.get(i - 1), span);
        // "said “FIFA” has remained …": a name or a word or two the writer's sentence runs on from is quoted wording.
        boolean runOn = !afterClean && words < MIN_RUN_ON_QUOTE_WORDS;
        boolean direct = beforeClean && afterClean || words >= LONG_QUOTE_WORDS || naming != null || resumed
                || cueRightBefore && !runOn
                || words >= 3 && setOffByDashes(text, span, beforeText) && startsSentence(text, start)
                        && !Words.isTitleCase(text, start, end);
        // A short title-case line standing alone is a heading or a title ("‘Legend in the Coal Fields.’"), and so is a
        // shorter one with no stop of its own, a crosshead ("‘Very alarmed’", "‘Huge conspiracy’").
        boolean alone = opensParagraph(text, spans, i, paragraphStart) && !hasLetters(text, span.after(), paragraphEnd);
        boolean unstopped = span.close() >= 0 && !span.continued() && !span.continues() && end > start
                && ".,!?;:\u2026".indexOf(text.charAt(end - 1)) < 0;
        boolean heading = alone && (words <= MAX_HEADING_WORDS && Words.isTitleCase(text, start, end)
                || words <= MAX_CROSSHEAD_WORDS && unstopped);
        // "a page titled “App Store — Principles and Practices.”", "a story headlined “…”": a title, no one's words.
        String lastWordBefore = Lexicon.lower(beforeText.substring(beforeText.lastIndexOf(' ') + 1));
        // "told “Good Morning America.”": the show the words were given to, in title case after its verb.
        boolean toldShow = Lexicon.AUDIENCE_VERBS.contains(lastWordBefore) && words <= MAX_CROSSHEAD_WORDS
                && Words.isTitleCase(text, start, end);
        boolean titled = TITLE_CUES.contains(lastWordBefore) || toldShow;
        QuoteKind kind = direct && !heading && !titled ? QuoteKind.DIRECT : QuoteKind.PARTIAL;
        // "Sen. Ana Ruiz scolded him: “…” she said.": the pronoun after the quote points at the name before it.
        boolean pronounAfter = after != null && Lexicon.PRONOUNS.contains(Lexicon.lower(after.speaker()));
        Attribution attribution = after != null && naming == null && !(pronounAfter && named(before)) ? after : before;
        if (attribution == null && opensParagraph(text, spans, i, paragraphStart)) {
            attribution = introducedAbove(text, sentences, paragraphStart);
        } else if (attribution == null && opensSentence && span.open() > paragraphStart) {
            // "… until Flowers herself took to Twitter. “Hi Donald. …”": the one who posted.
            int stop = sentences.startOf(span.open()) - 1;
            while (stop > paragraphStart && Character.isWhitespace(text.charAt(stop))) {
                stop--;
            }
            if (stop > paragraphStart && text.charAt(stop) == '.') {
                attribution = AttributionParser.poster(text, Math.max(sentences.startOf(stop), stop - WINDOW), stop);
            }
        }
        if (attribution == null && kind == QuoteKind.DIRECT && setOffByDashes(text, span, beforeText)) {
            // "including Mitt Romney -- ''It is disqualifying …'' --": a sentence set off after a name is theirs.
            attribution = AttributionParser.nameBeforeDash(text, beforeFrom, span.open());
        }
        int label = transcriptLabelEnd(text, start, end);
        if (label > 0) {
            // A transcript line ("WALLACE: Let’s start …") names its own speaker; the words start after the label.
            attribution = new Attribution(text.substring(start, label - 1), start, null, ":", null);
            start = label;
            while (start < end && Character.isWhitespace(text.charAt(start))) {
                start++;
            }
            if (start >= end) {
                return null;
            }
        }
        if (attribution == null) {
            confidence = kind == QuoteKind.DIRECT ? 0.3 : 0.5;
        } else if (kind == QuoteKind.PARTIAL) {
            confidence = 0.7;
        }
        Candidate candidate = new Candidate(start, end, kind, span, sentences.paragraphIndex(span.open()),
                opensParagraph(text, spans, i, paragraphStart),
                attribution, confidence);
        candidate.labelled = label > 0;
        candidate.named = naming != null;
        // "told CNN’s “State of the Union”", "Trump’s “The Art of the Deal”": a title its owner did not say; the
        // sentence's later fragments still share its attribution.
        candidate.ownedTitle = kind == QuoteKind.PARTIAL && Words.isTitleCase(text, start, end)
                && endsWithPossessive(beforeText);
        return candidate;
    }

    private static boolean endsWithPossessive(String beforeText) {
        return (beforeText.endsWith("'s") || beforeText.endsWith("’s")) && beforeText.length() > 2;
    }

    /**
     * "“I think it's fair to say,” added Ana Ruiz, a lawyer, “that the votes aren't there.”": the piece after an
     * attribution that interrupts a quote at a comma goes on with the same words, lower case or not.
     */
    private static boolean resumesQuote(String text, QuoteSpan previous, QuoteSpan span) {
        if (previous.close() < 0 || previous.close() > span.open() || previous.end() <= previous.start()
                || text.charAt(previous.end() - 1) != ',' || span.open() - previous.close() > MAX_INTERRUPTION_CHARS) {
            return false;
        }
        int last = span.open() - 1;
        while (last > previous.close() && text.charAt(last) == ' ') {
            last--;
        }
        if (text.charAt(last) != ',' || text.substring(previous.close(), last).indexOf('\n') >= 0) {
            return false;
        }
        return AttributionParser.after(text, previous.close(), span.open()) != null;
    }

    /**
     * A quote with no cue of its own continues the previous speaker: the next piece of an interrupted or
     * multi-paragraph quote, a further sentence in the same paragraph, or a paragraph that opens with a quote
     * right after a quoted paragraph. Within its paragraph the previous speaker may also be one who spoke in
     * reported speech or in an attributed fragment ("Schiff said the talks stalled. “The other factor is …”").
     */
    private static void inheritSpeakers(String text, List<Candidate> candidates, List<ReportedSpeech.Report> reports,
            Sentences sentences) {
        for (int i = candidates.size() - 2; i >= 0; i--) {
            Candidate c = candidates.get(i);
            Candidate next = candidates.get(i + 1);
            // A transcript label names only its own line, not the paragraphs before it.
            // A fragment quoted inside this paragraph ("what she called a “rant,”") is not its continuation.
            if (c.attribution == null && c.span.continues() && next.attribution != null && !next.labelled
                    && next.start >= c.end) {
                // The middle paragraph of a block-quoted excerpt carries on the speaker who opened it.
                Attribution carried = c.span.continued() ? carriedFrom(candidates, i) : null;
                c.attribution = carried != null ? carried : next.attribution;
                c.confidence = 0.75;
            }
        }
        Candidate previous = null;
        // The latest speaker of reported speech or of an attributed fragment, where and in which paragraph it ended.
        Attribution other = null;
        int otherEnd = -1;
        int otherParagraph = -1;
        // The latest attributed quote or fragment: a later fragment in its sentence shares its speaker.
        Candidate fragment = null;
        int r = 0;
        for (Candidate c : candidates) {
            while (r < reports.size() && reports.get(r).end() <= c.start) {
                other = reports.get(r).attribution();
                otherEnd = reports.get(r).end();
                otherParagraph = sentences.paragraphIndex(reports.get(r).start());
                r++;
            }
            if (c.kind != QuoteKind.DIRECT) {
                if (c.attribution == null && c.kind == QuoteKind.PARTIAL && fragment != null && c.start > fragment.end
                        && sentences.startOf(fragment.start) == sentences.startOf(c.start)
                        && !opensClauseWithName(text, fragment.end, c.start)) {
                    // "called her “disgusting” and referred to her “sex tape”": one speaker for a sentence's fragments.
                    c.attribution = fragment.attribution;
                    c.confidence = Math.min(c.confidence, fragment.confidence);
                }
                if (c.attribution != null) {
                    other = c.attribution;
                    otherEnd = c.end;
                    otherParagraph = c.paragraph;
                    fragment = c;
                }
                continue;
            }
            // "Varley said the man had evaded arrest since 2007.¶“Now the interesting thing …”": a quote opening the
            // next paragraph with no cue of its own goes on with the reported speaker, as it would with a quoted one.
            boolean reportJustBefore = otherParagraph == c.paragraph
                    || c.opensParagraph && c.paragraph > otherParagraph && c.paragraph - otherParagraph <= 2;
            int lastWordsBefore = Math.max(otherEnd, previous == null ? -1 : previous.end);
            Attribution introduced = c.attribution == null && c.opensParagraph ? nameHeadingAbove(text, sentences, c)
                    : null;
            if (introduced == null && c.attribution == null && c.opensParagraph && standsAlone(text, sentences, c)) {
                introduced = introducedJustBefore(text, sentences, c, lastWordsBefore);
            }
            if (introduced != null) {
                // "Former India captain Viren Rasquinha praised the defence.¶“Our attacking play was great …”": the
                // person the paragraph before sets up speaks, whoever spoke earlier.
                c.attribution = introduced;
                c.confidence = 0.5;
            } else if (c.attribution == null && other != null && reportJustBefore
                    && (previous == null || otherEnd > previous.end)) {
                c.attribution = other;
                c.confidence = 0.7;
            } else if (c.attribution == null && previous != null && previous.attribution != null) {
                boolean sameParagraph = previous.paragraph == c.paragraph;
                boolean nextParagraph = c.opensParagraph && c.paragraph - previous.paragraph <= 2;
                if (c.span.continued() || sameParagraph || nextParagraph) {
                    c.attribution = previous.attribution;
                    c.confidence = 0.75;
                    c.carriedOn = !c.span.continued();
                } else if (c.opensParagraph && otherEnd < previous.end && previous.kind == QuoteKind.DIRECT
                        && standsAlone(text, sentences, c) && narrativeParagraphsBetween(text, previous.end, c.start) == 1
                        && !bringsInSomeoneElse(text, previous.end, c.start)) {
                    // "“…,” Soucek said with a laugh.¶But the Czech midfielder's goal came after all. …¶“…”": a quote
                    // standing alone after one paragraph of narrative goes on with the person quoted last.
                    c.attribution = previous.attribution;
                    c.confidence = 0.5;
                }
            }
            if (c.attribution == null && !c.opensParagraph && (standsAlone(text, sentences, c)
                    || endsWithStop(text, c.start, c.end) && nextSentenceOpens(text, c.span.after()))) {
                // "Ana Ruiz was open and honest. “It has been really peaceful.”": a quote with no cue after a sentence
                // about a named person goes on with that person.
                int own = sentences.startOf(c.span.open());
                c.attribution = own > 0 && text.substring(own, c.span.open()).isBlank()
                        ? AttributionParser.personSubject(text, sentences.startOf(own - 1), own) : null;
                c.confidence = c.attribution != null ? 0.5 : c.confidence;
            }
            fragment = c.attribution != null ? c : null;
            previous = c;
        }
        answerAsked(candidates);
    }

    /** Cues of an answer ("“…,” replied the superintendent"). */
    private static final Set<String> ANSWER_CUES = Lexicon.words("replied", "responded", "answered", "retorted",
            "countered");

    /**
     * "“…?” asked Mr McDermott.¶“…,” said Supt Fitzgerald.¶“Perhaps it would have been more effective …”¶“…,”
     * replied the superintendent.": a paragraph with no cue before a reply is the question it answers, the asker's.
     */
    private static void answerAsked(List<Candidate> candidates) {
        for (int i = 1; i + 1 < candidates.size(); i++) {
            Candidate c = candidates.get(i);
            Candidate next = candidates.get(i + 1);
            if (!c.carriedOn || !c.opensParagraph || next.kind != QuoteKind.DIRECT || !next.opensParagraph
                    || next.attribution == null || !ANSWER_CUES.contains(Lexicon.lower(next.attribution.cue()))) {
                continue;
            }
            for (int j = i - 1; j >= 0 && j >= i - 3; j--) {
                Attribution asked = candidates.get(j).attribution;
                if (asked != null && asked != c.attribution && Lexicon.lower(asked.cue()).startsWith("ask")) {
                    c.attribution = asked;
                    c.confidence = 0.5;
                    break;
                }
            }
        }
    }

    /**
     * The named subject of the sentence closing the paragraph right before a quote with no cue, when that sentence
     * sets the person up to speak ("Coetzee felt for Mohoje but was pleased with …", "James felt the moment as
     * well."); null when words were quoted or reported after {@code lastWordsBefore} or the verb does not.
     */
    private static Attribution introducedJustBefore(String text, Sentences sentences, Candidate c,
            int lastWordsBefore) {
        int own = sentences.startOf(c.span.open());
        if (own <= 0) {
            return null;
        }
        int lastLetter = own - 1;
        while (lastLetter > 0 && Character.isWhitespace(text.charAt(lastLetter))) {
            lastLetter--;
        }
        int before = sentences.startOf(lastLetter);
        int beforeEnds = sentences.paragraphEnd(before);
        if (before < lastWordsBefore || beforeEnds >= own || !text.substring(beforeEnds, own).isBlank()) {
            return null;
        }
        Attribution subject = AttributionParser.personSubject(text, before, own);
        if (subject == null) {
            return null;
        }
        Words w = new Words(text, subject.position() + subject.speaker().length(), own);
        int v = 0;
        while (v < w.size() && w.isWord(v) && Lexicon.isAdverb(w.lower(v))) {
            v++;
        }
        // "Riveiro was particularly pleased with …": adverbs after the auxiliary too.
        int adjective = v + 1;
        while (adjective < w.size() && w.isWord(adjective) && Lexicon.isAdverb(w.lower(adjective))) {
            adjective++;
        }
        boolean stance = w.isWord(v) && (STANCE_VERBS.contains(w.lower(v))
                || Lexicon.AUXILIARIES.contains(w.lower(v)) && w.isWord(adjective)
                        && STANCE_ADJECTIVES.contains(w.lower(adjective)));
        // "Otautau resident Adam McColl has been a friend of Mr Watene since …¶“…”": a person brought in for the first
        // time, by full name and with a role, to speak next ("LeBron James scored 30 points" says what he did).
        boolean introduced = describedWithRole(subject) && subject.speaker().indexOf(' ') > 0
                && !text.substring(Math.max(0, subject.position() - INTRODUCTION_REACH_CHARS), subject.position())
                        .contains(subject.speaker())
                && w.isWord(v) && !Lexicon.isCue(w.lower(v));
        return stance || introduced ? subject : null;
    }

    /**
     * "Manuel Pellegrini¶“In the first 45 minutes we played well …”": a paragraph that is only a person's name heads
     * the quotes under it, as a round-up of reactions sets them out; null when the paragraph above is anything else.
     */
    private static Attribution nameHeadingAbove(String text, Sentences sentences, Candidate c) {
        int lastLetter = sentences.paragraphStart(c.span.open()) - 1;
        while (lastLetter > 0 && Character.isWhitespace(text.charAt(lastLetter))) {
            lastLetter--;
        }
        if (lastLetter <= 0) {
            return null;
        }
        int from = sentences.paragraphStart(lastLetter);
        if (lastLetter + 1 - from > MAX_NAME_HEADING_CHARS) {
            return null;
        }
        Words w = new Words(text, from, lastLetter + 1);
        for (int k = 0; k < w.size(); k++) {
            if (!w.isCapitalized(k) && !Lexicon.NAME_PARTICLES.contains(w.lower(k))) {
                return null;
            }
        }
        String name = w.size() >= 2 && w.size() <= MAX_NAME_HEADING_WORDS ? Names.personName(w, 0, w.size()) : null;
        return name != null && name.equals(w.span(0, w.size())) && Names.isPerson(name, w)
                ? new Attribution(name, from, null, null, null) : null;
    }

    /** Longest paragraph read as a name heading the quotes under it, and its most words. */
    private static final int MAX_NAME_HEADING_CHARS = 60;
    private static final int MAX_NAME_HEADING_WORDS = 5;

    /** Whether a speaker is written with a role or an apposition ("Otautau resident Adam McColl", "Dr Ana Ruiz"). */
    private static boolean describedWithRole(Attribution a) {
        Words w = new Words(a.speaker(), 0, a.speaker().length());
        for (int k = 0; k < w.size(); k++) {
            if (w.isWord(k) && (!w.isCapitalized(k) || Lexicon.TITLES.contains(w.lower(k)))) {
                return true;
            }
        }
        return a.description() != null;
    }

    /** Verbs of a narrative sentence that set its subject up for the quote that follows. */
    private static final Set<String> STANCE_VERBS = Lexicon.words("felt", "feels", "praised", "praises", "hailed",
            "lauded", "welcomed", "criticised", "criticized", "slammed", "blasted", "thanked", "congratulated",
            "lamented", "recalled", "remembered", "reflected", "spoke", "speaks", "opened", "paid", "expressed",
            "defended", "described", "believes", "believed", "thinks", "thought", "agreed", "disagreed", "backed",
            "weighed", "turned", "credited", "blamed", "questioned", "dismissed", "rejected", "addressed", "shrugged",
            "brushed", "remained", "struck", "sounded");

    /** "was pleased", "is adamant": how the subject feels before the quote says why. */
    private static final Set<String> STANCE_ADJECTIVES = Lexicon.words("pleased", "happy", "delighted", "disappointed",
            "proud", "upset", "frustrated", "adamant", "confident", "blunt", "candid", "honest", "emotional",
            "philosophical", "upbeat", "optimistic", "unhappy", "furious", "angry", "satisfied", "relieved",
            "thrilled", "full", "quick", "keen", "clear", "convinced", "unapologetic", "defiant", "critical");

    /** Whether only spaces stand between the line's start and {@code pos}; reads back no further than they do. */
    private static boolean opensLine(String text, int pos) {
        for (int k = pos - 1; k >= 0 && text.charAt(k) != '\n'; k--) {
            if (!Character.isWhitespace(text.charAt(k))) {
                return false;
            }
        }
        return true;
    }

    /** Whether a clause with a named subject opens in {@code text[from, to)}: "… and as Trump went on about “…”". */
    private static boolean opensClauseWithName(String text, int from, int to) {
        Words w = new Words(text, from, to);
        for (int k = 1; k < w.size(); k++) {
            if (w.isCapitalized(k) && Lexicon.CLAUSE_OPENERS.contains(w.lower(k - 1))) {
                return true;
            }
        }
        return false;
    }

    /** The attribution of the paragraph a continued quote carries on from, looking past fragments quoted inside it. */
    private static Attribution carriedFrom(List<Candidate> candidates, int i) {
        for (int j = i - 1; j >= Math.max(0, i - MAX_NESTED_FRAGMENTS); j--) {
            if (candidates.get(j).span.continues()) {
                return candidates.get(j).attribution;
            }
        }
        return null;
    }

    /**
     * A quoted fragment inside reported speech belongs to the reported speaker ("the Ministry said Qin addressed
     * “…”"), and so does a longer quote there that has no cue of its own ("Obama said Americans believe “that …”").
     */
    private static void attributeInsideReports(String text, List<Candidate> candidates,
            List<ReportedSpeech.Report> reports) {
        int r = 0;
        Candidate previous = null;
        for (Candidate c : candidates) {
            if (previous != null && previous.named && c.attribution == null && c.kind == QuoteKind.PARTIAL
                    && c.start > previous.end && isListJoin(text, previous.span.after(), c.span.open())) {
                // "called her “Miss Piggy” and “Miss Housekeeping”": both names are the caller's.
                c.attribution = previous.attribution;
                c.named = true;
            }
            previous = c;
            // The reported clause may stop before the quote's closing stop ("… to ensure it works.”").
            int lastWord = c.end;
            while (lastWord > c.start && !Character.isLetterOrDigit(text.charAt(lastWord - 1))) {
                lastWord--;
            }
            while (r < reports.size() && reports.get(r).end() < lastWord) {
                r++;
            }
            boolean inside = r < reports.size() && reports.get(r).start() <= c.start;
            // "Guterres said the report revealed “a litany of broken climate promises”": a document's cue inside the
            // reported clause is part of what the reporter said, and so are the quoted words ("Trump said Clinton
            // described it as “the gold standard”" still quotes Clinton).
            boolean cueInside = inside && c.attribution != null && c.attribution.position() >= reports.get(r).start()
                    && c.attribution.position() < c.start
                    && Names.opensWithDocument(text.substring(reports.get(r).start(), c.start));
            boolean open = c.kind == QuoteKind.PARTIAL && !c.named || c.attribution == null || cueInside;
            if (open && inside) {
                c.attribution = reports.get(r).attribution();
                c.confidence = 0.7;
                if (cueInside && wordCount(text, c.start, c.end) < LONG_QUOTE_WORDS
                        && !Character.isUpperCase(text.charAt(c.start))) {
                    c.kind = QuoteKind.PARTIAL;
                }
            }
        }
    }

    /**
     * How many paragraphs with words stand wholly between offsets {@code from} and {@code to}; more than one counts as
     * two, and a gap longer than a few paragraphs is not read.
     */
    private static int narrativeParagraphsBetween(String text, int from, int to) {
        if (to - from > MAX_NARRATIVE_GAP_CHARS) {
            return 2;
        }
        int paragraphs = 0;
        boolean words = false;
        int lineStart = text.indexOf('\n', from);
        for (int i = lineStart < 0 ? to : lineStart; i < to; i++) {
            char ch = text.charAt(i);
            if (ch == '\n') {
                paragraphs += words ? 1 : 0;
                words = false;
            } else if (Character.isLetterOrDigit(ch)) {
                words = true;
            }
        }
        return Math.min(paragraphs, 2);
    }

    /** Whether nothing but the quote stands in its paragraph (no cue the rules missed, like "deplored X"). */
    /**
     * "“We signed a CBA …”¶“The narrative …”¶“…,” stated Sossion.": quote paragraphs with no cue and no speaker, each
     * alone in its paragraph, that run straight into a quote paragraph with a cue are its speaker's.
     */
    private static void attributeRunUpToItsCue(String text, List<Candidate> candidates, Sentences sentences) {
        for (int i = candidates.size() - 2; i >= 0; i--) {
            Candidate c = candidates.get(i);
            Candidate next = candidates.get(i + 1);
            boolean alone = c.attribution == null && c.kind == QuoteKind.DIRECT && c.opensParagraph && !c.labelled
                    && !c.span.continues() && standsAlone(text, sentences, c);
            if (alone && next.kind == QuoteKind.DIRECT && next.attribution != null && next.opensParagraph
                    && next.paragraph - c.paragraph <= 2 && text.substring(c.span.after(), next.span.open()).isBlank()) {
                c.attribution = next.attribution;
                c.confidence = next.confidence / 2;
            }
        }
    }

    /** Whether a new sentence opens after {@code from}: a capital or an opening mark after spaces. */
    private static boolean nextSentenceOpens(String text, int from) {
        int k = from;
        while (k < text.length() && text.charAt(k) == ' ') {
            k++;
        }
        return k > from && k < text.length()
                && (Character.isUpperCase(text.charAt(k)) || Lexicon.OPENING_MARKS.indexOf(text.charAt(k)) >= 0);
    }

    private static boolean standsAlone(String text, Sentences sentences, Candidate c) {
        return !hasLetters(text, c.span.after(), sentences.paragraphEnd(c.start));
    }

    /**
     * Whether the narrative between two quotes names a new person without going on about the last one ("Robert Horry
     * shared Davis' sentiments"), rather than "… he got to the ball the quickest".
     */
    private static boolean bringsInSomeoneElse(String text, int from, int to) {
        Words w = new Words(text, from, to);
        boolean name = false;
        for (int k = 0; k + 1 < w.size(); k++) {
            if (w.isWord(k) && (w.lower(k).equals("he") || w.lower(k).equals("she"))) {
                return false;
            }
            name |= w.isCapitalized(k) && w.isCapitalized(k + 1) && k > 0 && !w.is(k - 1, ".");
        }
        return name;
    }

    /** Only "and", "or" and commas between two quotes: items of one list. */
    private static boolean isListJoin(String text, int from, int to) {
        if (from > to) {
            return false;
        }
        String between = text.substring(from, to).replace(",", " ").strip();
        return between.isEmpty() || between.equals("and") || between.equals("or");
    }

    private static List<ExtractedQuote> resolve(String text, Sentences sentences, List<Candidate> candidates) {
        candidates.sort(Comparator.comparingInt((Candidate c) -> c.start).thenComparingInt(c -> c.end));
        SpeakerResolver resolver = null;
        List<ExtractedQuote> quotes = new ArrayList<>(candidates.size());
        Attribution lastResolved = null;
        String lastName = null;
        for (Candidate c : candidates) {
            Attribution a = c.ownedTitle ? null : c.attribution;
            String name = null;
            String description = a == null ? null : a.description();
            if (a != null) {
                // Inherited attributions are the same object: resolve once, so pronouns keep their first referent.
                if (resolver == null) {
                    resolver = new SpeakerResolver(text, sentences, quotedRanges(candidates));
                }
                name = a == lastResolved ? lastName
                        : resolver.resolve(a.speaker(), a.position(), a.description(), c.start);
                description = resolver.describe(a.speaker(), a.description(), name);
                lastResolved = a;
                lastName = name;
            }
            double confidence = a != null && name == null ? Math.min(c.confidence, 0.4) : c.confidence;
            quotes.add(new ExtractedQuote(text.substring(c.start, c.end), c.start, c.end, c.kind,
                    a == null ? null : a.speaker(), name, description,
                    a == null ? null : a.cue(), a == null ? null : a.outlet(), confidence));
        }
        return quotes;
    }

    /** The stretches of the text the direct quotes cover. */
    private static TextRanges quotedRanges(List<Candidate> sorted) {
        TextRanges.Builder ranges = new TextRanges.Builder();
        for (Candidate c : sorted) {
            if (c.kind != QuoteKind.INDIRECT) {
                ranges.add(c.start, c.end);
            }
        }
        return ranges.build();
    }

    /**
     * A paragraph-long quote introduced by the paragraph above ending in a colon ("The Daily Ledger reported:",
     * "Ruiz made the following comment:") belongs to whoever that sentence names.
     */
    private static Attribution introducedAbove(String text, Sentences sentences, int paragraphStart) {
        int colon = paragraphStart - 1;
        while (colon >= 0 && Character.isWhitespace(text.charAt(colon))) {
            colon--;
        }
        if (colon >= 0 && text.charAt(colon) == '.') {
            // "Flowers herself took to Twitter.¶“Hi Donald. …”": the one who posted.
            return AttributionParser.poster(text, Math.max(sentences.startOf(colon), colon - WINDOW), colon);
        }
        if (colon < 0 || text.charAt(colon) != ':') {
            return null;
        }
        int from = Math.max(Math.max(sentences.startOf(colon), sentences.paragraphStart(colon)), colon - WINDOW);
        return AttributionParser.before(text, from, colon + 1);
    }

    private static boolean named(Attribution a) {
        return a != null && !Lexicon.PRONOUNS.contains(Lexicon.lower(a.speaker()));
    }

    /**
     * A quotation set off between dashes ("the remark -- ''That makes me smart'' -- and") is a parenthetical
     * utterance, not a phrase running into the writer's clause, when it reads as a sentence (capital first letter,
     * not a title-case name).
     */
    private static boolean setOffByDashes(String text, QuoteSpan span, String beforeText) {
        if (span.close() < 0 || !endsWithDash(beforeText)) {
            return false;
        }
        int k = span.after();
        while (k < text.length() && (text.charAt(k) == ' ' || text.charAt(k) == '\u00A0' || text.charAt(k) == ',')) {
            k++;
        }
        return k < text.length() && isDash(text.charAt(k));
    }

    private static boolean endsWithDash(String s) {
        return !s.isEmpty() && isDash(s.charAt(s.length() - 1));
    }

    private static boolean isDash(char c) {
        return c == '-' || c == '\u2013' || c == '\u2014' || c == '\u2015';
    }

    /** "“…,” adding, “…”": only a participle cue between this quote and the next. */
    private static boolean onlyParticipleBefore(String text, int from, int nextOpen) {
        if (nextOpen - from > MAX_PARTICIPLE_LINK_CHARS) {
            return false;
        }
        Words w = new Words(text, from, nextOpen);
        int words = 0;
        boolean cue = false;
        for (int k = 0; k < w.size(); k++) {
            if (w.isWord(k)) {
                words++;
                cue = w.lower(k).endsWith("ing") && Lexicon.isCue(w.lower(k));
            }
        }
        return words == 1 && cue;
    }

    /** A cue among the first words of {@code text[from, to)}: "Trump wrote on Saturday …". */
    private static boolean cueWithin(String text, int from, int to) {
        Words w = new Words(text, from, Math.min(to, from + MAX_CUE_WINDOW_CHARS));
        for (int k = 0; k < w.size() && k < MAX_CUE_POSITION; k++) {
            if (w.isWord(k) && !w.isCapitalized(k) && Lexicon.isCue(w.lower(k))) {
                return true;
            }
        }
        return false;
    }

    /** How many words may stand before the cue of an attribution after a quote ("Sen. Ana Ruiz wrote"). */
    private static final int MAX_CUE_POSITION = 5;
    /** How far after a quote those words are read. */
    private static final int MAX_CUE_WINDOW_CHARS = 60;
    /** Longest link of a participle between two quotes (", adding, "). */
    private static final int MAX_PARTICIPLE_LINK_CHARS = 30;

    /** True when the first letter in {@code text[from, to)} is a lower-case one. */
    private static boolean continuesLowerCase(String text, int from, int to) {
        for (int k = from; k < to; k++) {
            char c = text.charAt(k);
            if (Character.isLetter(c)) {
                return Character.isLowerCase(c);
            }
        }
        return false;
    }

    private static boolean startsSentence(String text, int start) {
        return start < text.length() && Character.isUpperCase(text.charAt(start));
    }

    /** Whether a sentence ends inside {@code text[start, end)} and another begins ("… of course. I would …"). */
    private static boolean holdsSentenceBreak(String text, int start, int end) {
        for (int k = start; k + 2 < end; k++) {
            if (".!?".indexOf(text.charAt(k)) >= 0 && text.charAt(k + 1) == ' ' && Character.isUpperCase(text.charAt(k + 2))) {
                return true;
            }
        }
        return false;
    }

    /** A quoted "(CROSSTALK.)" or "[inaudible]" in a transcript records an event, not words anyone said. */
    private static boolean isStageDirection(String text, int start, int end) {
        int last = end - 1;
        while (last > start && (text.charAt(last) == '.' || Character.isWhitespace(text.charAt(last)))) {
            last--;
        }
        char first = text.charAt(start);
        char close = text.charAt(last);
        if (!(first == '(' && close == ')' || first == '[' && close == ']')) {
            return false;
        }
        for (int k = start + 1; k < last; k++) {
            if (text.charAt(k) == ')' || text.charAt(k) == ']') {
                return false;
            }
        }
        return true;
    }

    /**
     * The writer's sign-off ("Follow Ann Lee on Twitter @annlee.") is not anyone's words, though a block-quoted
     * transcript that runs to the end of the article wraps it in the closing mark.
     */
    private static boolean isFollowPrompt(String text, int start, int end) {
        if (!text.startsWith("Follow ", start) || wordCount(text, start, end) > MAX_FOLLOW_WORDS) {
            return false;
        }
        String line = text.substring(start, end);
        return line.contains("@") || line.contains(" on Twitter") || line.contains(" on Facebook")
                || line.contains(" on Instagram");
    }

    /** Offset after the colon of an upper-case speaker label opening a quote ("PENCE:"), or -1. */
    private static int transcriptLabelEnd(String text, int start, int end) {
        int k = start;
        int letters = 0;
        while (k < end && k - start <= MAX_LABEL_LENGTH) {
            char c = text.charAt(k);
            if (c == ':') {
                return letters >= 2 && k + 1 < end && text.charAt(k + 1) == ' ' ? k + 1 : -1;
            }
            if (Character.isLetter(c)) {
                if (!Character.isUpperCase(c)) {
                    return -1;
                }
                letters++;
            } else if (c != ' ' && c != '.' && c != '-' && c != '\'') {
                return -1;
            }
            k++;
        }
        return -1;
    }

    private static boolean opensParagraph(String text, List<QuoteSpan> spans, int i, int paragraphStart) {
        return (i == 0 || spans.get(i - 1).open() < paragraphStart)
                && !hasLetters(text, paragraphStart, spans.get(i).open());
    }

    private static boolean endsWithStop(String text, int start, int end) {
        return ".!?\u2026".indexOf(lastMark(text, start, end)) >= 0;
    }

    /** The quote's last character before any closing single mark or bracket. */
    private static char lastMark(String text, int start, int end) {
        int k = end - 1;
        while (k > start && "'\u2019)]".indexOf(text.charAt(k)) >= 0) {
            k--;
        }
        return text.charAt(k);
    }

    private static boolean hasLetters(String s) {
        return hasLetters(s, 0, s.length());
    }

    private static boolean hasLetters(String s, int from, int to) {
        for (int i = from; i < to; i++) {
            if (Character.isLetterOrDigit(s.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /** Tokens of {@code text[from, to)} outside parentheses: a party tag ("(D-Newport News)") does not lengthen a sentence. */
    private static int sentenceLength(String text, int from, int to) {
        Words w = new Words(text, from, to);
        int count = 0;
        int depth = 0;
        for (int i = 0; i < w.size(); i++) {
            if (w.is(i, "(")) {
                depth++;
            } else if (w.is(i, ")")) {
                depth = Math.max(0, depth - 1);
            } else if (depth == 0) {
                count++;
            }
        }
        return count;
    }

    private static int wordCount(String text, int start, int end) {
        int count = 0;
        boolean inWord = false;
        for (int i = start; i < end; i++) {
            boolean letter = Character.isLetterOrDigit(text.charAt(i));
            if (letter && !inWord) {
                count++;
            }
            inWord = letter;
        }
        return count;
    }
}
