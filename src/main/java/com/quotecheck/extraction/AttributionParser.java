package com.quotecheck.extraction;

import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads speaker, cue, description and outlet from the words right after or right before a quote. */
final class AttributionParser {

    private static final int MAX_NAME_TOKENS = 8;
    /** Longest source after "according to" ("a Congressional Budget Office estimate released Monday"). */
    static final int MAX_SOURCE_TOKENS = 12;
    private static final int MAX_DESCRIPTION_TOKENS = 40;
    /** Words of time or place allowed between a cue and a quote it introduces ("saying during the debate last week, "). */
    private static final int MAX_CUE_DISTANCE = 6;
    /** Longest parenthetical (a party and state tag) skipped between a name and its cue. */
    private static final int MAX_PARENTHETICAL_TOKENS = 8;
    /** Longest participle phrase between a subject and its cue ("marching through the streets"). */
    private static final int MAX_PARTICIPLE_TOKENS = 6;
    /** Longest object between a naming verb and the quote ("call them", "likened the new rules to"). */
    private static final int MAX_OBJECT_TOKENS = 4;
    /** A conjunction opening the next clause, with its own subject, right after a quote (", while", "; but Ruiz"). */
    private static final Pattern CLAUSE_AFTER_QUOTE =
            Pattern.compile("(?:[,;]\\s*)?(?:(?:while|whereas)\\s+|(?:and|but)\\s+(?=\\p{Lu}))");
    private static final Pattern SPACE_OR_COMMA = Pattern.compile("[ ,]");
    private static final Pattern SPACES_OR_COMMAS = Pattern.compile("[ ,]+");

    /** Prepositions opening a time or place before a sentence's subject, with or without a comma ("Toward the end"). */
    private static final Set<String> PLACE_OR_TIME_OPENERS = Lexicon.words("at", "in", "on", "after", "before",
            "during", "toward", "towards");

    private AttributionParser() {
    }

    /**
     * The person a headline's colon names after the quote that opens it ("‘What happened in America?’: Nitish Kumar,
     * facing questions …", "‘Doesn't mean anything’: NSW boss unfazed …"), or null.
     */
    static Attribution nameAfterColon(String text, int from, int to) {
        Words w = new Words(text, from, to);
        if (!w.is(0, ":") || !w.isCapitalized(1)) {
            return null;
        }
        int end = npEnd(w, 1);
        boolean person = end > 2 && Names.personName(w, 1, end) != null;
        boolean role = end > 1 && !w.isCapitalized(end - 1) && Names.isPersonRole(w.lower(end - 1));
        return person || role ? new Attribution(w.span(1, end), w.start(1), null, ":", null) : null;
    }

    /** An attribution that opens {@code text[from, to)}: ", Hass says", "said Zhu, a professor …", "― Jane Doe". */
    static Attribution after(String text, int from, int to) {
        Words w = new Words(text, from, to);
        int i = 0;
        if (w.is(i, ",")) {
            i++;
        }
        if (isDash(w, i)) {
            int dash = i;
            while (isDash(w, i)) {
                i++;
            }
            int end = npEnd(w, i);
            if (end == i + 1 && Lexicon.OUTLETS.contains(w.lower(i))) {
                // "“…” - AFP": the wire's credit line, not who spoke.
                return null;
            }
            return end > i ? new Attribution(w.span(i, end), w.start(i), null, w.text(dash), null) : null;
        }
        if (!w.isWord(i)) {
            return null;
        }
        String first = w.lower(i);
        if (first.equals("according") && w.is(i + 1, "to")) {
            int end = npEnd(w, i + 2);
            if (end == i + 2) {
                // "“…,” according to police."
                end = accordingSourceEnd(w, i + 2);
            }
            return end > i + 2 ? new Attribution(w.span(i + 2, end), w.start(i + 2), description(w, end),
                    "according to", null) : null;
        }
        for (int k = i + 2; k < w.size() && k < i + MAX_NAME_TOKENS + 8 && !w.is(k, "."); k++) {
            Attribution quotedAs = quotedAsSaying(w, k);
            if (quotedAs != null) {
                // "“…,” the Chinese president was cited as saying.", "“…,” Xinhua quoted Xi as saying."
                return quotedAs;
            }
        }
        // "“…,” shares Rosemarie Mayan.", "“…,” described Fire Chief Jay Melvin.": verbs that are cues only here.
        boolean closing = Lexicon.CLOSING_ONLY_CUES.contains(first) && w.isCapitalized(i + 1);
        if (first.endsWith("ing") && Lexicon.isCue(first) && !closing) {
            // "“…,” saying Republicans were “dismayed …”": the participle opens the speaker's next clause, its
            // subject is no speaker.
            return null;
        }
        if (Lexicon.isCue(first) && !Lexicon.WEAK_CUES.contains(first) && !Lexicon.AUDIENCE_VERBS.contains(first)
                || closing) {
            int s = skipAdverbs(w, i + 1);
            int end = invertedSpeakerEnd(w, s);
            if (end > s) {
                return new Attribution(trimInstitution(w, s, end), w.start(s), description(w, end), w.text(i),
                        outletFrom(w, end));
            }
            return null;
        }
        Attribution a = speakerThenCue(w, i);
        return a != null ? a : nameThenAnyVerb(text, from, w, i);
    }

    /**
     * "“Space travel is difficult,” Moghbeli dispatched to mission control": after a quote closed by its comma, a name
     * and a verb in the past are the speaker and how the words went, whatever the verb; null otherwise.
     */
    private static Attribution nameThenAnyVerb(String text, int from, Words w, int i) {
        int mark = from - 1;
        while (mark > 0 && Lexicon.CLOSING_MARKS.indexOf(text.charAt(mark)) >= 0) {
            mark--;
        }
        if (mark < 0 || text.charAt(mark) != ',' || !w.isCapitalized(i)) {
            return null;
        }
        int end = i;
        while (end < w.size() && end < i + MAX_NAME_TOKENS && w.isCapitalized(end)) {
            end++;
        }
        String verb = w.isWord(end) ? w.lower(end) : "";
        boolean past = verb.length() > 4 && verb.endsWith("ed") && !w.isCapitalized(end);
        boolean named = Names.personName(w, i, end) != null || end == i + 1 && !Lexicon.NOT_NAMES.contains(w.lower(i));
        return past && named ? new Attribution(w.span(i, end), w.start(i), null, w.text(end), null) : null;
    }

    /** End of the speaker after an inverted cue ("said 9/11 widow Terry Strada."): up to a comma or the sentence's end. */
    private static int invertedSpeakerEnd(Words w, int s) {
        // "said All Black coach Steve Hansen": capitalized after the cue, "All" opens a team's or party's name.
        boolean nameOpening = w.is(s, "All") && w.isCapitalized(s + 1);
        if (!w.isWord(s) || Lexicon.PRONOUNS.contains(w.lower(s)) || Lexicon.NOT_NAMES.contains(w.lower(s))
                && !Lexicon.DETERMINERS.contains(w.lower(s)) && !nameOpening) {
            return s;
        }
        int end = s;
        boolean named = false;
        // "said Health Minister Ong Ye Kung and Transport Minister Chee Hong Tat": each person's name may be long.
        int person = s;
        // "said Minister of State for AAYUSH (Independent Charge) Sripad Naik": words in brackets are not counted.
        int bracketed = 0;
        boolean inBrackets = false;
        while (end < w.size() && end - person - bracketed < MAX_NAME_TOKENS + 2 && (w.isWord(end) || w.is(end, "(")
                || w.is(end, ")") || w.is(end, ".") && w.is(end + 1, ")"))) {
            inBrackets = w.is(end, "(") || inBrackets && !w.is(end - 1, ")");
            bracketed += inBrackets ? 1 : 0;
            String word = w.lower(end);
            person = word.equals("and") ? end + 1 : person;
            // "said US Ambassador to the Philippines MaryKay Carlson": the country an envoy is sent to.
            boolean sentTo = end > s && pastEnvoyTo(w, end) > end;
            if (w.isWord(end) && Lexicon.CLAUSE_WORDS.contains(word) && !word.equals("and") && !sentTo) {
                break;
            }
            if (end > s && (word.equals("on") || word.equals("in") || word.equals("to"))
                    && (outletAt(w, end) != null || w.is(end - 1, ")"))) {
                // "said Sen. Doug Jones on CNN's State of the Union", "said Sen. Ruiz (R-S.C.) on Face the Nation":
                // the outlet or show follows the speaker.
                break;
            }
            boolean affiliation = w.isWord(end + 1) && Lexicon.DETERMINERS.contains(w.lower(end + 1))
                    && w.isCapitalized(end + 2);
            // "commented the CEO on Sumitomo’s first investment": an owner after the preposition is the topic.
            boolean owner = w.isWord(end + 1) && !Names.stripPossessive(w.text(end + 1)).equals(w.text(end + 1));
            if (named && (word.equals("in") || word.equals("on") || word.equals("at") || word.equals("via")
                    || Lexicon.TIME_PREPOSITIONS.contains(word)) && w.isWord(end + 1) && !affiliation
                    && (!w.isCapitalized(end + 1) || owner || Lexicon.TIME_WORDS.contains(w.lower(end + 1)))) {
                // "said Bisciotti in a statement", "said Ruiz on Tuesday night": how or when, after the speaker;
                // "said Dana Whitfield at the Cato Institute" is where she works.
                break;
            }
            named |= w.isCapitalized(end) || Lexicon.SPEAKER_NOUNS.contains(word);
            end++;
        }
        // "“…,” quipped the singer.": a short determined phrase after the cue is its speaker, whatever the noun.
        boolean determined = Lexicon.DETERMINERS.contains(w.lower(s)) && end - s <= MAX_ROLE_TOKENS
                && (end >= w.size() || !w.isWord(end));
        return named || determined ? end : s;
    }

    /**
     * SPEAKER [, apposition,] CUE at token {@code i}: whatever stands between the quote and a nearby cue verb is the
     * speaker ("Tulsa police Chief Chuck Jordan said", "Li Haidong, a professor at …, said").
     */
    private static Attribution speakerThenCue(Words w, int i) {
        int limit = Math.min(w.size(), i + MAX_DESCRIPTION_TOKENS);
        int firstComma = -1;
        for (int k = i; k < limit; k++) {
            // A description may be set off by commas or by dashes ("Jane Roe -- a former aide -- said").
            if (w.is(k, ",") || isDash(w, k)) {
                if (firstComma < 0) {
                    firstComma = k;
                }
                continue;
            }
            if (w.is(k, ".") && k + 1 < w.size() && !w.isCapitalized(k + 1)) {
                // A stray stop before a lowercase verb stands for the comma ("… for Asia. said").
                continue;
            }
            // "an analyst at Cowen & Co.": an ampersand joins a firm's name.
            if (!w.isWord(k) && !w.is(k, "(") && !w.is(k, ")") && !w.is(k, "-") && !w.is(k, "\"") && !w.is(k, "&")) {
                return null;
            }
            String word = w.lower(k);
            // "“…,” Chan and Casert report.": a verb of saying the nouns share ends the sentence after a name.
            // "…,” Mary Baker states.", "…,” the filing states.", "…,” the report notes.": the verb ends the sentence.
            boolean endingVerb = k > i && (Lexicon.SPEECH_NOUN_VERBS.contains(word)
                    || Lexicon.CLOSING_ONLY_CUES.contains(word))
                    && (k + 1 >= w.size() || w.is(k + 1, ".") || Lexicon.CLOSING_ONLY_CUES.contains(word)
                            && shortPhraseToEnd(w, k + 1))
                    && (w.isCapitalized(k - 1) || w.isWord(k - 1) && (Lexicon.PRONOUNS.contains(w.lower(k - 1))
                            || Lexicon.DOCUMENTS.contains(w.lower(k - 1))));
            boolean closingOnly = Lexicon.CLOSING_ONLY_CUES.contains(word) && endingVerb && !w.isCapitalized(k);
            if (k > i && (isCueAt(w, k) && (!Lexicon.WEAK_CUES.contains(word) || endingVerb) || closingOnly)
                    || k > i && !w.isCapitalized(k)
                            && (word.equals("read") || word.equals("reads") || word.equals("put"))) {
                if (firstComma == k - 1 && firstComma > i && !w.isCapitalized(i)) {
                    // "“…” including a state minister, said Mohamed Ali, a police commander.": the words after the
                    // quote go on with it, and the cue is inverted.
                    int s = skipAdverbs(w, k + 1);
                    int end = invertedSpeakerEnd(w, s);
                    return end > s ? new Attribution(trimInstitution(w, s, end), w.start(s), description(w, end),
                            cueText(w, k), outletAt(w, end)) : null;
                }
                int speakerEnd = firstComma > 0 ? firstComma : k;
                // "Sanders has long said", "Ruiz would later say": adverbs, perfect auxiliaries and modals before it.
                while (speakerEnd > i + 1 && w.isWord(speakerEnd - 1) && !w.isCapitalized(speakerEnd - 1)
                        && (Lexicon.isAdverb(w.lower(speakerEnd - 1)) || isAuxiliaryOfCue(w.lower(speakerEnd - 1)))) {
                    speakerEnd--;
                }
                // "“…,” paleoanthropologist Brian Richmond at the American Museum of Natural History told …": where
                // the speaker works may be long.
                int affiliated = firstComma < 0 ? affiliationStart(w, i, speakerEnd) : -1;
                int nameEnd = affiliated > 0 ? affiliated : speakerEnd;
                if (nameEnd - i > MAX_NAME_TOKENS + 2 || !plausibleSpeakerStart(w, i)) {
                    return null;
                }
                String description = firstComma > 0 ? trimDescription(w.span(firstComma + 1, k)) : null;
                if (affiliated > 0) {
                    // "“…,” Salama with WHO said.": the person speaks; where they work describes them.
                    return new Attribution(w.span(i, affiliated), w.start(i), w.span(affiliated, speakerEnd),
                            cueText(w, k), outlet(w, k));
                }
                return new Attribution(w.span(i, speakerEnd), w.start(i), description, cueText(w, k), outlet(w, k));
            }
            if (Lexicon.CLAUSE_WORDS.contains(word) && firstComma < 0 && !word.equals("and")
                    && !(isAuxiliaryOfCue(word) && k + 1 < limit && (isCueAt(w, k + 1) || w.isWord(k + 1)
                            && Lexicon.isAdverb(w.lower(k + 1)) && isCueAt(w, k + 2)))) {
                return null;
            }
        }
        return null;
    }

    /** The preposition after a name in {@code [from, to)} opening where they work ("Salama with WHO"), or -1. */
    private static int affiliationStart(Words w, int from, int to) {
        for (int k = from + 1; k + 1 < to; k++) {
            if (w.isWord(k) && !w.isCapitalized(k) && Lexicon.AFFILIATION_PREPOSITIONS.contains(w.lower(k))) {
                int body = w.is(k + 1, "the") ? k + 2 : k + 1;
                return body < to && w.isCapitalized(body) && nameBeforeAffiliation(w, k + 1) == k ? k : -1;
            }
        }
        return -1;
    }

    /** Most words of the phrase after a closing cue ("described for the students."). */
    private static final int MAX_CLOSING_PHRASE_TOKENS = 6;

    /** Whether a preposition's short phrase at {@code k} runs to the sentence's end ("… for the students."). */
    private static boolean shortPhraseToEnd(Words w, int k) {
        if (!w.isWord(k) || !Lexicon.PREPOSITIONS.contains(w.lower(k))) {
            return false;
        }
        int j = k;
        while (j < w.size() && j < k + MAX_CLOSING_PHRASE_TOKENS && w.isWord(j)) {
            j++;
        }
        return j >= w.size() || w.is(j, ".");
    }

    private static boolean isAuxiliaryOfCue(String lower) {
        return Lexicon.PERFECT_AUXILIARIES.contains(lower) || Lexicon.MODALS.contains(lower);
    }

    private static boolean plausibleSpeakerStart(Words w, int i) {
        String first = w.lower(i);
        if (w.isCapitalized(i) && Lexicon.PREPOSITIONS.contains(first)) {
            // "“… I'd still say no.” At the time he said Stapp …": a new sentence opening with when or where.
            return false;
        }
        if (!w.isCapitalized(i) && first.endsWith("ed") && w.isWord(i + 1) && (Lexicon.PREPOSITIONS.contains(
                w.lower(i + 1)) || Lexicon.TIME_WORDS.contains(w.lower(i + 1)))) {
            // "in “Murder, She Wrote,” died on Tuesday, her family announced": the sentence's verb goes on.
            return false;
        }
        return w.isCapitalized(i) || Lexicon.PRONOUNS.contains(first) || Lexicon.DETERMINERS.contains(first)
                || Character.isDigit(first.charAt(0)) || w.isWord(i) && !Lexicon.NOT_NAMES.contains(first);
    }

    /** Marks opening a bulleted line. */
    private static final String BULLETS = "-\u2022*\u2013\u2014";

    /** An attribution that ends right before a quote opening at {@code to}: "Trump said, ", "said the Department". */
    static Attribution before(String text, int from, int to) {
        // A sentence inside a block-quoted paragraph starts after the paragraph's opening mark; a bulleted one after
        // its bullet ("- He called Downing Street to say …").
        while (from < to && (Character.isWhitespace(text.charAt(from))
                || Lexicon.OPENING_MARKS.indexOf(text.charAt(from)) >= 0 || BULLETS.indexOf(text.charAt(from)) >= 0)) {
            from++;
        }
        Matcher joined = CLAUSE_AFTER_QUOTE.matcher(text).region(from, to);
        if (joined.lookingAt()) {
            // "“…,” while patrol spokesman Mark Francis tweeted “…”": a new clause after the quote before.
            from = joined.end();
        }
        Words w = new Words(text, from, to);
        Attribution a = speakerBefore(w);
        if (a == null) {
            a = ownAnswer(w);
        }
        if (a == null || a.outlet() != null) {
            return a;
        }
        // "Writing in the Telegraph today, Keir Starmer said: “…”": the outlet named before the speaker.
        int speaker = 0;
        while (speaker < w.size() && w.start(speaker) < a.position()) {
            speaker++;
        }
        String outlet = interviewOutlet(w, 0, speaker);
        return outlet == null ? a : new Attribution(a.speaker(), a.position(), a.description(), a.cue(), outlet);
    }

    /** Verbs of saying in an infinitive of purpose ("called Downing Street to say …"), not of thinking. */
    private static final Set<String> PURPOSE_CUES = Lexicon.words("say", "add", "announce", "stress", "warn",
            "insist", "explain", "declare", "express", "thank", "offer");

    private static Attribution speakerBefore(Words w) {
        int last = w.size() - 1;
        boolean colon = false;
        while (last >= 0 && (w.is(last, ",") || w.is(last, ":") || isDash(w, last))) {
            colon |= w.is(last, ":");
            last--;
        }
        if (last < 0) {
            return null;
        }
        int cue = -1;
        for (int k = last; k >= Math.max(0, last - 6); k--) {
            String word = w.lower(k);
            boolean isCue = word.equals("according") ? w.is(k + 1, "to") : isCueAt(w, k) || invertedOpening(w, k);
            if (w.isWord(k) && isCue) {
                cue = k;
                break;
            }
            if (w.is(k, ".") || w.is(k, ";")) {
                break;
            }
        }
        if (cue >= 0) {
            Attribution quotedFirst = quotedAsSaying(w, cue);
            if (quotedFirst != null) {
                // "The statement reported him as telling them: “…”": the one quoted, not the document.
                return quotedFirst;
            }
            Attribution with = w.lower(cue).endsWith("ing") ? withSubject(w, cue) : null;
            if (with != null) {
                return with;
            }
            if (w.lower(cue).endsWith("ing") && w.is(cue - 1, ",") && w.isWord(cue - 2) && !w.isCapitalized(cue - 2)) {
                // "The ministry said it helped with the release, adding: “…”": the sentence's subject adds it, not
                // the noun before the comma.
                Attribution subject = sentenceSubject(w, cue);
                if (subject != null) {
                    return subject;
                }
            }
            int prompted = w.is(cue - 1, "to") ? npStart(w, cue - 1) : cue;
            if (prompted < cue - 1 && w.isWord(prompted - 1) && Lexicon.CAUSATIVE_VERBS.contains(w.lower(prompted - 1))) {
                // "Clinton said, prompting Trump to ask, “…”": the one prompted speaks.
                return new Attribution(w.span(prompted, cue - 1), w.start(prompted), null, cueText(w, cue), null);
            }
            if (w.is(cue - 1, "to") && w.isWord(cue - 2) && (Lexicon.TURN_TAKING_WORDS.contains(w.lower(cue - 2))
                    || PURPOSE_CUES.contains(w.lower(cue)) && !Lexicon.isRole(w.lower(cue - 2))
                            && !Names.isGroupNoun(w, cue - 2))) {
                // "Trump cut in to say “wrong.”", "Clinton went on to say, “…”", "He called Downing Street to say
                // the ‘strong friendship’ …": the clause's subject speaks.
                Attribution subject = sentenceSubject(w, cue);
                if (subject != null) {
                    return subject;
                }
            }
            Attribution subject = subjectBefore(w, cue);
            if (subject != null) {
                return subject;
            }
            if (w.is(cue - 1, "but") || w.is(cue - 1, "and")) {
                // "The head of emergencies at the WHO is hailing “good news”, but warns “…”": the sentence's subject
                // goes on.
                Attribution second = sentenceSubject(w, cue);
                if (second != null) {
                    return second;
                }
            }
            if (w.lower(cue).endsWith("ing") && !w.lower(cue).equals("according")) {
                Attribution said = w.is(cue - 1, ",") && isCueAt(w, cue - 2) ? subjectBefore(w, cue - 2) : null;
                if (said != null) {
                    // "…, he said, adding, “…”": whoever said the words before goes on.
                    return new Attribution(said.speaker(), said.position(), said.description(), cueText(w, cue), null);
                }
                // "Trump attacked Clinton …, saying, “…”": the participle's speaker is the sentence's subject.
                int s = skipIntroducer(w, 0, cue);
                int end = npEnd(w, s);
                for (int k = s + 1; k < end; k++) {
                    // "Gov. Brian Kemp's office sent a statement, saying:", "The Mayor disagreed by saying,": the
                    // phrase ran on into its verb.
                    boolean pastAfterName = w.isCapitalized(k - 1) && w.lower(k).endsWith("ed") && k - 1 > s;
                    if (!w.isCapitalized(k) && (Lexicon.ISSUING_VERBS.contains(w.lower(k)) || pastAfterName)) {
                        end = k;
                    }
                }
                return end > s ? new Attribution(w.span(s, end), w.start(s), null, cueText(w, cue), null)
                        : null;
            }
            int s = skipAdverbs(w, cue + 1);
            // "According to McClatchy:", "As reported by McClatchy:", "as noted by the court:".
            if (w.lower(cue).equals("according") && w.is(cue + 1, "to")
                    || w.lower(cue).endsWith("ed") && w.is(cue + 1, "by")) {
                s = cue + 2;
            }
            int end = npEnd(w, s);
            if (end > s && !Lexicon.AUDIENCE_VERBS.contains(w.lower(cue)) && !Lexicon.PRONOUNS.contains(w.lower(s))) {
                return new Attribution(trimInstitution(w, s, end), w.start(s), null, cueText(w, cue), null);
            }
            int label = 0;
            while (w.isCapitalized(label)) {
                label++;
            }
            if (!colon || label == 0 || !(w.is(label, "on") || w.is(label, "about"))) {
                return null;
            }
            // "Trump on his willingness to testify: “…”": no cue after all, a label before the colon.
        }
        if (colon) {
            Attribution author = utteranceAuthor(w, last);
            if (author != null) {
                return author;
            }
            String owner = last >= 1 && Lexicon.UTTERANCE_NOUNS.contains(w.lower(last))
                    ? Lexicon.OWNER_PRONOUNS.get(w.lower(last - 1)) : null;
            if (owner != null) {
                // "Scholz was asked if he wanted to comment. His answer: “Nope.”": the owner's words.
                return new Attribution(owner, w.start(last - 1), null, w.span(last - 1, last + 1), null);
            }
            int s = skipIntroducer(w, 0, last + 1);
            if (w.is(s, "per") && npEnd(w, s + 1) == last + 1) {
                // "Per HBO: “…”": the source is the speaker.
                return new Attribution(w.span(s + 1, last + 1), w.start(s + 1), null, w.text(s), null);
            }
            int end = npEnd(w, s);
            if (end > s && end <= last + 1) {
                int cueFrom = end;
                String description = null;
                if (w.is(end, ",")) {
                    // "Micah Richards, now a pundit, was blunt:": the apposition describes him, the rest is the cue.
                    int close = end + 1;
                    while (close < last && !w.is(close, ",")) {
                        close++;
                    }
                    if (close < last) {
                        description = descriptionOrNull(w, end + 1, close);
                        cueFrom = close + 1;
                    }
                }
                String cueText = cueFrom <= last ? w.span(cueFrom, last + 1) : ":";
                return new Attribution(w.span(s, end), w.start(s), description, cueText, null);
            }
        }
        return null;
    }

    /**
     * The subject of a sentence {@code text[from, to)} that tells of posting on a platform ("Flowers herself took to
     * Twitter", "Ruiz posted on Facebook"), or null.
     */
    static Attribution poster(String text, int from, int to) {
        Words w = new Words(text, from, to);
        int platform = w.size() - 1;
        if (platform < 3 || !w.isCapitalized(platform) || !Lexicon.PLATFORMS.contains(w.lower(platform))) {
            return null;
        }
        int v = platform - 2;
        boolean tookTo = w.is(v, "took") && w.is(v + 1, "to");
        boolean postedOn = (w.is(v, "posted") || w.is(v, "wrote")) && w.is(v + 1, "on");
        if (!tookTo && !postedOn) {
            return null;
        }
        int end = v;
        while (end > 0 && (w.is(end - 1, "herself") || w.is(end - 1, "himself") || w.is(end - 1, "themselves")
                || w.isWord(end - 1) && !w.isCapitalized(end - 1) && Lexicon.isAdverb(w.lower(end - 1)))) {
            end--;
        }
        int s = npStart(w, end);
        return s < end ? new Attribution(w.span(s, end), w.start(s), null, w.span(v, platform + 1), null) : null;
    }

    /**
     * "Hamas signalled defiance, with its leader, Ismail Haniyeh, saying:": the phrase after "with" is the participle's
     * subject; null when no "with" opens one right before the participle at {@code cue}.
     */
    private static Attribution withSubject(Words w, int cue) {
        for (int k = cue - 1; k >= 0 && cue - k <= MAX_NAME_TOKENS + 4; k--) {
            if (w.is(k, "with") && (k == 0 || w.is(k - 1, ",") || isDash(w, k - 1) || w.is(k - 1, "and"))) {
                // "…, with X saying": not "helped with the release, adding", where the release is no speaker.
                int end = w.is(cue - 1, ",") ? cue - 1 : cue;
                int first = w.isWord(k + 1) && Lexicon.POSSESSIVE_DETERMINERS.contains(w.lower(k + 1)) ? k + 1 : -1;
                if (end <= k + 1) {
                    return null;
                }
                // "its leader, Ismail Haniyeh": the name set off after the role speaks, the role describes.
                int comma = k + 1;
                while (comma < end && !w.is(comma, ",")) {
                    comma++;
                }
                if (first > 0 && comma < end) {
                    return new Attribution(w.span(comma + 1, end), w.start(comma + 1), w.span(k + 2, comma),
                            cueText(w, cue), null);
                }
                return new Attribution(w.span(k + 1, end), w.start(k + 1), null, cueText(w, cue), null);
            }
            if (!w.isWord(k) && !w.is(k, ",") && !w.is(k, ".")) {
                return null;
            }
        }
        return null;
    }

    /**
     * "Xinhua quoted Xi Jinping as saying", "Xi was quoted by Xinhua as saying": the person quoted speaks, the one
     * quoting is the cited outlet; null for any other cue at token {@code cue}.
     */
    static Attribution quotedAsSaying(Words w, int cue) {
        if (!w.is(cue - 1, "as") || !(w.lower(cue).equals("saying") || w.lower(cue).equals("telling"))) {
            return null;
        }
        int quoted = cue - 2;
        // "cited military sources as saying", "the statement reported him as telling" read as "quoted".
        while (quoted >= 0 && cue - quoted <= MAX_NAME_TOKENS + 4 && !w.is(quoted, "quoted") && !w.is(quoted, "cited")
                && !w.is(quoted, "reported")) {
            quoted--;
        }
        if (quoted < 0) {
            return null;
        }
        if (quoted + 1 < cue - 1 && !w.is(quoted + 1, "by")) {
            // Active: OUTLET quoted SPEAKER as saying; "reported him as telling": the pronoun as a speaker's.
            int s = quoted + 1;
            String pronoun = Lexicon.OBJECT_PRONOUNS.get(w.lower(s));
            int end = pronoun != null ? s + 1 : npEnd(w, s);
            if (end != cue - 1) {
                return null;
            }
            int outletStart = npStart(w, quoted);
            String outlet = outletStart < quoted ? lastNameRun(w, outletStart, quoted) : null;
            if (outlet != null && Lexicon.PRONOUNS.contains(Lexicon.lower(outlet))) {
                // "He quoted Obama as saying …": a person passing the words on, no outlet.
                outlet = null;
            }
            return new Attribution(pronoun != null ? pronoun : w.span(s, end), w.start(s), null,
                    w.lower(quoted) + " as " + w.lower(cue), outlet);
        }
        // Passive: SPEAKER was quoted [by OUTLET] as saying.
        int verb = quoted - 1;
        if (verb < 1 || !w.isWord(verb) || !Lexicon.AUXILIARIES.contains(w.lower(verb))) {
            return null;
        }
        int s = npStart(w, verb);
        if (s >= verb) {
            return null;
        }
        String outlet = w.is(quoted + 1, "by") ? lastNameRun(w, quoted + 2, cue - 1) : null;
        return new Attribution(w.span(s, verb), w.start(s), null, w.lower(quoted) + " as " + w.lower(cue), outlet);
    }

    /** The last capitalized run in tokens {@code [from, to)} ("State broadcaster CCTV" → "CCTV"), or null. */
    private static String lastNameRun(Words w, int from, int to) {
        int end = to;
        while (end > from && !w.isCapitalized(end - 1)) {
            end--;
        }
        int start = end;
        while (start > from && w.isCapitalized(start - 1) && !Lexicon.DETERMINERS.contains(w.lower(start - 1))) {
            start--;
        }
        return start < end ? w.span(start, end) : null;
    }

    /**
     * The subject of a verb of naming, likening or writing whose whole complement is the quote that the words
     * {@code w} run up to: "Obama and Clinton call them “lone wolves”", "Tribe likened the rules to “burning the
     * Constitution”", "Trump has used the phrase “…”", "a doctor had typed “…”". Null when part of the complement
     * stays outside the marks ("called him a “liar”", "what they call Trump's “…”"), for a passive with no agent ("it
     * was labeled “…”", "compared to “…”", "a box labeled “…”") and when the subject names no one.
     */
    static Attribution naming(Words w) {
        int last = w.size() - 1;
        if (!w.isWord(last)) {
            return null;
        }
        String word = w.lower(last);
        if ((word.equals("a") || word.equals("an")) && w.is(last - 1, "as")) {
            // "described the dinner as a “good, constructive conversation.”"
            last--;
            word = "as";
        }
        int verb;
        if (word.equals("to") || word.equals("as")) {
            verb = verbBefore(w, last, word.equals("to") ? Lexicon.LIKENING_VERBS : Lexicon.DESCRIBING_VERBS);
            // "likened the rules to": the active voice names what is likened; "compared to" alone is a passive.
            if (word.equals("to") && verb == last - 1) {
                verb = -1;
            }
        } else if (Lexicon.PHRASE_NOUNS.contains(word) && w.is(last - 1, "the")) {
            verb = w.isWord(last - 2) && Lexicon.PHRASE_VERBS.contains(w.lower(last - 2)) ? last - 2 : -1;
        } else if (Lexicon.DETERMINERS.contains(word) && !objectPronoun(w, last) || isPossessive(w, last)
                || SELF_NAMES.contains(word)) {
            // "fans, who call themselves “Beliebers,”": the name they go by, no one's words.
            return null;
        } else {
            verb = verbBefore(w, last + 1, Lexicon.NAMING_VERBS);
        }
        if (verb < 0 || w.isCapitalized(verb)) {
            return null;
        }
        Attribution subject = subjectBefore(w, verb);
        if (subject == null || !namesSomeone(subject)) {
            return null;
        }
        boolean objectBetween = verb < last - (word.equals("to") || word.equals("as") ? 1 : 0);
        // Without an object, "the Ohio native nicknamed “…”" is a passive participle; the active verb has its object
        // fronted: "what lawmakers called “…”", "an explosion that the mayor described as “…”".
        return objectBetween || !w.lower(verb).endsWith("ed") || frontedObject(w, subject.position()) ? subject : null;
    }

    private static final Set<String> SELF_NAMES = Lexicon.words("themselves", "himself", "herself", "itself",
            "ourselves", "myself");

    /** "her" right after a naming verb is its object ("calls her “…”"), not a possessive. */
    private static boolean objectPronoun(Words w, int k) {
        return w.lower(k).equals("her") && w.isWord(k - 1) && Lexicon.NAMING_VERBS.contains(w.lower(k - 1));
    }

    /** True when the token before the subject starting at offset {@code position} fronts the verb's object. */
    private static boolean frontedObject(Words w, int position) {
        for (int k = 1; k < w.size(); k++) {
            if (w.start(k) == position) {
                String before = w.lower(k - 1);
                return before.equals("what") || before.equals("which") || before.equals("that");
            }
        }
        return false;
    }

    /**
     * Index of a verb from {@code verbs} before token {@code end} with at most a short object between them, or -1;
     * a word after a determiner is a noun ("the label", "a call").
     */
    private static int verbBefore(Words w, int end, Set<String> verbs) {
        for (int k = end - 1; k >= 0 && end - k <= MAX_OBJECT_TOKENS + 1 && w.isWord(k); k--) {
            String word = w.lower(k);
            if (verbs.contains(word)) {
                boolean noun = w.isWord(k - 1)
                        && (Lexicon.DETERMINERS.contains(w.lower(k - 1)) || isPossessive(w, k - 1));
                return noun ? -1 : k;
            }
            if (Lexicon.CLAUSE_WORDS.contains(word) || Lexicon.PREPOSITIONS.contains(word) || Lexicon.isCue(word)) {
                return -1;
            }
        }
        return -1;
    }

    /** A speaker phrase that can name someone: a name, a person pronoun, or a role, group or institution noun. */
    private static boolean namesSomeone(Attribution a) {
        if (a.description() != null) {
            return true;
        }
        Words s = new Words(a.speaker(), 0, a.speaker().length());
        for (int k = 0; k < s.size(); k++) {
            String word = s.lower(k);
            if (s.isCapitalized(k) && !Lexicon.NOT_NAMES.contains(word) || Lexicon.PERSON_PRONOUNS.contains(word)
                    || word.equals("they") || Lexicon.SPEAKER_NOUNS.contains(word)
                    || Lexicon.INSTITUTIONS.contains(word)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The author named in a colon sentence that introduces words by what they are: "how the website rated this
     * statement by Trump on June 11:", "a tweet from the governor:". Null when no such phrase names anyone.
     */
    private static Attribution utteranceAuthor(Words w, int last) {
        for (int k = 0; k + 2 <= last; k++) {
            if (!w.isWord(k) || !Lexicon.UTTERANCE_NOUNS.contains(w.lower(k))) {
                continue;
            }
            // "the statement from the CDC:", "the full statement released Friday from the CDC:".
            int by = k + 1;
            while (by < k + MAX_UTTERANCE_GAP && w.isWord(by) && !w.is(by, "by") && !w.is(by, "from")) {
                by++;
            }
            if (w.is(by, "by") || w.is(by, "from")) {
                int end = npEnd(w, by + 1);
                if (end > by + 1 && end <= last + 1) {
                    return new Attribution(w.span(by + 1, end), w.start(by + 1), null, w.span(k, by + 1), null);
                }
            }
        }
        return null;
    }

    /** How many words may stand between a statement and its "by" or "from" ("statement released Friday from"). */
    private static final int MAX_UTTERANCE_GAP = 4;

    /** True when a cue verb (and at most a few words of time or manner) ends {@code w}, right before a quote. */
    static boolean cueRightBefore(Words w) {
        int last = w.size() - 1;
        while (last >= 0 && (w.is(last, ",") || w.is(last, ":"))) {
            last--;
        }
        boolean punctuated = w.is(w.size() - 1, ",") || w.is(w.size() - 1, ":");
        for (int k = last; k >= 0 && k >= last - (punctuated ? MAX_CUE_DISTANCE : 0); k--) {
            if (!w.isWord(k)) {
                return false;
            }
            String word = w.lower(k);
            if (isCueAt(w, k) && !Lexicon.WEAK_CUES.contains(word)) {
                // What follows "told MSNBC's" is the show, not the words.
                return k == last || !Lexicon.AUDIENCE_VERBS.contains(word);
            }
        }
        return false;
    }

    /**
     * The subject of the sentence {@code text[from, to)} going on to its verb, when it names or points at a person
     * ("When asked, Ana Ruiz was open and honest.", "the minister was not finished.", "She was blunt."), as a speaker
     * with no cue; null when the subject is anything else or the sentence has no verb after it.
     */
    static Attribution personSubject(String text, int from, int to) {
        Words w = new Words(text, from, to);
        int s = skipIntroducer(w, 0, w.size());
        if (s == 0 && w.isWord(0) && (Lexicon.SUBORDINATORS.contains(w.lower(0)) || w.lower(0).endsWith("ing"))) {
            // "When asked how surgery affected her this year, Adele was open and honest.": past a long opening
            // clause to its comma.
            int comma = 1;
            while (comma < w.size() && comma < MAX_OPENING_CLAUSE_TOKENS && !w.is(comma, ",")) {
                comma++;
            }
            s = w.is(comma, ",") ? comma + 1 : s;
        }
        int end = npEnd(w, s);
        for (int k = s; k < end; k++) {
            if (w.is(k, "and")) {
                // "President and CEO Neil Portnow" is one person; "Veep and Silicon Valley" two subjects.
                if (!w.isWord(k + 1) || !Lexicon.TITLES.contains(w.lower(k + 1))) {
                    return null;
                }
                s = k + 1;
            }
        }
        boolean named = end > s && w.isCapitalized(s) && w.isCapitalized(end - 1)
                && !Lexicon.PRONOUNS.contains(w.lower(s)) && !Lexicon.NOT_NAMES.contains(w.lower(end - 1));
        boolean pointed = end == s + 1 && (w.is(s, "he") || w.is(s, "she"))
                || end == s + 2 && w.is(s, "the") && Names.isPersonRole(w.lower(s + 1));
        return (named || pointed) && w.isWord(end) && !w.isCapitalized(end)
                ? new Attribution(w.span(s, end), w.start(s), null, null, null) : null;
    }

    /** Longest clause opening a sentence before the comma after which its named subject stands. */
    private static final int MAX_OPENING_CLAUSE_TOKENS = 25;

    private static Attribution sentenceSubject(Words w, int cue) {
        int s = skipIntroducer(w, 0, cue);
        int end = npEnd(w, s);
        boolean headed = end > s && (w.isCapitalized(end - 1) || Names.isSpeakerNoun(w.lower(end - 1)));
        for (int k = end; k < cue - 1; k++) {
            if (w.isWord(k)
                    && (Lexicon.CLAUSE_OPENERS.contains(w.lower(k)) || Lexicon.RELATIVE_WORDS.contains(w.lower(k)))) {
                return null;
            }
        }
        return headed && end < cue - 1 && w.isWord(end) && !w.isCapitalized(end)
                ? new Attribution(w.span(s, end), w.start(s), null, cueText(w, cue), null) : null;
    }

    /**
     * The comma after a name that opens an apposition running up to the phrase at {@code s} ("Scott Burns,
     * executive director of NDAA"): lower-case role words, then "of", "at" or "for"; or -1.
     */
    private static int unclosedAppositionStart(Words w, int s, int end) {
        int j = s - 1;
        if (w.is(j, ",") && w.isWord(s) && Lexicon.DETERMINERS.contains(w.lower(s)) && Lexicon.isRole(w.lower(end))) {
            // "Shahid Amin, a former ambassador says": the sentence's subject is a person's name, not what an
            // introducer ends with ("Echoing congressional Republicans, the president said").
            int name = npStart(w, j);
            for (int k = name; k < j; k++) {
                if (!w.isCapitalized(k)) {
                    return -1;
                }
            }
            return name < j && skipIntroducer(w, 0, j) <= name && Names.personName(w, name, j) != null ? j : -1;
        }
        if (!w.is(j, "of") && !w.is(j, "at") && !w.is(j, "for") && !w.is(j, "to")) {
            return -1;
        }
        // "Shahid Amin, a foreign policy analyst and former Ambassador to several countries says": the role words,
        // with the capitals of an office among them, back to the apposition's comma.
        boolean role = false;
        for (j--; j >= 0 && j > s - MAX_APPOSITION_ROLE_TOKENS && w.isWord(j) && (!w.isCapitalized(j)
                || Names.isTitle(w.lower(j))); j--) {
            role |= Lexicon.isRole(w.lower(j));
        }
        return role && w.is(j, ",") && w.isCapitalized(j - 1) && npStart(w, j) < j ? j : -1;
    }

    /** Most words of an apposition's roles before the body they serve ("a foreign policy analyst and former …"). */
    private static final int MAX_APPOSITION_ROLE_TOKENS = 10;

    private static Attribution subjectBefore(Words w, int cue) {
        int k = timeAdjunctStart(w, 0, cue) - 1;
        while (k >= 0 && w.isWord(k) && (!w.isCapitalized(k) && Lexicon.isAdverb(w.lower(k))
                || Lexicon.MODALS.contains(w.lower(k))
                || Lexicon.PERFECT_AUXILIARIES.contains(w.lower(k)))) {
            k--;
        }
        // "Coun Alan Lamb (Wetherby Ward), said:": a comma after the parenthetical.
        k = beforeParenthetical(w, w.is(k, ",") && w.is(k - 1, ")") ? k - 1 : k);
        if (k < 0) {
            return null;
        }
        if (isDash(w, k)) {
            return dashedSubject(w, k, cue);
        }
        if (w.isWord(k) && w.lower(k).equals("who") && w.is(k - 1, ",")) {
            // "Stevie Wonder, who joked of the museum, “…”": the relative clause speaks for the name before it, the
            // last one of a list.
            int s = npStart(w, k - 1);
            for (int j = s; j < k - 1; j++) {
                s = w.is(j, "and") ? j + 1 : s;
            }
            return s < k - 1
                    ? new Attribution(w.span(s, k - 1), w.start(s), null, cueText(w, cue), outlet(w, cue)) : null;
        }
        if (w.isWord(k) && w.lower(k).equals("and") || w.isWord(k - 1) && w.lower(k - 1).equals("and")) {
            // "I laughed and said, “…”": the cue shares the clause's subject; "Obama and Clinton call": names joined
            // by "and" are the subject themselves; "Harlow had lost four matches and Defoe said:": a new clause's.
            int s = skipIntroducer(w, 0, k);
            int end = npEnd(w, s);
            int own = npStart(w, k + 1);
            if (w.is(k - 1, "and") && own == k && end < k - 1 && (w.isCapitalized(k) || Names.isGroupNoun(w, k))) {
                return new Attribution(w.span(k, k + 1), w.start(k), null, cueText(w, cue), outlet(w, cue));
            }
            return end > s && (end < k || end == k + 1)
                    ? new Attribution(w.span(s, end), w.start(s), null, cueText(w, cue), null) : null;
        }
        if (w.is(k, ",")) {
            int s = skipIntroducer(w, 0, k);
            if (s > 1 && w.lower(0).equals("as") && w.isCapitalized(1)) {
                // "As Ann Lee, a tax lawyer, put it, “…”": the as-clause is the attribution, not an introducer.
                s = 1;
            }
            Attribution relative = relativeSubject(w, s, k, cue);
            if (relative != null) {
                return relative;
            }
            int end = s;
            while (end < k && !w.is(end, ",")) {
                end++;
            }
            end = listedKindEnd(w, s, end, k);
            if (end > s && end < k && end - s <= MAX_NAME_TOKENS + 4 && plausibleSpeakerStart(w, s)) {
                return new Attribution(w.span(s, end), w.start(s), descriptionOrNull(w, end + 1, k), cueText(w, cue),
                        outlet(w, cue));
            }
            return null;
        }
        int s = npStart(w, k + 1);
        if (s > k) {
            return null;
        }
        int nameEnd = nameBeforeAffiliation(w, s);
        if (nameEnd > 0) {
            // "Sgt. Tom Faudskar[,] of the Rochester Police Department says": the person speaks; the rest describes him.
            int person = npStart(w, nameEnd);
            return new Attribution(w.span(person, nameEnd), w.start(person), w.span(s - 1, k + 1),
                    cueText(w, cue), outlet(w, cue));
        }
        int comma = unclosedAppositionStart(w, s, k);
        if (comma > 0) {
            // "Scott Burns, executive director of NDAA stated “…”": the apposition's closing comma left out.
            int person = npStart(w, comma);
            return new Attribution(w.span(person, comma), w.start(person), w.span(comma + 1, k + 1),
                    cueText(w, cue), outlet(w, cue));
        }
        int participle = participleBefore(w, s);
        if (participle > 0 && npStart(w, participle) < participle) {
            // "Protesters marching through the streets chanted": the noun before the participle is the subject.
            int subject = npStart(w, participle);
            return new Attribution(w.span(subject, participle), w.start(subject), null, cueText(w, cue),
                    outlet(w, cue));
        }
        // "Minister for Planning, Development and Special Initiatives Ahsan Iqbal said": an office's commas.
        s = Names.officeStartBefore(w, s, k + 1);
        return new Attribution(w.span(s, k + 1), w.start(s), null, cueText(w, cue), outlet(w, cue));
    }

    /**
     * "The clothing, food and homewares group, with 1,000 stores, said": the commas between {@code s} and the
     * institution noun (closing the phrase at a comma or at {@code limit}) list what the body sells, so the phrase
     * runs on to it; else {@code comma}.
     */
    static int listedKindEnd(Words w, int s, int comma, int limit) {
        if (!w.is(s, "the") || comma - s > 3 || w.isCapitalized(comma - 1)) {
            return comma;
        }
        boolean joined = false;
        for (int k = comma + 1; k < limit && k < comma + MAX_NAME_TOKENS + 2; k++) {
            if (!w.isWord(k) && !w.is(k, ",") || w.isCapitalized(k)) {
                return comma;
            }
            joined |= w.is(k, "and");
            if (joined && Lexicon.INSTITUTIONS.contains(w.lower(k))) {
                return w.is(k + 1, ",") || k + 1 == limit ? k + 1 : comma;
            }
        }
        return comma;
    }

    /**
     * "in their own investigation", "in its statement": a preposition at {@code j} with a possessive after it, saying
     * how the subject before it spoke rather than where it serves.
     */
    static boolean opensManner(Words w, int j) {
        return w.isWord(j) && Lexicon.PREPOSITIONS.contains(w.lower(j)) && w.isWord(j + 1)
                && Lexicon.POSSESSIVE_DETERMINERS.contains(w.lower(j + 1));
    }

    /**
     * Where the person's name ends when the phrase at {@code s} is their affiliation ("Tom Faudskar[,] of the Rochester
     * Police Department"); else -1.
     */
    private static int nameBeforeAffiliation(Words w, int s) {
        int j = s - 1;
        if (!w.isWord(j) || !(w.lower(j).equals("of") || Lexicon.AFFILIATION_PREPOSITIONS.contains(w.lower(j)))) {
            return -1;
        }
        int nameEnd = w.is(j - 1, ",") ? j - 1 : j;
        int start = npStart(w, nameEnd);
        // "Rignot from NASA says": a surname alone works there too, though "Friends of the Earth" is no person.
        boolean surname = start == nameEnd - 1 && !w.lower(j).equals("of") && !w.lower(j).equals("in")
                && !Lexicon.INSTITUTIONS.contains(w.lower(start));
        boolean person = start < nameEnd && w.isCapitalized(nameEnd - 1) && !Lexicon.DETERMINERS.contains(w.lower(start))
                && (Names.personName(w, start, nameEnd) != null || surname);
        return person ? nameEnd : -1;
    }

    /** The name that ends right before the dash opening at the end of {@code text[from, to)}, or null. */
    static Attribution nameBeforeDash(String text, int from, int to) {
        Words w = new Words(text, from, to);
        int dash = w.size() - 1;
        if (!isDash(w, dash)) {
            return null;
        }
        int k = dash;
        while (k > 0 && isDash(w, k - 1)) {
            k--;
        }
        k--;
        if (!w.isCapitalized(k) || Lexicon.NOT_NAMES.contains(w.lower(k))) {
            return null;
        }
        int s = npStart(w, k + 1);
        return s <= k ? new Attribution(w.span(s, k + 1), w.start(s), null, w.span(k + 1, dash + 1), null) : null;
    }

    /**
     * The subject of a relative clause with an apposition before the cue: "… -- which Apple's chief executive, Tim
     * Cook, called “…”". Null when no relative word or dash opens the clause after token {@code s}.
     */
    private static Attribution relativeSubject(Words w, int s, int comma, int cue) {
        int open = comma - 1;
        while (open > s && !w.is(open, ",")) {
            open--;
        }
        int r = open - 1;
        while (r >= s && !(isDash(w, r) || w.isWord(r) && Lexicon.RELATIVES.contains(w.lower(r)))) {
            r--;
        }
        int subject = r + 1;
        if (open <= s || r < s || open - subject < 1 || open - subject > MAX_NAME_TOKENS
                || !plausibleSpeakerStart(w, subject)) {
            return null;
        }
        return new Attribution(w.span(subject, open), w.start(subject), descriptionOrNull(w, open + 1, comma),
                cueText(w, cue), outlet(w, cue));
    }

    /** The -ing word of a participle phrase that ends in the noun phrase starting at token {@code s}, or -1. */
    private static int participleBefore(Words w, int s) {
        if (Lexicon.PRONOUNS.contains(w.lower(s))) {
            return -1;
        }
        for (int p = s - 1; p >= 0 && s - p <= MAX_PARTICIPLE_TOKENS && w.isWord(p) && !w.isCapitalized(p); p--) {
            String word = w.lower(p);
            if (Lexicon.CLAUSE_WORDS.contains(word) || Lexicon.isCue(word) || Lexicon.NOT_NAMES.contains(word)
                    && !Lexicon.DETERMINERS.contains(word) && !Lexicon.PREPOSITIONS.contains(word)) {
                return -1;
            }
            if (word.endsWith("ing") && word.length() > 4) {
                return p;
            }
        }
        return -1;
    }

    /**
     * The subject before a description set off by dashes that ends at token {@code close}: "Jane Roe -- a former aide
     * -- told me", and "Jane Roe, an aide at Ora Media -- the firm that … -- said" with an apposition before it.
     */
    private static Attribution dashedSubject(Words w, int close, int cue) {
        int end = close;
        while (end > 0 && isDash(w, end - 1)) {
            end--;
        }
        int open = end - 1;
        while (open >= 0 && end - open <= MAX_DESCRIPTION_TOKENS && !isDash(w, open) && !w.is(open, ".")) {
            open--;
        }
        if (open < 0 || !isDash(w, open)) {
            return null;
        }
        int descriptionStart = open + 1;
        while (open > 0 && isDash(w, open - 1)) {
            open--;
        }
        int s = skipIntroducer(w, 0, open);
        int comma = s;
        while (comma < open && !w.is(comma, ",")) {
            comma++;
        }
        if (comma < open && comma > s && comma - s <= MAX_NAME_TOKENS && plausibleSpeakerStart(w, s)) {
            return new Attribution(w.span(s, comma), w.start(s), descriptionOrNull(w, comma + 1, end), cueText(w, cue),
                    outlet(w, cue));
        }
        s = npStart(w, open);
        return s < open ? new Attribution(w.span(s, open), w.start(s), descriptionOrNull(w, descriptionStart, end),
                cueText(w, cue), outlet(w, cue)) : null;
    }

    /** Index after the noun phrase starting at token {@code i} that can name a speaker; {@code i} when there is none. */
    static int npEnd(Words w, int i) {
        if (!w.isWord(i)) {
            return i;
        }
        String first = w.lower(i);
        if (Lexicon.PRONOUNS.contains(first)) {
            return i + 1;
        }
        int j = i;
        boolean determined = Lexicon.DETERMINERS.contains(first) || isPossessive(w, i);
        if (determined) {
            j++;
            int limit = Math.min(w.size(), i + MAX_NAME_TOKENS + 2);
            int lastHead = -1;
            // "The Minister of Information and National Orientation", "The Phoenix Police and Fire Department": a
            // name may join two capitalized parts.
            while (j < limit && w.isWord(j) && !(Lexicon.isCue(w.lower(j)) && !w.isCapitalized(j)
                    && !isNounBeforeItsVerb(w, j))
                    && !(Lexicon.CLAUSE_WORDS.contains(w.lower(j)) && !joinsCapitalized(w, j)
                            && !joinsKindWords(w, i + 1, j))) {
                String word = w.lower(j);
                boolean afterPreposition = Lexicon.PREPOSITIONS.contains(w.lower(j - 1));
                boolean phrasalCue = w.is(j + 1, Lexicon.PHRASAL_CUES.getOrDefault(word, ""));
                // "told the Mercury News she was angry": a subject pronoun opens the next clause.
                boolean subject = Lexicon.SUBJECT_PRONOUNS.contains(word);
                if ((Lexicon.AUXILIARIES.contains(word) || Lexicon.DETERMINERS.contains(word) || subject
                        || Lexicon.isSentenceAdverb(word) || Lexicon.CONNECTIVES.contains(word) || phrasalCue)
                        && !afterPreposition) {
                    // "told the BBC the plan was …", "The nominee also outlined …", "The diplomat went on to say",
                    // "The prosecution however said": a second determiner, a verb or an adverb before one ends it.
                    break;
                }
                if (word.equals("of") || word.equals("for") || word.equals("at") || word.equals("in")) {
                    if (!w.isWord(j + 1) || (word.equals("in") || word.equals("at")) && opensManner(w, j)) {
                        // "The police in its statement said": how it spoke follows the speaker.
                        break;
                    }
                } else {
                    lastHead = j;
                }
                j++;
            }
            return lastHead > i ? lastHead + 1 : i;
        }
        if (w.isCapitalized(i) && !Lexicon.NOT_NAMES.contains(first)) {
            j = nameRun(w, i);
            // "Stein spokeswoman Melezia Figueroa", "White House press secretary Josh Earnest", "Chinese foreign
            // ministry spokesman Zhao Lijian": the role's bearer; "British retailer Tesco": the firm of that kind.
            int role = j;
            while (role < j + 3 && w.isWord(role) && !w.isCapitalized(role) && !Lexicon.isCue(w.lower(role))) {
                role++;
            }
            if (role > j && (Lexicon.isRole(w.lower(role - 1))
                    || Lexicon.ORGANISATION_KINDS.contains(w.lower(role - 1))) && nameRun(w, role) > role) {
                int end = nameRun(w, role);
                // "British retailer Marks and Spencer issued …": a firm's name may join two names.
                boolean joined = Lexicon.ORGANISATION_KINDS.contains(w.lower(role - 1)) && w.is(end, "and")
                        && nameRun(w, end + 1) > end + 1 && w.isWord(nameRun(w, end + 1))
                        && !w.isCapitalized(nameRun(w, end + 1));
                return joined ? nameRun(w, end + 1) : end;
            }
            if (j - i > 1 && isPossessive(w, j - 1)) {
                // "Joe Biden's press secretary", "Donald Trump's new convention manager": a full name's possessive
                // determines the phrase after it, as "Biden's" does.
                int head = j;
                boolean roleWord = false;
                while (head < Math.min(w.size(), j + MAX_NAME_TOKENS) && w.isWord(head) && !w.isCapitalized(head)
                        && !Lexicon.isCue(w.lower(head)) && !Lexicon.CLAUSE_WORDS.contains(w.lower(head))) {
                    roleWord |= Lexicon.isRole(w.lower(head));
                    head++;
                }
                if (head > j && Lexicon.isRole(w.lower(head - 1))) {
                    return head;
                }
                if (roleWord && w.isCapitalized(head) && nameRun(w, head) > head + 1) {
                    // "Greenpeace UK’s head of climate Mel Evans said": the role's bearer, named after its field.
                    return nameRun(w, head);
                }
            }
            // "White House officials", "Chinese officials": a proper adjective before a speaker noun.
            if (w.isWord(j) && !w.isCapitalized(j) && Lexicon.SPEAKER_NOUNS.contains(w.lower(j))) {
                j++;
            }
            return Names.isGroupNoun(w, j - 1) ? pastAffiliation(w, j) : j;
        }
        if (Names.isGroupNoun(w, i)) {
            return pastAffiliation(w, i + 1);
        }
        j = i;
        while (j < i + 3 && w.isWord(j) && !w.isCapitalized(j) && !Lexicon.isCue(w.lower(j))
                && !Lexicon.CLAUSE_WORDS.contains(w.lower(j))) {
            if (Names.isGroupNoun(w, j)) {
                return pastAffiliation(w, j + 1);
            }
            j++;
        }
        // "campaign spokesman Jon Okafor": lower-case role words before the name of their bearer.
        return j > i && w.isCapitalized(j) && Lexicon.isRole(w.lower(j - 1)) ? nameRun(w, j) : i;
    }

    /** Most words describing a document between its determiner and its noun ("A new UN climate report"). */
    private static final int MAX_DOCUMENT_MODIFIERS = 3;

    /** "The report notes", "the tweet reads": a document's noun spelled like a cue, its verb after it. */
    private static boolean isNounBeforeItsVerb(Words w, int j) {
        String word = w.lower(j);
        if (isThinkTank(w, j)) {
            return true;
        }
        // "The state electric utility said": a verb of saying that is also a noun, after its determiner.
        boolean determined = Lexicon.SPEECH_NOUN_VERBS.contains(word) && !Lexicon.DOCUMENTS.contains(word)
                && w.isWord(j - 1) && Lexicon.DETERMINERS.contains(w.lower(j - 1));
        // "The report also found", "the agency's report from …", "A new UN report": a document after its determiner
        // or owner, and the words that describe it.
        int k = j - 1;
        while (k >= 0 && j - k <= MAX_DOCUMENT_MODIFIERS && w.isWord(k) && !Lexicon.DETERMINERS.contains(w.lower(k))
                && !isPossessive(w, k) && !Lexicon.AUXILIARIES.contains(w.lower(k))
                && !Lexicon.MODALS.contains(w.lower(k))
                && !Lexicon.isCue(w.lower(k)) && !Lexicon.PREPOSITIONS.contains(w.lower(k))) {
            k--;
        }
        boolean document = Lexicon.DOCUMENTS.contains(word) && k >= 0 && w.isWord(k)
                && (Lexicon.DETERMINERS.contains(w.lower(k)) || isPossessive(w, k));
        return determined || document || (Lexicon.DOCUMENTS.contains(word) || Lexicon.UTTERANCE_NOUNS.contains(word))
                && w.isWord(j + 1) && !w.isCapitalized(j + 1) && Lexicon.isCue(w.lower(j + 1));
    }

    /** "think" of "The King's Fund think tank said": a noun, not a cue. */
    static boolean isThinkTank(Words w, int j) {
        return w.is(j, "think") && (w.is(j + 1, "tank") || w.is(j + 1, "tanks"));
    }

    /**
     * Where a time phrase between a subject and its cue starts ("Sanders on Tuesday said", "Ruiz last week wrote");
     * else {@code end}. A time after a participle stays with it ("The poll released Wednesday shows").
     */
    static int timeAdjunctStart(Words w, int from, int end) {
        int k = end;
        if (k - 2 > from && w.isWord(k - 1) && Lexicon.PARTS_OF_DAY.contains(w.lower(k - 1))
                && Lexicon.DAYS.contains(w.lower(k - 2))) {
            // "The EC Thursday morning said".
            k -= 2;
        } else if (k - 2 > from && w.isWord(k - 1) && Lexicon.TIME_NOUNS.contains(w.lower(k - 1))
                && (w.is(k - 2, "last") || w.is(k - 2, "this"))) {
            k -= 2;
        } else if (k - 3 > from && w.isWord(k - 1) && Lexicon.TIME_NOUNS.contains(w.lower(k - 1)) && w.is(k - 2, "the")
                && (w.is(k - 3, "over") || w.is(k - 3, "during") || w.is(k - 3, "in"))) {
            // "Ryan over the weekend said".
            k -= 3;
        } else if (k - 1 > from && w.isWord(k - 1) && Lexicon.TIME_WORDS.contains(w.lower(k - 1))) {
            k--;
            if (k - 1 > from && w.is(k - 1, "on")) {
                k--;
            }
        }
        boolean participle = k < end && w.isWord(k - 1) && !w.isCapitalized(k - 1) && w.lower(k - 1).endsWith("ed");
        return participle ? end : k;
    }

    /**
     * Past where a group of speakers works ("Officials at the Pentagon", "experts in Beijing") when that phrase runs
     * to a comma or to the cue; else {@code j}.
     */
    private static int pastAffiliation(Words w, int j) {
        if (!w.isWord(j) || !Lexicon.AFFILIATION_PREPOSITIONS.contains(w.lower(j))
                && !Lexicon.SERVING_PREPOSITIONS.contains(w.lower(j)) || opensManner(w, j)) {
            // "police in their own investigation said": how they spoke, not where they serve.
            return j;
        }
        int k = j + 1;
        while (k < j + MAX_AFFILIATION_TOKENS && w.isWord(k) && !(Lexicon.isCue(w.lower(k)) && !w.isCapitalized(k))
                && !Lexicon.CLAUSE_WORDS.contains(w.lower(k)) && !Lexicon.AUXILIARIES.contains(w.lower(k))) {
            k++;
        }
        boolean ends = k >= w.size() || w.is(k, ",") || w.isWord(k) && Lexicon.isCue(w.lower(k));
        return k > j + 1 && ends ? k : j;
    }

    private static final int MAX_AFFILIATION_TOKENS = 7;
    /** Longest determined phrase read as a speaker after an inverted cue ("the retired school teacher"). */
    private static final int MAX_ROLE_TOKENS = 4;

    /**
     * Index after the words from {@code s} (up to a comma or stop) when they can be the source of "according to": a
     * name or determiner phrase ("a new report by Politico"), or bare words naming people or papers ("police", "court
     * documents", "people familiar with the talks"); {@code s} for anything else ("according to plan").
     */
    static int accordingSourceEnd(Words w, int s) {
        int limit = w.wordRunEnd(s, MAX_SOURCE_TOKENS);
        for (int k = s + 1; k < limit; k++) {
            if (seenBy(w, k) != null) {
                // "according to an internal police report seen by AFP": the report speaks, the agency saw it.
                limit = k;
            }
        }
        if (npEnd(w, s) > s) {
            return limit;
        }
        for (int k = s; k < limit; k++) {
            if (!w.isWord(k)) {
                return s;
            }
            String singular = Lexicon.singular(w.lower(k));
            if (Lexicon.SPEAKER_NOUNS.contains(w.lower(k)) || Lexicon.SPEAKER_NOUNS.contains(singular)
                    || Lexicon.DOCUMENTS.contains(singular)) {
                return limit;
            }
        }
        return s;
    }

    /** Verbs by which an outlet got hold of a document ("a report seen by AFP"). */
    private static final Set<String> SEEN = Lexicon.words("seen", "obtained", "reviewed", "viewed");

    /** The outlet that saw a document, named at token {@code k} ("seen by AFP", "obtained by Reuters"); else null. */
    static String seenBy(Words w, int k) {
        if (!w.isWord(k) || !SEEN.contains(w.lower(k)) || !w.is(k + 1, "by")) {
            return null;
        }
        int name = w.is(k + 2, "the") ? k + 3 : k + 2;
        int end = name;
        // "seen by AFP Monday": the day is when.
        while (end < w.size() && w.isCapitalized(end) && !Lexicon.TIME_WORDS.contains(w.lower(end))) {
            end++;
        }
        return end > name ? w.span(name, end) : null;
    }

    /** Index of the first token of a noun phrase that ends before token {@code end}; {@code end} when there is none. */
    static int npStart(Words w, int end) {
        int k = end - 1;
        if (!w.isWord(k)) {
            return end;
        }
        String last = w.lower(k);
        if (Lexicon.PRONOUNS.contains(last)) {
            return k;
        }
        int s = end;
        // "Salama with WHO said": initials spelled like a function word are still a name.
        if (w.isCapitalized(k) && (!Lexicon.NOT_NAMES.contains(last) || Names.isAcronym(w.text(k)))) {
            // "A source told CNN Ryan told …": an outlet's acronym before a name is no part of it.
            while (k >= 0 && end - k <= MAX_NAME_TOKENS && (w.isCapitalized(k) && !Lexicon.NOT_NAMES.contains(w.lower(k))
                    && !(k < end - 1 && Names.isOutletAcronym(w.text(k))) || isConnector(w, k) && (w.isCapitalized(k - 1)
                    || w.isWord(k - 1) && Lexicon.NAME_PARTICLES.contains(w.lower(k - 1)) && w.isCapitalized(k - 2)))) {
                s = k;
                k--;
            }
        } else {
            // A common-noun speaker: "the announcer", "Clinton campaign spokesman", "sources".
            int j = k;
            // "the mother of three replied", "the mother of the bride said": an of-phrase belongs to the speaker.
            // "the new report says": a document noun that is also a verb heads the phrase.
            while (j >= 0 && end - j <= MAX_NAME_TOKENS && w.isWord(j)
                    && (!Lexicon.isCue(w.lower(j)) || j == k && Lexicon.DOCUMENTS.contains(w.lower(j)))
                    && !Lexicon.CLAUSE_WORDS.contains(w.lower(j)) && (ofRole(w, j) || ofRole(w, j - 1)
                            || !Lexicon.DETERMINERS.contains(w.lower(j)) && !Lexicon.NOT_NAMES.contains(w.lower(j)))) {
                j--;
            }
            boolean determined = j >= 0 && w.isWord(j) && Lexicon.DETERMINERS.contains(w.lower(j));
            if (j == k || !(determined || w.isCapitalized(j + 1) || Lexicon.SPEAKER_NOUNS.contains(last)
                    || Lexicon.DOCUMENTS.contains(last) || Names.isGroupNoun(w, k))) {
                return end;
            }
            s = j + 1;
            k = j;
        }
        if (k >= 0 && w.isWord(k) && (Lexicon.DETERMINERS.contains(w.lower(k)) || isPossessive(w, k))) {
            // "the two countries", "the many critics": a number after the article.
            s = k >= 1 && w.is(k - 1, "the") && !w.is(k, "the") && !isPossessive(w, k) ? k - 1 : k;
        }
        return s;
    }

    private static int nameRun(Words w, int i) {
        int j = i;
        int limit = Math.min(w.size(), i + MAX_NAME_TOKENS);
        while (j < limit) {
            if (w.isCapitalized(j) || w.isWord(j) && w.lower(j).equals("u.s.")) {
                j++;
            } else if (isConnector(w, j) && w.isCapitalized(j + 1)) {
                j += 2;
            } else if (j > i && isChannelNumber(w, j) && w.isCapitalized(j + 1)) {
                // "District 203 Superintendent Dan Bridges".
                j += 2;
            } else if (j > i && pastEnvoyTo(w, j) > j) {
                // "US Ambassador to the Philippines MaryKay Carlson".
                j = pastEnvoyTo(w, j);
            } else if (j > i && Names.pastParticles(w, j) > j) {
                // "Ursula von der Leyen".
                j = Names.pastParticles(w, j);
            } else if (w.is(j, "(") && partyTagEnd(w, j) > 0) {
                // Party and state after a name: "Rep. Jim Clyburn (D-S.C.)", "Sen. David Perdue (R-Ga.)".
                j = partyTagEnd(w, j);
            } else {
                break;
            }
        }
        return j;
    }

    /** Index after the ")" of a party tag opening at token {@code open} ("(D-S.C.)", "(R-Ga.)"), or -1. */
    private static int partyTagEnd(Words w, int open) {
        int k = open + 1;
        while (k < w.size() && k <= open + 3 && (w.isWord(k) || w.is(k, "."))) {
            k++;
        }
        return k > open + 1 && w.is(k, ")") ? k + 1 : -1;
    }

    /** "and" between two capitalized words ("Health and Human Services"). */
    private static boolean joinsCapitalized(Words w, int j) {
        return w.is(j, "and") && w.isCapitalized(j - 1) && w.isCapitalized(j + 1);
    }

    /** Most words on either side of an "and" joining what a body deals in or a pair's kinds. */
    private static final int MAX_JOINED_KIND_WORDS = 3;

    /**
     * "The oil and gas company", "the mother and daughter": an "and" at {@code j} joining plain lower-case words
     * after a determiner (from {@code first}) up to a speaker noun, not two clauses.
     */
    private static boolean joinsKindWords(Words w, int first, int j) {
        if (!w.is(j, "and") || j - first > MAX_JOINED_KIND_WORDS || j == first) {
            return false;
        }
        for (int k = first; k < j; k++) {
            if (!isPlainLowerWord(w, k)) {
                return false;
            }
        }
        for (int k = j + 1; k <= j + MAX_JOINED_KIND_WORDS && isPlainLowerWord(w, k); k++) {
            if (Names.isSpeakerNoun(w.lower(k))) {
                return true;
            }
        }
        return false;
    }

    /** A lower-case word that can only be part of a noun phrase: no verb, function word, adverb or number. */
    static boolean isPlainLowerWord(Words w, int k) {
        if (!w.isWord(k) || w.isCapitalized(k)) {
            return false;
        }
        String word = w.lower(k);
        return !Lexicon.CLAUSE_WORDS.contains(word) && !Lexicon.DETERMINERS.contains(word) && !Lexicon.isCue(word)
                && !Lexicon.AUXILIARIES.contains(word) && !Lexicon.MODALS.contains(word)
                && !Lexicon.PRONOUNS.contains(word) && !Lexicon.PREPOSITIONS.contains(word) && !Lexicon.isAdverb(word)
                && !word.endsWith("ed") && !Character.isDigit(word.charAt(0));
    }

    /**
     * Past "to" or "to the" after an envoy's title when a capitalized place follows ("Ambassador to the Philippines",
     * "Ambassador to China"): the index of the place; else {@code j}.
     */
    private static int pastEnvoyTo(Words w, int j) {
        if (j < 1 || !w.is(j, "to") || !w.isWord(j - 1) || !Lexicon.ENVOY_TITLES.contains(w.lower(j - 1))) {
            return j;
        }
        return w.isCapitalized(j + 1) ? j + 1 : w.is(j + 1, "the") && w.isCapitalized(j + 2) ? j + 2 : j;
    }

    private static boolean isConnector(Words w, int j) {
        if (!w.isWord(j)) {
            return false;
        }
        String s = w.lower(j);
        // "Trump on June 11", "Ruiz of Monday": a date after the word ends the name.
        if (w.isWord(j + 1) && (Lexicon.MONTHS.contains(w.lower(j + 1)) || Lexicon.NOT_NAMES.contains(w.lower(j + 1)))) {
            return false;
        }
        // "Ambassador to China Nicholas Burns".
        return s.equals("of") || s.equals("for") || pastEnvoyTo(w, j) > j || Lexicon.NAME_PARTICLES.contains(s)
                || s.equals("on") || s.equals("and") && w.isCapitalized(j - 1);
    }

    /** An "of" after a role noun ("mother of three"), not after a quantity ("52 percent of voters"). */
    private static boolean ofRole(Words w, int j) {
        return w.is(j, "of") && w.isWord(j - 1) && Lexicon.SPEAKER_NOUNS.contains(w.lower(j - 1))
                && !Lexicon.QUANTITY_NOUNS.contains(w.lower(j - 1));
    }

    /** The cue as written, with the particle of a phrasal cue ("shot back") and the "to" of "according to". */
    static String cueText(Words w, int k) {
        if (w.lower(k).equals("according") && w.is(k + 1, "to")) {
            return "according to";
        }
        int clear = Math.max(pastMadeClear(w, k), pastDeniedClaims(w, k));
        if (clear > 0) {
            // "made it clear", "denied claims".
            return w.span(k, clear - 1);
        }
        String particle = Lexicon.PHRASAL_CUES.get(w.lower(k));
        boolean directive = w.isWord(k + 1)
                && Lexicon.PHRASAL_DIRECTIVES.getOrDefault(w.lower(k), Set.of()).contains(w.lower(k + 1));
        return particle != null && w.is(k + 1, particle) || directive ? w.span(k, k + 2) : w.text(k);
    }

    /** Verbs by which someone says a claim is false ("denied claims that …"). */
    static final Set<String> DENYING_VERBS = Lexicon.words("denied", "denies", "denying", "dismissed", "dismisses",
            "dismissing", "refuted", "refutes", "refuting", "rejected", "rejects", "rejecting");

    /** What is denied ("claims", "reports", "allegations"). */
    private static final Set<String> CLAIMS = Lexicon.words("claims", "claim", "suggestions", "suggestion", "reports",
            "report", "allegations", "allegation", "accusations", "accusation", "speculation", "rumours", "rumors",
            "assertions", "charges", "the");

    /**
     * After "denied claims that" or "dismissed the claims that" at token {@code k}: where the claim's clause starts;
     * else -1. The claim is what the speaker answered, with the cue saying how.
     */
    static int pastDeniedClaims(Words w, int k) {
        if (!w.isWord(k) || !DENYING_VERBS.contains(w.lower(k))) {
            return -1;
        }
        int claims = w.is(k + 1, "the") ? k + 2 : k + 1;
        return w.isWord(claims) && CLAIMS.contains(w.lower(claims)) && !w.is(claims, "the") && w.is(claims + 1, "that")
                ? claims + 2 : -1;
    }

    /** What someone gives back in words ("his answer was"). */
    private static final Set<String> ANSWERS = Lexicon.words("answer", "reply", "response", "retort", "verdict");

    /** "his answer was “…”", "Her reply was:": the owner's words, with the owner as the speaker; or null. */
    private static Attribution ownAnswer(Words w) {
        int end = w.size();
        while (end > 0 && (w.is(end - 1, ":") || w.is(end - 1, ","))) {
            end--;
        }
        int owner = end - 3;
        return owner >= 0 && w.is(end - 1, "was") && w.isWord(end - 2) && ANSWERS.contains(w.lower(end - 2))
                && w.isWord(owner) && Lexicon.OWNER_PRONOUNS.containsKey(w.lower(owner))
                ? new Attribution(w.span(owner, end - 1), w.start(owner), null, w.text(end - 1), null) : null;
    }

    /** Forms of "make" that say something plainly ("made it clear that …"). */
    static final Set<String> MAKE_FORMS = Lexicon.words("made", "makes", "make", "making");

    /** After "made it clear that" or "made clear that" at token {@code k}: where the clause starts; else -1. */
    static int pastMadeClear(Words w, int k) {
        if (!w.isWord(k) || !MAKE_FORMS.contains(w.lower(k))) {
            return -1;
        }
        int clear = w.is(k + 1, "it") ? k + 2 : k + 1;
        return w.is(clear, "clear") && w.is(clear + 1, "that") ? clear + 2 : -1;
    }

    /** A cue verb, not the noun of the same spelling: "King's show", "the report", "a call" are nouns. */
    private static boolean isCueAt(Words w, int k) {
        if (!w.isWord(k) || w.isCapitalized(k)) {
            return false;
        }
        if ((w.is(k, "call") || w.is(k, "calls")) && w.is(k + 1, "as")) {
            // "described the hourlong call as “professional”": the noun.
            return false;
        }
        String particle = Lexicon.PHRASAL_CUES.get(w.lower(k));
        if (!Lexicon.isCue(w.lower(k)) && !(particle != null && w.isWord(k + 1) && w.lower(k + 1).equals(particle))) {
            return false;
        }

        if (Lexicon.UTTERANCE_NOUNS.contains(w.lower(k)) && k >= 2 && w.isWord(k - 1) && !w.isCapitalized(k - 1)
                && (Lexicon.DETERMINERS.contains(w.lower(k - 2)) || Lexicon.POSSESSIVE_DETERMINERS.contains(w.lower(k - 2)))
                && !Lexicon.isRole(w.lower(k - 1))) {
            // "said in a research note that …": the noun, after its determiner and a modifier.
            return false;
        }
        // "mother of three replied": a number after "of" ends a noun phrase instead of opening one.
        return k == 0 || !w.isWord(k - 1) || !Lexicon.DETERMINERS.contains(w.lower(k - 1)) && !isPossessive(w, k - 1)
                || w.is(k - 2, "of") && !isPossessive(w, k - 1);
    }

    /** The token before a short parenthetical ending at {@code k} ("Sen. Ana Ruiz (D-Mo.) said"), else {@code k}. */
    static int beforeParenthetical(Words w, int k) {
        if (k < 0 || !w.is(k, ")")) {
            return k;
        }
        for (int j = k - 1; j >= 0 && j >= k - MAX_PARENTHETICAL_TOKENS; j--) {
            if (w.is(j, "(")) {
                return j - 1;
            }
        }
        return k;
    }

    /** A sentence opened by its cue before a name ("Said Ellis: “…”", "Added Chen, “…”") inverts the attribution. */
    private static boolean invertedOpening(Words w, int k) {
        return w.isWord(k) && w.isCapitalized(k) && (k == 0 || w.is(k - 1, ".")) && w.isCapitalized(k + 1)
                && Lexicon.isCue(w.lower(k)) && !Lexicon.WEAK_CUES.contains(w.lower(k));
    }

    static boolean isPossessive(Words w, int i) {
        return w.isCapitalized(i) && !Names.stripPossessive(w.text(i)).equals(w.text(i));
    }

    static boolean isDash(Words w, int i) {
        return w.is(i, "\u2015") || w.is(i, "\u2014") || w.is(i, "\u2013") || w.is(i, "-");
    }

    /**
     * Past a wire dateline opening the text: a place in capitals, then maybe its state or country and a date, the
     * agency, and the dash ("LONDON (Reuters) -", "SHARM EL-SHEIKH, Egypt (Reuters) -", "ROCHESTER, Minn. (FOX 47) --",
     * "(WASHINGTON) --", "BEIJING, March 3 (Xinhua) --", "MOSCOW (UrduPoint News / Sputnik - 04th June, 2020) -");
     * else {@code from}.
     */
    static int pastDateline(Words w, int from, int to) {
        int agency = pastAgencyDateline(w, from, to);
        if (agency > from) {
            return agency;
        }
        int k = from;
        boolean bracketed = w.is(k, "(");
        if (bracketed) {
            k++;
        }
        int place = k;
        // A heading in capitals ("CONGRESS HAS INVESTIGATED HIM —") has function words; a place has none. Bracketed
        // alone, an agency's name may be in title case ("(Reuters) -").
        while (k < to && k < place + MAX_DATELINE_PLACE_WORDS && w.isWord(k) && w.text(k).length() > 1
                && (isUpperCase(w.text(k)) || bracketed && w.isCapitalized(k))
                && Character.isLetter(w.text(k).charAt(0))
                && !Lexicon.NOT_NAMES.contains(w.lower(k)) && !Lexicon.AUXILIARIES.contains(w.lower(k))) {
            k++;
        }
        if (k == place || bracketed && !w.is(k++, ")")) {
            return from;
        }
        if (w.is(k, ",")) {
            // The state, country or date after the place: capitalized words, abbreviations and numbers; or none
            // before the credit ("GAZA, (PNA/Xinhua) —").
            int after = k + 1;
            int e = after;
            while (e < to && e < after + MAX_DATELINE_DETAIL_TOKENS && (w.isWord(e)
                    && (w.isCapitalized(e) || Character.isDigit(w.text(e).charAt(0))) || w.is(e, ".") || w.is(e, ","))) {
                e++;
            }
            k = e > after || w.is(after, "(") ? e : k;
        }
        if (w.is(k, "(")) {
            int close = k + 1;
            while (close < to && close <= k + MAX_DATELINE_CREDIT_TOKENS && !w.is(close, ")")) {
                close++;
            }
            k = w.is(close, ")") ? close + 1 : k;
        }
        if (!bracketed && w.is(k, "The") && w.text(place).length() > 2) {
            // "WASHINGTON The U.S. State Department said": a place in capitals, its dash left out.
            return k;
        }
        if (k >= to || !isDash(w, k)) {
            return from;
        }
        while (k < to && isDash(w, k)) {
            k++;
        }
        return k;
    }

    /**
     * Past a dateline of the South Asian agencies, its place in title case and its credit in capitals ("Doha, Sep 15
     * (IANS)", "Tel Aviv [Israel], November 30 (ANI):"); {@code from} when none opens there.
     */
    private static int pastAgencyDateline(Words w, int from, int to) {
        int k = from;
        while (k < to && k < from + MAX_DATELINE_PLACE_WORDS && w.isCapitalized(k)) {
            k++;
        }
        if (k > from && w.is(k, "[")) {
            // The country in square brackets.
            int close = k + 1;
            while (close < to && close < k + MAX_DATELINE_PLACE_WORDS + 1 && w.isCapitalized(close)) {
                close++;
            }
            k = w.is(close, "]") ? close + 1 : from;
        }
        if (k == from || !w.is(k, ",")) {
            return from;
        }
        int date = k + 1;
        while (date < to && date < k + 1 + MAX_DATELINE_DETAIL_TOKENS && (w.isCapitalized(date)
                || w.isWord(date) && Character.isDigit(w.text(date).charAt(0)) || w.is(date, ".") || w.is(date, ","))) {
            date++;
        }
        if (date == k + 1 || !w.is(date, "(") || !w.isWord(date + 1) || !isUpperCase(w.text(date + 1))
                || !w.is(date + 2, ")")) {
            return from;
        }
        int after = date + 3;
        while (after < to && (w.is(after, ":") || isDash(w, after))) {
            after++;
        }
        return after;
    }

    /** Most words in a dateline's place ("NEW YORK CITY"). */
    private static final int MAX_DATELINE_PLACE_WORDS = 3;
    /** Most tokens in a dateline's state, country and date ("Calif., Dec. 4, 2016"). */
    private static final int MAX_DATELINE_DETAIL_TOKENS = 7;
    /** Most tokens in a dateline's credit, agencies and date included ("(UrduPoint News / Sputnik - 04th June, 2020)"). */
    private static final int MAX_DATELINE_CREDIT_TOKENS = 14;

    private static boolean isUpperCase(String word) {
        for (int i = 0; i < word.length(); i++) {
            if (Character.isLowerCase(word.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** How many opening phrases may stand before a subject. */
    private static final int MAX_INTRODUCERS = 3;

    private static int skipAdverbs(Words w, int i) {
        while (w.isWord(i) && !w.isCapitalized(i) && Lexicon.isAdverb(w.lower(i))) {
            i++;
        }
        return i;
    }

    /**
     * Skips the opening phrases up to their commas ("In Beijing, …", "However, …", "Following the blast, but before
     * officials spoke, …") to reach the subject.
     */
    static int skipIntroducer(Words w, int from, int to) {
        int at = from;
        for (int phrase = 0; phrase < MAX_INTRODUCERS; phrase++) {
            int next = skipOneIntroducer(w, at, to);
            if (next == at) {
                break;
            }
            at = next;
        }
        return at;
    }

    /** "At least 10 people died", "at most three": a figure opening a clause, not a phrase before one. */
    static boolean opensFigure(Words w, int k) {
        return w.isWord(k) && w.lower(k).equals("at") && (w.is(k + 1, "least") || w.is(k + 1, "most"));
    }

    private static int skipOneIntroducer(Words w, int from, int to) {
        if (w.isWord(from) && w.lower(from).equals("even") && w.isWord(from + 1)
                && Lexicon.SUBORDINATORS.contains(w.lower(from + 1))) {
            // "Even if the rains did return, the crops would fail": the phrase is its subordinate clause.
            int clause = skipOneIntroducer(w, from + 1, to);
            return clause > from + 1 ? clause : from;
        }
        int dateline = pastDateline(w, from, to);
        if (dateline > from) {
            return dateline;
        }
        String opener = w.isWord(from) ? w.lower(from) : "";
        String then = w.isWord(from + 1) ? w.lower(from + 1) : "";
        if (w.isCapitalized(from) && Lexicon.isAdverb(opener) && !Lexicon.MALE_FIRST_NAMES.contains(opener)
                && !Lexicon.FEMALE_FIRST_NAMES.contains(opener)
                && (Lexicon.DETERMINERS.contains(then) || Lexicon.SUBJECT_PRONOUNS.contains(then))) {
            // "Initially the US President had admitted …": an adverb opening the sentence without its comma.
            return from + 1;
        }
        if (w.isCapitalized(from) && Lexicon.DAYS.contains(w.lower(from))) {
            // "Tuesday afternoon, Trump issued …".
            int comma = w.isWord(from + 1) && Lexicon.PARTS_OF_DAY.contains(w.lower(from + 1)) ? from + 2 : from + 1;
            if (comma < to && w.is(comma, ",")) {
                return comma + 1;
            }
        }
        if ((w.is(from, "Last") || w.is(from, "This") || w.is(from, "Earlier")) && w.isWord(from + 1)
                && Lexicon.TIME_NOUNS.contains(w.lower(from + 1)) && w.isWord(from + 2)
                && (w.isCapitalized(from + 2) || Lexicon.DETERMINERS.contains(w.lower(from + 2)))) {
            // "Last week the Oakland Unified School District said …": a time opening the sentence without its comma.
            return from + 2;
        }
        if (w.is(from, "On") && w.isWord(from + 1) && Lexicon.DAYS.contains(w.lower(from + 1))) {
            // "On Sunday Eskom said …": a day opening the sentence without its comma.
            int after = w.isWord(from + 2) && Lexicon.PARTS_OF_DAY.contains(w.lower(from + 2)) ? from + 3 : from + 2;
            if (w.isCapitalized(after)) {
                return after;
            }
        }
        if (w.isWord(from) && Lexicon.CONNECTIVES.contains(w.lower(from)) && w.is(from + 1, ",")) {
            // "Nonetheless, England’s players struck a defiant note, insisting …".
            return from + 2;
        }
        // A participle opens a phrase too ("Following the blast, …", "Speaking to reporters, …", "Chastened by the
        // analyses, …"); a past one only before its preposition ("Mohammed said" is a name).
        // "Beijing summoned …", "Reading is …": a place's -ing before a finite verb opens no participle's phrase.
        String after = w.isWord(from + 1) ? w.lower(from + 1) : "";
        boolean finiteNext = after.endsWith("ed") || Lexicon.AUXILIARIES.contains(after)
                || Lexicon.MODALS.contains(after);
        boolean participle = w.isWord(from) && w.isCapitalized(from) && w.text(from).length() > 4
                && (w.lower(from).endsWith("ing") && !finiteNext || w.lower(from).endsWith("ed") && w.isWord(from + 1)
                        && Lexicon.PREPOSITIONS.contains(w.lower(from + 1)));
        if (!w.isWord(from) || !Lexicon.INTRODUCERS.contains(w.lower(from)) && !participle || opensFigure(w, from)) {
            return from;
        }
        if (Lexicon.CONJUNCTIONS.contains(w.lower(from))
                || Lexicon.OPENING_ADVERBS.contains(w.lower(from)) && !w.is(from + 1, ",")) {
            // "Meanwhile Sarah Jones said …": an adverb without its comma opens no phrase.
            return from + 1;
        }
        for (int k = from + 1; k < to && k < from + 25; k++) {
            if (k > from + 2 && w.isWord(k) && Lexicon.SUBJECT_PRONOUNS.contains(w.lower(k)) && w.isWord(k - 1)
                    && !w.isCapitalized(k) && (PLACE_OR_TIME_OPENERS.contains(w.lower(from)) || participle)) {
                // "Toward the end of the homily he paused and said", "Speaking in Auckland this morning she denied":
                // the phrase ends where its subject begins.
                return k;
            }
            if (participle && isDash(w, k)) {
                // "Speaking for the first time since being unveiled - Dike insisted …": a dash may close it too.
                int next = k;
                while (isDash(w, next)) {
                    next++;
                }
                return next;
            }
            if (w.is(k, ",")) {
                int name = nameRunningIntoApposition(w, from, k);
                if (name > 0) {
                    return name;
                }
                // "On July 6, 2015, Sanders …": the year after the date's comma still belongs to the introducer.
                boolean year = w.isWord(k + 1) && Character.isDigit(w.text(k + 1).charAt(0)) && w.is(k + 2, ",");
                return year ? k + 3 : k + 1;
            }
        }
        return from;
    }

    /**
     * "In response Jacob Rees-Mogg, the leader of the Commons, said": a person's name ending an opening phrase that
     * has no comma of its own, set off from the apposition after it; where the name starts, or -1.
     */
    private static int nameRunningIntoApposition(Words w, int from, int comma) {
        int start = comma;
        while (start > from + 1 && w.isCapitalized(start - 1)) {
            start--;
        }
        boolean given = w.isWord(start) && (Lexicon.MALE_FIRST_NAMES.contains(w.lower(start))
                || Lexicon.FEMALE_FIRST_NAMES.contains(w.lower(start)));
        return comma - start >= 2 && given && !w.isCapitalized(start - 1) && w.isWord(comma + 1)
                && Lexicon.DETERMINERS.contains(w.lower(comma + 1)) ? start : -1;
    }

    /** The cue verb closing an apposition: "Li Haidong, a professor at …, said"; a stray stop stands for the comma. */
    private static int cueAfterApposition(Words w, int from) {
        int limit = Math.min(w.size(), from + MAX_DESCRIPTION_TOKENS);
        for (int k = from + 1; k < limit; k++) {
            if ((w.is(k - 1, ",") || w.is(k - 1, ".") || w.is(k - 1, ")")) && w.isWord(k)) {
                int v = skipAdverbs(w, k);
                if (w.isWord(v) && Lexicon.isCue(w.lower(v)) && !Lexicon.WEAK_CUES.contains(w.lower(v))) {
                    return v;
                }
            }
        }
        return -1;
    }

    /** A station's channel number right after its capitalized name ("News 2", "Channel 4"). */
    static boolean isChannelNumber(Words w, int k) {
        String t = w.isWord(k) ? w.text(k) : "";
        return !t.isEmpty() && t.length() <= 3 && t.chars().allMatch(Character::isDigit) && w.isCapitalized(k - 1);
    }

    /** The outlet after a cue: "told the Global Times", "said THE Global Timesa" (a run-on word is cut back). */
    static String outlet(Words w, int cue) {
        return outletFrom(w, cue + 1);
    }

    /**
     * The outlet named from token {@code from} on, after a cue or its inverted speaker: "told the Global Times", "said
     * in an interview on Fox News", "told a news conference, according to Interfax".
     */
    private static String outletFrom(Words w, int from) {
        String outlet = outletAt(w, from);
        if (outlet == null) {
            outlet = interviewOutlet(w, from, Math.min(w.size(), from + MAX_OUTLET_REACH));
        }
        return outlet != null ? outlet : reportingOutlet(w, from);
    }

    /** How far after a cue a closing "according to" may name the outlet that reported the words. */
    private static final int MAX_REPORTING_OUTLET_REACH = 10;

    /** "…, according to Interfax", "…, according to state broadcaster CCTV", ending the sentence; or null. */
    private static String reportingOutlet(Words w, int from) {
        for (int k = from; k < Math.min(w.size(), from + MAX_REPORTING_OUTLET_REACH) && !w.is(k, "."); k++) {
            if (w.is(k, ",") && w.is(k + 1, "according") && w.is(k + 2, "to")) {
                int end = k + 3;
                while (end < w.size() && w.isWord(end)) {
                    end++;
                }
                String outlet = outletAt(w, k + 3);
                return outlet != null ? outlet : mediaNamed(w, k + 3, end);
            }
        }
        return null;
    }

    /** How many words may describe an outlet before its name ("British television station ITV"). */
    private static final int MAX_OUTLET_DESCRIPTOR_TOKENS = 4;

    /** How far after a cue the interview that names an outlet may stand ("said in an interview on …"). */
    private static final int MAX_OUTLET_REACH = 5;

    /**
     * The outlet of an interview or appearance named in {@code w[from, to)} ("In an interview with CNN, …", "In an
     * appearance on Fox News Sunday, …"), or null.
     */
    static String interviewOutlet(Words w, int from, int to) {
        for (int k = from; k < to; k++) {
            if (w.isWord(k) && Lexicon.INTERVIEW_NOUNS.contains(w.lower(k)) && (w.is(k + 1, "with") || w.is(k + 1, "on")
                    || w.is(k + 1, "to") || w.is(k + 1, "in"))) {
                return outletAt(w, k + 2);
            }
        }
        return null;
    }

    /**
     * The outlet a phrase names, with nothing after it ("South China Morning Post", "state broadcaster CCTV" → "CCTV"),
     * or null.
     */
    static String outletNamed(String phrase) {
        Words w = new Words(phrase, 0, phrase.length());
        if (w.size() > 1 && Lexicon.COURTESY_TITLES.contains(w.lower(0))) {
            // "Ms Sun added": a woman, not the paper.
            return null;
        }
        String outlet = outletAt(w, 0);
        return outlet != null && phrase.endsWith(outlet) ? outlet : mediaNamed(w, 0, w.size());
    }

    /**
     * Outlets known only by their kind, all of {@code w[from, to)}: "state media", "Iranian state media", "state
     * television", "dpa news agency"; or null.
     */
    private static String mediaNamed(Words w, int from, int to) {
        int s = w.is(from, "the") || w.is(from, "The") ? from + 1 : from;
        boolean kind = w.is(to - 1, "media") || to - s >= 2 && (MEDIA_KINDS.contains(w.lower(to - 1))
                || w.is(to - 1, "agency") && (w.is(to - 2, "news") || w.is(to - 2, "press")));
        if (to - s < 1 || to - s > MAX_OUTLET_DESCRIPTOR_TOKENS || !kind) {
            return null;
        }
        for (int k = s; k < to; k++) {
            if (!w.isWord(k)) {
                return null;
            }
        }
        return w.span(s, to);
    }

    /** The kinds of outlet a phrase may name one by ("state television", "public radio"). */
    private static final Set<String> MEDIA_KINDS = Lexicon.words("television", "tv", "radio", "broadcaster");

    /** The outlet named at token {@code i}, after "to", "in", "on" and "the" ("told the Times", "said on CBS"). */
    private static String outletAt(Words w, int start) {
        int i = start;
        if (w.is(i, "to") || w.is(i, "in") || w.is(i, "on")) {
            i++;
        }
        // "in a Fox News interview"; "told The Global Times" names the Global Times, as "the" would.
        if (w.isWord(i) && (w.lower(i).equals("the") || w.lower(i).equals("a") || w.lower(i).equals("an"))) {
            i++;
        }
        boolean named = false;
        for (int k = i; k < i + MAX_OUTLET_DESCRIPTOR_TOKENS && w.isWord(k); k++) {
            if (!w.isCapitalized(k) && Lexicon.OUTLET_NOUNS.contains(w.lower(k)) && w.isCapitalized(k + 1)) {
                // "told British television station ITV", "told state broadcaster CCTV": the descriptor names an outlet.
                i = k + 1;
                named = true;
                break;
            }
        }
        // "told 10 News First": a channel number opening the name.
        int number = w.isWord(i) && Character.isDigit(w.text(i).charAt(0)) && w.isCapitalized(i + 1) ? i : -1;
        if (number >= 0) {
            i++;
        }
        if (!w.isCapitalized(i)) {
            return null;
        }
        int end = nameRun(w, i);
        if (named && w.isWord(end) && Lexicon.AUXILIARIES.contains(w.lower(end))) {
            // "told the radio station Fianna Fáil cannot be trusted": the name opens the clause told.
            return null;
        }
        if (number >= 0) {
            i = number;
        }
        if (w.isWord(end) && Character.isDigit(w.text(end).charAt(0)) && w.isCapitalized(end + 1)) {
            // "told WSFA 12 News": a channel number inside the name.
            end = nameRun(w, end + 1);
        } else if (isChannelNumber(w, end)) {
            // "told News 2 he saw …": the channel number ends it.
            end++;
        }
        boolean outlet = named;
        StringBuilder name = new StringBuilder();
        for (int k = i; k < end && w.isWord(k); k++) {
            // "told CNN’s “State of the Union”": the outlet owns the show.
            String own = Names.stripPossessive(w.text(k));
            boolean owner = !own.equals(w.text(k));
            String word = Lexicon.lower(own);
            String runOn = null;
            // "The Atlanta Journal-Constitution".
            for (String part : word.split("-")) {
                outlet |= Lexicon.OUTLETS.contains(part);
            }
            // A known outlet with one more character run on is that outlet.
            String known = word.length() > 1 ? word.substring(0, word.length() - 1) : null;
            if (known != null && Lexicon.OUTLETS.contains(known) && !Lexicon.OUTLETS.contains(word)) {
                outlet = true;
                runOn = w.text(k).substring(0, known.length());
            }
            name.append(name.length() > 0 ? " " : "").append(runOn != null ? runOn : own);
            if (runOn != null || owner) {
                break;
            }
        }
        return outlet ? name.toString() : null;
    }

    private static String description(Words w, int end) {
        if (!w.is(end, ",")) {
            return null;
        }
        int stop = end + 1;
        while (stop < w.size() && stop < end + 1 + MAX_DESCRIPTION_TOKENS && !w.is(stop, ".") && !w.is(stop, ";")
                && !(stop > end + 1 && w.is(stop, ",") && isCircumstance(w, stop + 1))) {
            stop++;
        }
        if (stop == w.size() && w.isWord(end + 1) && Lexicon.RELATIVE_WORDS.contains(w.lower(end + 1))) {
            // "said Sanders, who still insisted they come by “air,”": a relative clause cut off by the next quote
            // tells what the speaker did, not who he is.
            return null;
        }
        return descriptionOrNull(w, end + 1, stop);
    }

    /** ", in a note to clients", ", on Monday": where or when the words were said, not who said them. */
    private static boolean isCircumstance(Words w, int k) {
        return w.isWord(k) && !w.is(k, "of") && Lexicon.PREPOSITIONS.contains(w.lower(k));
    }

    /** The words {@code [from, to)} as a speaker's description, or null when they say nothing about who speaks. */
    static String descriptionOrNull(Words w, int from, int to) {
        return from < to ? trimDescription(w.span(from, to)) : null;
    }

    /**
     * A role, affiliation, age or relative clause without the punctuation around it; null for words set off by
     * commas that describe the saying, not the speaker ("however", "in a statement", "for his part").
     */
    private static String trimDescription(String s) {
        String t = s.strip();
        while (!t.isEmpty() && ",.;-\u2013\u2014\u2015".indexOf(t.charAt(t.length() - 1)) >= 0) {
            t = t.substring(0, t.length() - 1).strip();
        }
        while (!t.isEmpty() && "-\u2013\u2014\u2015".indexOf(t.charAt(0)) >= 0) {
            t = t.substring(1).strip();
        }
        if (t.length() > 2 && "DRI".indexOf(t.charAt(0)) >= 0 && t.charAt(1) == '-' && Character.isUpperCase(t.charAt(2))) {
            // "Sen. John McCain, R-Ariz., gave the meeting a thumbs up": the party tag is all the description.
            int cut = t.indexOf(',');
            return cut < 0 ? t : t.substring(0, cut);
        }
        int space = t.indexOf(' ');
        String first = Lexicon.lower(space < 0 ? t : t.substring(0, space));
        // "speaking at a conference in Manchester" says where the words were said, not who said them; "managing
        // partner at …", "acting director of …" name a role.
        String second = space < 0 ? "" : Lexicon.lower(SPACE_OR_COMMA.split(t.substring(space + 1), 2)[0]);
        boolean participle = first.endsWith("ing") && space > 0 && !Lexicon.SPEAKER_NOUNS.contains(second);
        // "…, a reference to a stunt months earlier" is about the words, not the speaker.
        String[] opening = SPACES_OR_COMMAS.split(Lexicon.lower(t), 4);
        boolean remark = (first.equals("a") || first.equals("an")) && (Lexicon.REMARK_NOUNS.contains(second)
                || opening.length > 2 && Lexicon.REMARK_NOUNS.contains(opening[2]));
        // "…, per CBS News" names the writer's source.
        boolean aside = Lexicon.PREPOSITIONS.contains(first) || first.equals("per") || participle || remark
                || space < 0 && (Lexicon.isAdverb(first) || Lexicon.CONNECTIVES.contains(first));
        return t.isEmpty() || aside ? null : t;
    }

    /** An institution's name ends at its head noun: "the US State Department Blinken" names the Department. */
    private static String trimInstitution(Words w, int s, int end) {
        if (Names.officeHolderStart(w.sub(s, end)) >= 0) {
            // "Water Resources and District Incharge Minister Govind Karjol": an office's words, then its holder.
            return w.span(s, end);
        }
        for (int k = s; k < end - 1; k++) {
            // "State Department spokeswoman Anna Richey-Allen", "Senate Minority Leader Chuck Schumer": a role after
            // the institution leads to its bearer.
            // "School Board Trustee Marisa Hanson": an institution's name may hold two of its nouns.
            boolean role = w.isWord(k + 1) && (!w.isCapitalized(k + 1) && Lexicon.isRole(w.lower(k + 1))
                    || Lexicon.TITLES.contains(w.lower(k + 1))
                    || w.isCapitalized(k + 1) && Lexicon.INSTITUTIONS.contains(w.lower(k + 1)));
            if (Lexicon.INSTITUTIONS.contains(w.lower(k)) && w.isCapitalized(k) && !isConnector(w, k + 1) && !role) {
                return w.span(s, k + 1);
            }
        }
        return w.span(s, end);
    }
}
