package com.quotecheck.extraction;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.StringJoiner;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Resolves speakers as written (surnames, titles, pronouns, "the professor") to the full names they refer to. */
final class SpeakerResolver {

    /**
     * A name written at {@code position}, for the {@code ordinal}-th time; {@code person} unless it names a place,
     * institution or outlet.
     */
    private record Mention(int position, String name, boolean person, int ordinal, boolean introduced) {
    }

    private record Resolved(int position, String name, String description, boolean person) {
    }

    /**
     * What a sentence is about, for pronouns: a named person or institution, nobody named, or a quote; {@code owner}
     * is the person an institution belongs to ("Netanyahu's office said he …").
     */
    private record Subject(String name, boolean person, boolean quote, String owner) {
        static final Subject NONE = new Subject(null, false, false, null);
        static final Subject QUOTE = new Subject(null, false, true, null);

        static Subject person(String name) {
            return new Subject(name, true, false, null);
        }

        static Subject institution(String name, String owner) {
            return new Subject(name, false, false, owner);
        }

        /** The name a pronoun of this kind ({@code person} or not) may take from the sentence, or null. */
        String nameFor(boolean forPerson) {
            return forPerson && owner != null ? owner : name != null && person == forPerson ? name : null;
        }
    }

    private static final int MAX_APPOSITION_CHARS = 120;

    /** How far before a name its lower-case role words are read ("Republican presidential nominee"). */
    private static final int MAX_ROLE_CHARS = 60;
    /** How far before a name an office joined by "and" or commas is read ("Minister for Planning, Development …"). */
    private static final int MAX_OFFICE_CHARS = 120;
    private static final int MAX_ROLE_WORDS = 4;

    /** Longest paragraph read as a headline. */
    private static final int MAX_HEADING_CHARS = 200;

    /** Longest capitalized run read as a sentence's subject ("Former Pennsylvania Gov. Ed Rendell"). */
    private static final int MAX_NAME_WORDS = 6;

    /** Most words in brackets between an office and its holder's name ("(Delhi Police)"). */
    private static final int MAX_BRACKETED_WORDS = 5;

    /** How many sentences before a quote are searched for the person its pronoun means. */
    private static final int MAX_SENTENCES_BACK = 3;

    /** How far into a sentence its subject is looked for. */
    private static final int SUBJECT_REACH_CHARS = 200;

    /** How far back "it" or "they" may reach for an institution or group that spoke: about two paragraphs. */
    private static final int INSTITUTION_REACH_CHARS = 800;
    /** "made the remarks": a sentence that says its subject spoke the words reported before. */
    private static final Pattern REMARKS =
            Pattern.compile("\\bmade (?:the|these|those) (?:remarks|comments|statements?)\\b");
    private static final Pattern NOT_CAPITALS = Pattern.compile("[^\\p{Lu}]");
    private static final Pattern HYPHEN_OR_SPACE = Pattern.compile("[- ]");
    private static final Pattern NAMING_TAIL = Pattern.compile(" (?:named|identified as|called)$");
    /** How many different roles are kept for one name ("top diplomat", "Foreign Minister"). */
    private static final int MAX_ROLES_PER_NAME = 8;

    /** How far back "the panel" or "the company" may find the name written with its noun. */
    private static final int NAMED_INSTITUTION_REACH_CHARS = 2_000;

    /** How far after a role noun the person bearing that role may first be named ("Japan's prime minister said …"). */
    private static final int ROLE_AHEAD_CHARS = 400;
    /** Longest run of roles and names before a subject's full name ("Opposition leader and CDU leader …"). */
    private static final int MAX_TITLE_CHAIN = 9;

    /** How many earlier speakers a pronoun or role noun may reach back to. */
    private static final int LOOK_BACK = 20;

    /** How many earlier mentions of a surname are weighed when expanding it: keeps resolution linear in the text. */
    private static final int SURNAME_LOOK_BACK = 50;
    /** Most letters of an office's initials written before a surname ("PM", "CS", "DSG"). */
    private static final int MAX_TITLE_INITIALS = 4;

    /** Full names (two or more name words) by each of their words, in text order. */
    private final Map<String, List<Mention>> byWord = new HashMap<>();
    /** Full names and titled surnames ("President Obama" → "Obama"), in text order: what a pronoun may refer to. */
    private final List<Mention> names = new ArrayList<>();
    private final List<Resolved> history = new ArrayList<>();
    /** How often each resolved name has been given as a speaker so far. */
    private final Map<String, Integer> spoken = new HashMap<>();
    /** The resolved names given so far to people who spoke (not institutions or groups). */
    private final Set<String> personSpeakers = new HashSet<>();
    /** How often each full name has been written so far, while indexing. */
    private final Map<String, Integer> written = new HashMap<>();
    /** The first description seen for a name: its first mention's apposition or an attribution's. */
    private final Map<String, String> appositions = new HashMap<>();
    /** The role written before a name at a mention ("Rep.", "White House counsel"): shown when no apposition is. */
    private final Map<String, String> titles = new HashMap<>();
    /** Where a surname was first written after a title alone ("President Trump"). */
    private final Map<String, Integer> titledSurnames = new HashMap<>();
    /** Every role written for a name, for "the minister" to find whoever was once called one. */
    private final Map<String, List<String>> roles = new HashMap<>();
    /** The mentions of a surname whose names bear a leader's title, by surname and title (see expand). */
    private final Map<String, List<Mention>> titleBearers = new HashMap<>();
    /** Genders the text gives, by the lower-cased last word of the name. */
    private final Map<String, Gender> genders = new HashMap<>();
    /** Genders of full names from their first names: tells Hillary from Bill Clinton. */
    private final Map<String, Gender> nameGenders = new HashMap<>();
    /** Where each capitalized word was first written alone, by its lower-cased form ("Apple" before "Apple TV"). */
    private final Map<String, Integer> writtenAlone = new HashMap<>();
    /** Bodies' names by the initials the text gives them in brackets ("African National Congress (ANC)"). */
    private final Map<String, String> spelledOut = new HashMap<>();

    private final String text;
    private final Sentences sentences;
    /** What the direct quotes cover: names inside one are the quoted speaker's words, not whom the narrative is about. */
    private final TextRanges quoted;

    SpeakerResolver(String text, Sentences sentences, TextRanges quoted) {
        this.text = text;
        this.sentences = sentences;
        this.quoted = quoted;
        Matcher initials = BRACKETED_INITIALS.matcher(text);
        // Only at brackets: indexOf skips to them many times faster than the matcher's own search.
        for (int open = text.indexOf('('); open >= 0; open = text.indexOf('(', open + 1)) {
            if (!initials.region(open, text.length()).lookingAt()) {
                continue;
            }
            String name = nameOfInitials(text, initials.start(), initials.group(1));
            if (name != null) {
                spelledOut.putIfAbsent(initials.group(1), name);
            }
        }
        int n = text.length();
        int i = 0;
        int paragraphEnd = -1;
        boolean heading = false;
        while (i < n) {
            if (!Character.isUpperCase(text.charAt(i)) || i > 0 && Character.isLetterOrDigit(text.charAt(i - 1))) {
                i++;
                continue;
            }
            if (i > paragraphEnd) {
                // A title-case headline runs names into the words after them ("Obama Sees 'Personal Insult'").
                int paragraphStart = sentences.paragraphStart(i);
                paragraphEnd = sentences.paragraphEnd(i);
                heading = paragraphEnd - paragraphStart <= MAX_HEADING_CHARS
                        && Words.isTitleCase(text, paragraphStart, paragraphEnd);
            }
            // A run of capitalized words joined by single spaces: only runs of two or more can hold a full name.
            int end = wordEnd(text, i);
            if (Lexicon.NOT_NAMES.contains(Lexicon.lower(text.substring(i, end)))
                    && !Names.isAcronym(text.substring(i, end))) {
                // "To Neville and Ruth Kydd", "In Rome": the sentence's first word opens no name ("WHO Director-General
                // Tedros …" does).
                i = end;
                continue;
            }
            int words = 1;
            // A possessive ends the name it belongs to: "Mr. Trump's RT appearance".
            while (end + 1 < n && text.charAt(end) == ' ' && !isPossessiveEnd(text, end)) {
                if (Character.isUpperCase(text.charAt(end + 1))
                        || Words.isParticleName(text, end + 1, wordEnd(text, end + 1))) {
                    end = wordEnd(text, end + 1);
                    words++;
                } else if (text.startsWith("of ", end + 1) && end + 4 < n && Character.isUpperCase(text.charAt(end + 4))
                        && Lexicon.TITLES.contains(Lexicon.lower(text.substring(wordStart(text, end), end)))) {
                    // "State Superintendent of Public Instruction Tony Thurmond": an office's name holds "of".
                    end = wordEnd(text, end + 4);
                    words++;
                } else if (Words.nicknameEnd(text, end + 1) > 0) {
                    end = Words.nicknameEnd(text, end + 1);
                } else if (particlesEnd(text, end + 1) > 0) {
                    // "Ursula von der Leyen", "Bill de Blasio".
                    end = wordEnd(text, particlesEnd(text, end + 1));
                    words++;
                } else {
                    break;
                }
            }
            if (words >= 2 && !heading) {
                index(text, i, end);
            } else if (words == 1 && !heading) {
                indexSharedSurname(text, i, end);
                writtenAlone.putIfAbsent(key(Names.stripPossessive(text.substring(i, end))), i);
            }
            i = end + 1;
        }
    }

    /**
     * "Tina and Robert Horne": a first name joined to a full name shares its surname, so "Tina" later is Tina Horne.
     * Only a known first name before a person's name: "Trump and Mike Pence" share nothing, nor "Chris and Fox News".
     */
    private void indexSharedSurname(String text, int from, int to) {
        String given = text.substring(from, to);
        if (!text.startsWith(" and ", to) || Names.givenNameGender(given + " ") == null) {
            return;
        }
        Words next = new Words(text, to + 5, Math.min(text.length(), to + 5 + SUBJECT_REACH_CHARS));
        int end = nameRunEnd(next, 0);
        String full = end == 2 ? Names.personName(next, 0, 2) : null;
        if (full == null || !Names.isPerson(full, next)) {
            return;
        }
        String name = given + " " + Names.stripPossessive(next.text(1));
        Mention m = new Mention(from, name, true, written.merge(name, 1, Integer::sum), false);
        names.add(m);
        nameGenders.putIfAbsent(name, Names.givenNameGender(name));
        for (String word : name.split(" ")) {
            byWord.computeIfAbsent(key(word), k -> new ArrayList<>()).add(m);
        }
    }

    /**
     * "at a Los Angeles beauty salon", "the Trump campaign": a name between an article and the noun it modifies is no
     * person being written about.
     */
    private static boolean isAttributive(String text, int from, int to) {
        int before = from;
        while (before > 0 && text.charAt(before - 1) == ' ') {
            before--;
        }
        int article = before;
        while (article > 0 && before - article < 3 && Character.isLetter(text.charAt(article - 1))) {
            article--;
        }
        String word = Lexicon.lower(text.substring(article, before));
        if (article == before || article > 0 && Character.isLetter(text.charAt(article - 1))
                || !(word.equals("a") || word.equals("an") || word.equals("the"))) {
            return false;
        }
        int next = to;
        while (next < text.length() && text.charAt(next) == ' ') {
            next++;
        }
        return next < text.length() && Character.isLowerCase(text.charAt(next));
    }

    /**
     * "Super Eagles coach, Eric Chelle, said": a name before a lower-case role set off from its bearer's name is the
     * team or body the role serves.
     */
    private static boolean modifiesSetOffRole(String text, int to) {
        if (to + 1 >= text.length() || text.charAt(to) != ' ' || !Character.isLowerCase(text.charAt(to + 1))) {
            return false;
        }
        int wordEnd = to + 1;
        while (wordEnd < text.length() && Character.isLetter(text.charAt(wordEnd))) {
            wordEnd++;
        }
        if (wordEnd >= text.length() || text.charAt(wordEnd) != ',') {
            return false;
        }
        Words after = new Words(text, to, Math.min(text.length(), to + SUBJECT_REACH_CHARS));
        return after.size() > 2 && after.isWord(0) && !after.isCapitalized(0) && Names.isPersonRole(after.lower(0))
                && after.is(1, ",") && after.isCapitalized(2);
    }

    private void index(String text, int from, int to) {
        String run = text.substring(from, to);
        String normal = Names.withoutLeadInCapitals(run);
        // "LIZ Truss yesterday …": a lead's first word set in capitals is still a given name.
        Words w = normal.equals(run) ? new Words(text, from, to) : new Words(normal, 0, normal.length());
        if (hasHeadingWord(w, 0, w.size())) {
            // "labels such as PHOTO ASSETS, USER FLOW": words in capitals are a heading or a label, not a person.
            return;
        }
        Gender titled = w.size() >= 2 ? Names.genderOf(w.lower(0)) : null;
        if (titled != null) {
            // "Mr. Lee", "Ms. Ana Ruiz": the title gives the gender of whoever bears the surname.
            genders.putIfAbsent(key(Names.stripPossessive(w.text(w.size() - 1))), titled);
        }
        Words office = officeRunningInto(text, from, to);
        int holder = office == null ? -1 : Names.officeHolderStart(office);
        // "MEMBER for Murray Plains Peter Walsh": the office's "for" shows where its field may end.
        boolean served = text.startsWith("for ", from - 4) || text.startsWith("of ", from - 3);
        Words withServed = served ? new Words(text, text.lastIndexOf(' ', from - 2) + 1, to) : w;
        String name = holder >= 0 ? Names.personName(office, holder, office.size())
                : Names.personName(withServed, served ? 1 : 0, withServed.size());
        if (name == null) {
            String surname = Names.titledSurname(w);
            if (surname != null) {
                // "President Obama": a person a later "he" may mean, though too short to expand a surname to.
                names.add(new Mention(from, surname, true, 0, false));
                titledSurnames.putIfAbsent(surname, from);
                String role = roleSetOffBefore(text, from, to);
                if (role != null) {
                    // "The Taoiseach, Mr Ahern, has made …": who a later "the Taoiseach" is.
                    addRole(surname, role);
                }
                // "Pope Francis": who a later "the pope" is.
                addRole(surname, w.span(0, w.size() - 1));
            }
            return;
        }
        String apposition = appositionAfter(text, to);
        if (apposition == null) {
            apposition = roleSetOffBefore(text, from, to);
        }
        if (apposition == null) {
            apposition = officeOpeningBefore(from);
        }
        Mention m = new Mention(from, name, Names.isPerson(name, w) && !isAttributive(text, from, to)
                && !(Names.givenNameGender(name) == null && modifiesSetOffRole(text, to)),
                written.merge(name, 1, Integer::sum), apposition != null);
        names.add(m);
        Gender given = Names.givenNameGender(name);
        if (given != null && m.person()) {
            nameGenders.putIfAbsent(name, given);
        }
        for (String word : name.split(" ")) {
            byWord.computeIfAbsent(key(word), k -> new ArrayList<>()).add(m);
            int hyphen = word.indexOf('-');
            if (hyphen > 0 && Words.isParticleName(word, 0, word.length())) {
                // "Ali al-Naimi" is "Naimi" later as well as "al-Naimi".
                byWord.computeIfAbsent(key(word.substring(hyphen + 1)), k -> new ArrayList<>()).add(m);
            }
        }
        if (apposition != null) {
            appositions.putIfAbsent(name, apposition);
            addRole(name, apposition);
        }
        String initials = initialsBefore(text, from);
        if (m.person() && initials != null) {
            // "Director General of Police (DGP) Manoj Yadava": who a later "the DGP" is.
            addRole(name, initials);
        }
        String honour = Names.stripPossessive(w.text(w.size() - 1));
        if (m.person() && Lexicon.POSTNOMINALS.contains(Lexicon.lower(honour)) && !name.endsWith(honour)) {
            // "Nigel Godsmark QC": who "the QC" is later.
            addRole(name, honour);
        }
        if (m.person()) {
            // "Police spokeswoman Sgt. Dana Whitfield": the role words before the run and the titles inside it.
            String roleWords = roleWordsBefore(text, from);
            String title = holder >= 0 ? Names.titleBefore(office, holder)
                    : Names.titleBefore(w, Names.nameStart(w, 0, w.size()));
            String role = roleWords == null ? title : title == null ? roleWords : roleWords + " " + title;
            if (role != null) {
                titles.putIfAbsent(name, role);
                addRole(name, role);
            }
            if (w.lower(0).startsWith("dr") && Lexicon.COURTESY_TITLES.contains(w.lower(0))) {
                // "Dr Liina Palm": who "the doctor" is later, though the title shows no role on the page.
                addRole(name, "doctor");
            }
            String affiliation = apposition == null && role == null ? affiliationAfter(text, to) : null;
            if (affiliation != null && !titles.containsKey(name)) {
                // "Dr. Anne Lee of Stanford University has studied …": where she works describes her.
                appositions.putIfAbsent(name, affiliation);
                addRole(name, affiliation);
            }
        }
    }

    /** The initials in brackets right before a name ("(DGP) Manoj Yadava", "(CEC), Sikandar Raja"), or null. */
    private static String initialsBefore(String text, int from) {
        int k = from - 1;
        while (k >= 0 && (text.charAt(k) == ' ' || text.charAt(k) == ',')) {
            k--;
        }
        if (k < 2 || text.charAt(k) != ')') {
            return null;
        }
        int open = text.lastIndexOf('(', k);
        String inside = open < 0 || k - open > MAX_INITIALS_CHARS ? null : text.substring(open + 1, k);
        return inside != null && Lexicon.CAPITALS.matcher(inside).matches() ? inside : null;
    }

    /** "of Stanford University", "at the Cato Institute", "from NASA" right after a name; or null. */
    private static String affiliationAfter(String text, int to) {
        for (String preposition : AFFILIATIONS) {
            if (!text.startsWith(preposition, to)) {
                continue;
            }
            int from = to + preposition.length();
            Words w = new Words(text, from, Math.min(text.length(), from + MAX_APPOSITION_CHARS));
            int s = w.is(0, "the") ? 1 : 0;
            int end = s;
            while (end < w.size() && end < s + MAX_NAME_WORDS && (w.isCapitalized(end)
                    || end > s && (w.is(end, "of") || w.is(end, "for")) && w.isCapitalized(end + 1))) {
                end++;
            }
            return end > s ? text.substring(to + 1, w.end(end - 1)) : null;
        }
        return null;
    }

    private static final String[] AFFILIATIONS = {" of ", " at ", " from "};

    /**
     * The role a name is set off from by commas: "The family's attorney, Ben Crump, disagreed." gives "family's
     * attorney"; null unless a determiner opens the role and a comma closes the name.
     */
    /**
     * "Health and Human Services Secretary Xavier Becerra", "Minister of Information and Culture Lai Mohammed": the
     * office whose parts, joined by "and", "of", "for" or commas, run into the capitalized run {@code [from, to)},
     * with the run; null when nothing before the run belongs to an office.
     */
    private static Words officeRunningInto(String text, int from, int to) {
        String before = text.substring(Math.max(0, from - OFFICE_JOINS_CHARS), from);
        if (!before.endsWith(", ") && !before.endsWith(" and ") && !before.endsWith(" & ") && !before.endsWith(" of ")
                && !before.endsWith(" for ")) {
            return null;
        }
        int windowStart = Math.max(0, from - MAX_OFFICE_CHARS);
        for (int k = from - 1; k >= windowStart; k--) {
            if (text.charAt(k) == '\n') {
                windowStart = k + 1;
                break;
            }
        }
        Words w = new Words(text, windowStart, to);
        int first = w.size() - 1;
        while (first > 0 && w.start(first) > from) {
            first--;
        }
        int start = Names.officeStartBefore(w, first, w.size());
        return start < first ? w.sub(start, w.size()) : null;
    }

    /** Length of the longest word joining an office's parts before a name, with its spaces (" and "). */
    private static final int OFFICE_JOINS_CHARS = 5;

    /**
     * "Minister of Information and Culture, Lai Mohammed says …": an office opening the sentence, set off before the
     * name; null otherwise.
     */
    private String officeOpeningBefore(int from) {
        if (from < 2 || text.charAt(from - 2) != ',' || text.charAt(from - 1) != ' ') {
            return null;
        }
        int start = sentences.startOf(from);
        if (from - 2 - start > MAX_ROLE_CHARS) {
            return null;
        }
        Words w = new Words(text, start, from - 2);
        boolean office = w.size() >= 3 && w.isCapitalized(0) && Lexicon.TITLES.contains(w.lower(0)) && w.is(1, "of");
        for (int k = 0; office && k < w.size(); k++) {
            office = w.isWord(k);
        }
        return office ? w.span(0, w.size()) : null;
    }

    private static String roleSetOffBefore(String text, int from, int to) {
        if (from < 2 || to >= text.length() || text.charAt(to) != ',' || text.charAt(from - 2) != ','
                || text.charAt(from - 1) != ' ') {
            return null;
        }
        int lineStart = text.lastIndexOf('\n', from - 1) + 1;
        Words w = new Words(text, Math.max(lineStart, from - 2 - MAX_ROLE_CHARS), from - 2);
        int end = w.size();
        // "The Prime Minister, Boris Johnson, said": a title, whatever its capitals.
        if (end == 0 || !w.isWord(end - 1) || w.isCapitalized(end - 1) && !Lexicon.TITLES.contains(w.lower(end - 1))
                || !Lexicon.isRole(w.lower(end - 1))) {
            return null;
        }
        for (int s = end - 2; s >= 0 && s >= end - 1 - MAX_ROLE_WORDS; s--) {
            if (!w.isWord(s)) {
                return null;
            }
            if (Lexicon.DETERMINERS.contains(w.lower(s))) {
                // The determiner opens the sentence or a clause: "… disagreed. The family's attorney, Ben Crump, …".
                boolean opens = s == 0 || !w.isWord(s - 1);
                return opens ? w.span(s + 1, end) : null;
            }
        }
        return null;
    }

    /** The apposition after a name ending at {@code to}: ", a professor at …", ", president of …"; or null. */
    private static String appositionAfter(String text, int to) {
        if (to + 2 >= text.length() || text.charAt(to) != ',' || text.charAt(to + 1) != ' ') {
            return null;
        }
        Words after = new Words(text, to + 2, Math.min(text.length(), to + 2 + MAX_APPOSITION_CHARS));
        if (!after.isWord(0) || after.isCapitalized(0)
                || !Lexicon.DETERMINERS.contains(after.lower(0)) && !Lexicon.isRole(after.lower(0))) {
            return null;
        }
        int k = 0;
        boolean relative = false;
        while (k < after.size() && !after.is(k, ",") && !after.is(k, ".")) {
            relative |= after.isWord(k) && Lexicon.RELATIVE_WORDS.contains(after.lower(k));
            if (after.isWord(k) && (Lexicon.REPORTING_VERBS.contains(after.lower(k))
                    || !relative && Lexicon.AUXILIARIES.contains(after.lower(k)))) {
                // "…, sources said.": an attribution, not an apposition ("a former state attorney general" is one);
                // "If the candidate is Donald Trump, the answer is no.": a clause ("a lawyer who has …" is one).
                return null;
            }
            k++;
        }
        return AttributionParser.descriptionOrNull(after, 0, k);
    }

    /**
     * The lower-case role words, with a name or adjective before them, right before a name at {@code from}
     * ("police spokeswoman", "Republican presidential nominee", "Clinton aide"); null when no role noun stands there.
     */
    private static String roleWordsBefore(String text, int from) {
        int wordEnd = from - 1;
        if (wordEnd < 1 || text.charAt(wordEnd) != ' ' || !Character.isLowerCase(text.charAt(wordEnd - 1))) {
            // Most names follow punctuation, a capital or a verb: read no further.
            return null;
        }
        int wordStart = wordEnd - 1;
        while (wordStart > 0 && Character.isLetter(text.charAt(wordStart - 1))) {
            wordStart--;
        }
        if (!Lexicon.isRole(text.substring(wordStart, wordEnd))) {
            return null;
        }
        // A headline or a line above without its full stop is no part of the role.
        int lineStart = text.lastIndexOf('\n', from - 1) + 1;
        Words w = new Words(text, Math.max(lineStart, from - MAX_ROLE_CHARS), from);
        int end = w.size();
        if (end == 0 || !w.isWord(end - 1) || w.isCapitalized(end - 1) || !Lexicon.isRole(w.lower(end - 1))) {
            return null;
        }
        int s = end - 1;
        // "described Democratic presidential nominee Hillary Clinton": a past participle or verb opens no role.
        while (s > 0 && end - s < MAX_ROLE_WORDS && w.isWord(s - 1) && !Lexicon.DETERMINERS.contains(w.lower(s - 1))
                && !Lexicon.NOT_NAMES.contains(w.lower(s - 1)) && !Lexicon.PREPOSITIONS.contains(w.lower(s - 1))
                && !Lexicon.isCue(w.lower(s - 1)) && !Lexicon.CLAUSE_WORDS.contains(w.lower(s - 1))
                && !(w.lower(s - 1).endsWith("ed") && !w.isCapitalized(s - 1))) {
            s--;
        }
        return w.span(s, end);
    }

    private static boolean isPossessiveEnd(String text, int end) {
        return end >= 2 && text.charAt(end - 1) == 's'
                && (text.charAt(end - 2) == '\'' || text.charAt(end - 2) == '\u2019');
    }

    /** Where the name word after one or two particles starting at {@code i} begins ("von der Leyen"), or -1. */
    private static int particlesEnd(String text, int i) {
        int k = i;
        for (int particles = 0; particles < 2; particles++) {
            int end = wordEnd(text, k);
            if (end <= k || !Lexicon.NAME_PARTICLES.contains(text.substring(k, end)) || end + 1 >= text.length()
                    || text.charAt(end) != ' ') {
                return -1;
            }
            k = end + 1;
            if (Character.isUpperCase(text.charAt(k))) {
                return k;
            }
        }
        return -1;
    }

    private static int wordStart(String text, int end) {
        int i = end;
        while (i > 0 && !Character.isWhitespace(text.charAt(i - 1))) {
            i--;
        }
        return i;
    }

    private static int wordEnd(String text, int i) {
        int j = i;
        while (j < text.length()) {
            char c = text.charAt(j);
            if (Character.isLetterOrDigit(c) || (c == '.' || c == '-' || c == '\'' || c == '’')
                    && j + 1 < text.length() && Character.isLetterOrDigit(text.charAt(j + 1))) {
                j++;
            } else if (c == '.' && j - i <= 3) {
                // Titles and initials keep their dot inside a name ("Mr. Lee", "John F. Kerry").
                j++;
                break;
            } else {
                break;
            }
        }
        return j;
    }

    /**
     * The full name for a speaker written at {@code position}; remembers it so later pronouns and role nouns
     * can refer back. Call in text order.
     */
    String resolve(String speaker, int position, String description) {
        return resolve(speaker, position, description, position);
    }

    /**
     * As {@link #resolve(String, int, String)} for the speaker of a quote opening at {@code quoteStart}: a pronoun
     * may then mean the person the sentence before the quote is about.
     */
    String resolve(String speaker, int position, String description, int quoteStart) {
        if (speaker == null) {
            return null;
        }
        Words w = new Words(speaker, 0, speaker.length());
        if (w.size() == 0 || w.size() == 1 && Lexicon.QUANTITY_PRONOUNS.contains(w.lower(0))) {
            // "Many say …": people the text does not name.
            return null;
        }
        int and = Names.joinedNames(w);
        if (and > 0) {
            // "Ruiz and Haddad call them …", "Bromberg, Rangiah and Bromwich found": each name resolves on its own.
            StringJoiner listed = new StringJoiner(", ");
            boolean all = true;
            for (String name : Names.listedBefore(w, and)) {
                String one = resolve(name, position, null);
                all &= one != null;
                listed.add(String.valueOf(one));
            }
            String left = listed.toString();
            String right = resolve(w.span(and + 1, w.size()), position, null);
            if (all && right != null) {
                // Both, as one group: what "the pair" or "they" means next.
                String both = left + " and " + right;
                history.add(new Resolved(position, both, description, false));
                return both;
            }
        }
        String first = w.lower(0);
        String ownerPronoun = Lexicon.OWNER_PRONOUNS.get(first);
        if (ownerPronoun != null && w.size() >= 2 && w.isWord(1)
                && (Lexicon.DOCUMENTS.contains(w.lower(1)) || POSTS.contains(w.lower(1)))) {
            // "his post on X read", "her statement said": the words of whom the pronoun means.
            return resolve(ownerPronoun, position, description, quoteStart);
        }
        String resolved;
        boolean person;
        if (w.size() == 1 && Lexicon.PRONOUNS.contains(first)) {
            person = Lexicon.PERSON_PRONOUNS.contains(first);
            Gender gender = first.equals("he") ? Gender.MALE : first.equals("she") ? Gender.FEMALE : null;
            if (person && gender == null && !quoted.covers(position)) {
                // "I" or "we" in the narrative is the writer, who is not named in the text.
                return null;
            }
            int before = Math.min(position, quoteStart);
            // "Helmut Norpoth and Michael Bednarczuk built a model. “…,” they wrote": the two the sentence before
            // opens with.
            String pair = first.equals("they") ? pairSubjectBefore(before, sentences.startOf(
                    Math.max(0, sentences.startOf(before) - 1))) : null;
            resolved = person ? twoWordNameInFull(lastPerson(position, gender, before), position)
                    : pair != null ? pair : lastInstitution(position, before, first.equals("they"));
            if (resolved == null) {
                return null;
            }
            if (gender != null) {
                // "Johnson told reporters …, he said": a person, so a later "the company" is not Johnson.
                genders.putIfAbsent(genderKey(resolved), gender);
            }
        } else {
            String creator = createdWork(w) ? subjectOrLastSpeaker(Math.min(position, quoteStart), position) : null;
            if (creator != null) {
                // "The creator of the sitcom said": whoever the sentences before are about, named by their work.
                return resolve(creator, position, description, quoteStart);
            }
            int roleEnd = roleBeforeOccasion(w);
            if (roleEnd > 0) {
                // "The lead prosecutor in the Erin Patterson murder trial": the prosecutor, not the accused.
                return resolve(w.span(0, roleEnd), position, description, quoteStart);
            }
            // "a spokesman for Ruiz", "Clinton aides": the role or group speaks, named by the whole phrase.
            boolean group = Names.isGroup(w);
            boolean serving = group || Names.speaksForSomeone(w);
            // "the Sinn Fein leader", "the White House press secretary", "An Eldorado Park resident": capitals
            // modifying a role name no one.
            boolean modifiedRole = Lexicon.DETERMINERS.contains(first) && w.size() > 2 && capitalizedWithin(w)
                    && !w.isCapitalized(w.size() - 1) && Names.isPersonRole(w.lower(w.size() - 1));
            // "A seller at a market in Delhi", "a buyer in Mumbai": someone described by where they are, not the place.
            boolean placed = Names.describedByPlace(w);
            String identified = Names.namedAtEnd(w);
            String name = identified != null ? identified
                    : serving || modifiedRole || placed ? null : Names.firstName(w, true);
            String described = Names.nameOpening(description);
            if (described == null && placed && description != null) {
                // "A buyer in Mumbai, Dr Khan, told ANI": a titled surname set off after the description.
                described = Names.titledSurname(new Words(description, 0, description.length()));
            }
            // "Washington State Patrol spokesman, Sgt. Mark Francis, tweeted": a role the name is set off from.
            boolean setOffRole = !w.isCapitalized(w.size() - 1) && Names.isPersonRole(w.lower(w.size() - 1));
            if (name == null || described != null && (speaker.contains(name + "'s") || speaker.contains(name + "’s")
                    || setOffRole)) {
                // "Joe Biden's press secretary, Karine Jean-Pierre, said": the one named speaks, not the owner.
                name = described != null ? described : name;
            }
            // "one West Virginia official" is a role: the place before its head noun is not the speaker; so is "The
            // Police Commissioner", whatever its capitals.
            String head = w.lower(w.size() - 1);
            boolean personRole = Lexicon.DETERMINERS.contains(first) && Names.isPersonRole(head);
            boolean roleHead = !w.isCapitalized(w.size() - 1) && Lexicon.SPEAKER_NOUNS.contains(head) || personRole;
            // "The UN mission in South Sudan", "the Minister of Information in Yei": not the place it serves.
            boolean office = Names.namesOfficeOf(w);
            String place = name == null && !roleHead && !serving && !office && !placed ? Names.firstName(w, false)
                    : null;
            String issuer = name == null && place == null ? issuedDocumentAuthor(w, position) : null;
            // "The South China Morning Post said": a paper, which "she" never means.
            String outlet = name == null && place == null && issuer == null ? AttributionParser.outletNamed(speaker)
                    : null;
            // "the Ohio Republican": a capitalized role head after other capitals names no one either, if someone
            // bears the role (a lower-case head, "the Sinn Fein leader", goes the role's way below); nor does "the
            // head of the World Health Organization".
            if (name == null && place == null && issuer == null && outlet == null) {
                outlet = outletMeant(w, position);
            }
            String organisation = name == null && place == null && issuer == null && outlet == null
                    ? organisationMeant(w, position) : null;
            String capitalizedRole = first.equals("the") && w.size() > 2 && w.isCapitalized(1) && !serving
                    && !modifiedRole || roleBeforeItsField(w) != w ? roleMatch(w, position) : null;
            if (capitalizedRole == null && w.size() == 2 && first.equals("the") && Names.isAcronym(w.text(1))) {
                capitalizedRole = initialsBearer(w.text(1));
                // "The AG said" after "Attorney General Paul Kihara Kariuki": the office's usual initials.
                capitalizedRole = capitalizedRole == null && Lexicon.TITLE_EXPANSIONS.containsKey(w.lower(1))
                        ? roleMatch(w, position) : capitalizedRole;
            }
            if (capitalizedRole == null && w.size() == 3 && first.equals("the") && w.isCapitalized(1)
                    && Lexicon.PARTY_MEMBERS.contains(head)) {
                // "Sen. Ted Cruz, who said … “…,” the Texas Republican said": a party member from a place is no
                // office anyone holds, but the writer naming again the person the sentences before are about.
                capitalizedRole = subjectOrLastSpeaker(Math.min(position, quoteStart), position);
            }
            if (capitalizedRole != null) {
                person = true;
                resolved = capitalizedRole;
            } else if (name != null) {
                person = true;
                // "Mavs coach Kidd": a surname after its role, in full where the text gives it.
                resolved = name.indexOf(' ') < 0 ? expand(name, position, Names.describedGender(w))
                        : twoWordNameInFull(name, position);
            } else if (issuer != null) {
                // "the statement said" after "Bisciotti said in a statement": a person may stand behind a document.
                person = personSpeakers.contains(issuer);
                resolved = issuer;
            } else if (place != null || outlet != null) {
                // "North Korea said": a country or outlet speaks, but "he" never means it.
                person = false;
                // "the Times" after "The New York Times" is that paper.
                resolved = place != null ? place : outlet.indexOf(' ') < 0 ? expand(outlet, position) : outlet;
            } else if (organisation != null) {
                person = false;
                resolved = organisation;
            } else if (Names.isInstitution(w) && !personRole) {
                String owner = documentOwner(w);
                String ownerNamed = owner == null || owner.indexOf(' ') >= 0 ? owner : expand(owner, position);
                // "Cara’s statement on Instagram began" after "Alessia Cara shared …": the person's own document.
                List<Mention> ownerMentions = owner == null ? null : byWord.get(key(owner));
                person = ownerNamed != null && (personSpeakers.contains(ownerNamed) || ownerMentions != null
                        && ownerMentions.stream().anyMatch(m -> m.person() && m.name().equals(ownerNamed)));
                String named = person ? ownerNamed : namedInstitution(w, position);
                resolved = named != null ? named : institutionName(w, position);
            } else {
                // "the Vermont senator" is a role: the proper adjective before it names no one; nor does "the
                // Portuguese", a nationality standing for a person.
                boolean role = Lexicon.DETERMINERS.contains(first) && (!w.isCapitalized(w.size() - 1)
                        && Lexicon.SPEAKER_NOUNS.contains(head) || personRole || isNationality(w));
                // "a spokesman for Ruiz" is the spokesman, named by the whole phrase.
                String firm = Names.firmAfterItsKind(w);
                String single = firm != null ? firm : role || serving || office || placed ? null : Names.singleName(w);
                if (single != null && Names.isAcronym(single) && !Names.stripPossessive(w.text(w.size() - 1)).equals(single)) {
                    // "E.U. leaders": an acronym names the speakers' institution, not a surname.
                    single = null;
                }
                String match = single == null && !serving ? roleMatch(w, position) : null;
                if (match == null && single == null) {
                    match = pairSpoken(w, position);
                }
                if (match == null && single == null && !serving && (role || office) && first.equals("the")
                        && !Lexicon.UNNAMED_ROLES.contains(head) && !Lexicon.LEADER_TITLES.contains(
                                Names.stripDeterminer(w).toLowerCase(Locale.ROOT))) {
                    // "Christian Matheson asked … The Labour MP for Chester asked: ‘…’": a role no one was given names
                    // the person the sentences before are about, if nothing else describes them ("the source" and
                    // "the president" may be someone else).
                    String subject = subjectOrLastSpeaker(Math.min(position, quoteStart), position);
                    // "the newly elected conservative leader", "the Spanish forward", "the Portuguese": a role
                    // dressed in adjectives is the writer naming the subject again, however the subject was
                    // described before.
                    match = subject != null && (knownDescription(subject) == null || describedAgain(w)) ? subject : null;
                }
                if (match == null && single == null) {
                    // "Bill Withers … has died, his family has said": the owner may be named in the report itself.
                    int ownerBefore = quoteStart < position && !quoted.covers(quoteStart) ? position
                            : Math.min(position, quoteStart);
                    match = ownersRole(w, position, ownerBefore);
                    // "Withers’ family said": the family of the person the surname means, named in full.
                    match = match == null && w.size() == 2 && Names.isPersonRole(w.lower(1))
                            ? namedOwnersRole(w, 0, 1) : match;
                }
                if (match == null && single == null && isAgeEpithet(w)) {
                    // "Sophie Okonedo said she saw Hawke and McGregor become friends. The 54-year-old said:": an age
                    // names the person the sentences before are about; "James Markward, who lives nearby, said …¶
                    // “…,” the 72-year-old told The Associated Press": else the person just quoted.
                    match = salientSubject(sentences.startOf(position), quoted.covers(position), true);
                    match = match != null ? match : lastPerson(position, null, position);
                }
                // A group ("McConnell aides", "the pair") is what a later "they" means, never "he" or "she".
                person = !group && firm == null && (match == null || !match.contains(" and "));
                resolved = single != null ? expand(single, position, Names.describedGender(w)) : match != null ? match
                        : Names.rolePhrase(w);
                String bearer = single == null && match == null && resolved != null && !group
                        ? bearerNamedNext(w, position) : null;
                if (bearer != null) {
                    // "VW CEO warns …¶Volkswagen AG Chief Executive Herbert Diess warned …": a lead gives the role
                    // first and its bearer just after.
                    resolved = bearer;
                    person = true;
                }
                boolean determinedTitle = w.size() == 2 && Lexicon.DETERMINERS.contains(first);
                if (resolved == null && (w.size() == 1 && !Names.isAcronym(w.text(0)) || determinedTitle)
                        && w.isCapitalized(w.size() - 1) && Lexicon.TITLES.contains(head)
                        && !PARTY_OR_COUNTRY_TITLES.contains(head)) {
                    // "Taoiseach says …" in a headline, "the DM said": the office, for want of its holder's name;
                    // "Green said" after "Queensland coach Paul Green": a surname spelled like a title.
                    resolved = determinedTitle ? w.text(1) : expand(w.text(0), position);
                }
                if (resolved == null) {
                    // "in a box labeled “…”": a common noun that names no one is left unresolved, not guessed.
                    return null;
                }
            }
        }
        if (person && Lexicon.STATE_NAMES.contains(key(resolved)) && (byWord.get(key(resolved)) == null
                || !byWord.get(key(resolved)).get(0).person())) {
            // "India said it wanted assurances": a country speaks, but a later "he" never means it.
            person = false;
        }
        if (person && w.size() == 2 && first.equals("the") && Names.isAcronym(w.text(1))
                && resolved.equals(w.text(1))) {
            // "the IRS argued": a body by its initials, which a later "he" never means.
            person = false;
        }
        if (person && w.size() > 1 || description != null) {
            Gender described = Names.describedGender(w);
            if (described == null && description != null) {
                described = Names.describedGender(new Words(description, 0, description.length()));
            }
            if (described != null) {
                genders.putIfAbsent(genderKey(resolved), described);
            }
        }
        String body = spelledOut.get(resolved);
        if (body != null) {
            // "ANC said" after "the African National Congress (ANC)": the body by its name.
            resolved = body;
            person = false;
        }
        resolved = Names.withoutLeadInCapitals(resolved);
        history.add(new Resolved(position, resolved, description, person));
        spoken.merge(resolved, 1, Integer::sum);
        if (person) {
            personSpeakers.add(resolved);
        }
        String own = ownDescription(speaker, description, resolved);
        if (own != null) {
            appositions.putIfAbsent(resolved, own);
            addRole(resolved, own);
        }
        return resolved;
    }

    /**
     * The role and affiliation to show for a speaker written as {@code speaker}, with the apposition written with it,
     * resolved to {@code name}: the apposition; the role the name was set off from ("The Prime Minister, Keir
     * Starmer, said"); a title before the name ("Clinton spokesman Jesse Lehrich"); else what was written for the
     * name anywhere so far ("Hass says" keeps Ryan Hass's); or null.
     */
    String describe(String speaker, String description, String name) {
        if (name == null || speaker == null) {
            return description;
        }
        String own = ownDescription(speaker, description, name);
        if (own != null && name.contains(" and ") && speaker.contains(own) && !own.endsWith("s")) {
            // "Council Speaker Adrienne Adams and Finance Chair Justin Brannan": a role of one of two describes
            // neither pair; "presidential candidates Anies Baswedan and Ganjar Pranowo" describes both.
            own = null;
        }
        String known = knownDescription(name);
        // "Cole, who is seeking her first office, said": a relative clause says less than a role given before.
        boolean relative = own != null && (own.startsWith("who ") || own.startsWith("which "));
        return own != null && !(relative && known != null) ? own : known;
    }

    /** As {@link #describe}, from what is written with this speaker only. */
    private static String ownDescription(String speaker, String description, String name) {
        Words w = new Words(speaker, 0, speaker.length());
        if (description != null && name.equals(Names.nameOpening(description))) {
            String own = w.size() == 1 && Lexicon.PRONOUNS.contains(w.lower(0)) ? null : Names.stripDeterminer(w);
            // "His opponent, former state attorney general Diane Cole,": both roles; an abbreviation ("Mr.") adds
            // nothing.
            String role = description.substring(0, description.indexOf(name.substring(0, name.indexOf(' ') < 0
                    ? name.length() : name.indexOf(' ')))).strip();
            return abbreviationsOnly(role) || own == null ? own : own + ", " + role;
        }
        String written = writtenRole(w, speaker, name);
        if (description == null) {
            return written;
        }
        // "said coach Jane Doe, 45,": the role before the name and the apposition after it both describe her.
        boolean adds = written != null && !abbreviationsOnly(written)
                && !Lexicon.lower(description).contains(Lexicon.lower(written));
        // "Sergeant Dana Whitfield, of the Harlow Police Department,": the role is of the department.
        return !adds ? description : written + (description.startsWith("of ") ? " " : ", ") + description;
    }

    /** "Mr.", "Rep.", "Sen. Dr.": a title the apposition says better. */
    private static boolean abbreviationsOnly(String role) {
        // British style drops the stop: "Dr", "Mr".
        return Arrays.stream(role.split(" ")).allMatch(word -> word.isEmpty() || word.endsWith(".")
                || Lexicon.ABBREVIATED_WORDS.contains(Lexicon.lower(word)));
    }

    /** The role written with the name in {@code speaker} ("Mavs coach Kidd", "Bonnie Glaser of the Cato Institute"). */
    private static String writtenRole(Words w, String speaker, String name) {
        String firstWord = name.indexOf(' ') < 0 ? name : name.substring(0, name.indexOf(' '));
        String lastWord = name.substring(name.lastIndexOf(' ') + 1);
        for (int k = 0; k < w.size(); k++) {
            // "Mavs coach Kidd" for Jason Kidd: the role before the surname.
            boolean surnameClosing = k == w.size() - 1 && !lastWord.equals(firstWord) && w.text(k).equals(lastWord)
                    && !speaker.contains(name) && w.isWord(k - 1) && !w.isCapitalized(k - 1);
            if (k > 0 && (w.text(k).equals(firstWord) || surnameClosing)) {
                // "a resident of the area named Esther": the role without the word that names her.
                String role = Names.titleBefore(w, k);
                return role == null ? null : NAMING_TAIL.matcher(role).replaceFirst("");
            }
            if (k > 0 && w.text(k).equals(lastWord) && k + 2 < w.size() && Names.personBeforeAffiliation(w) != null) {
                // "Bonnie Glaser of the German Marshall Fund": where the person works describes her.
                return w.span(k + 1, w.size());
            }
        }
        return null;
    }

    /** The first apposition written for a name, else the first role written before it, or null. */
    private String knownDescription(String name) {
        String apposition = appositions.get(name);
        return apposition != null ? apposition : titles.get(name);
    }

    /**
     * A name seen earlier that contains this single word ("Hass" → "Ryan Hass"), else the first one seen later. Of
     * several ("Ted Cruz", then his wife Heidi Cruz), the one given as a speaker most often so far, then the one
     * written most often, then the latest: a bare surname stands for the person the article is about, while a
     * relative or namesake is written in full when brought in.
     */
    private String expand(String word, int position) {
        return expand(word, position, null);
    }

    /** As {@link #expand(String, int)}, passing over names the text gives a gender other than {@code gender}'s. */
    private String expand(String word, int position, Gender gender) {
        List<Mention> mentions = byWord.get(key(word));
        Integer titled = titledSurnames.get(word);
        String leader = titled != null && titled <= position ? leaderTitle(word) : null;
        if (mentions != null && leader != null) {
            // "President Trump … Trump said": not "Ivanka Trump", never given the title; a head of state's relatives
            // are the namesakes most often named. Kept per surname: a long text names its president thousands of times.
            List<Mention> all = mentions;
            mentions = titleBearers.computeIfAbsent(key(word) + " " + leader,
                    k -> all.stream().filter(m -> bears(m.name(), leader)).toList());
        }
        if (mentions == null || mentions.isEmpty()) {
            return word;
        }
        String full = expandFully(word, position, gender, mentions);
        if (firstWordOfLaterName(word, full, firstMention(mentions, full))) {
            // "Apple says …" after "Apple defends …" and before "Apple Watch".
            return word;
        }
        // "President Trump … Trump asked" with only "Donald Trump Jr." named in full after: the president, not his son
        // ("Vice President Joseph R. Biden Jr." before "Mr. Biden" is the same man).
        return titled != null && Names.hasGenerationalSuffix(full) && titled < firstMention(mentions, full) ? word : full;
    }

    /** The leader's title a surname was written with alone ("President Obama" → "president"), or null. */
    private String leaderTitle(String surname) {
        for (String role : roles.getOrDefault(surname, List.of())) {
            if (Lexicon.LEADER_TITLES.contains(Lexicon.lower(role))) {
                return Lexicon.lower(role);
            }
        }
        return null;
    }

    /** Whether {@code name} was written with a role ending in {@code title} ("Former President" for "president"). */
    private boolean bears(String name, String title) {
        return roles.getOrDefault(name, List.of()).stream().anyMatch(r -> Lexicon.lower(r).endsWith(title));
    }

    /**
     * Whether {@code word} was written alone before {@code name} (first written at {@code position}) opened with it: a
     * name of one word ("Motorola"), not the first word of the later name ("Motorola Mobility"), as a surname is the
     * last word of its person's.
     */
    private boolean firstWordOfLaterName(String word, String name, int position) {
        Integer alone = writtenAlone.get(key(word));
        return alone != null && alone < position && Lexicon.lower(name).startsWith(key(word) + " ");
    }

    private static int firstMention(List<Mention> mentions, String name) {
        for (Mention m : mentions) {
            if (m.name().equals(name)) {
                return m.position();
            }
        }
        return Integer.MAX_VALUE;
    }

    private String expandFully(String word, int position, Gender gender, List<Mention> mentions) {
        int last = lastAtOrBefore(mentions, position);
        if (last < 0) {
            // Named in full only later ("Flynn says" in a headline): that person, unless the text gives the surname
            // another gender ("President Obama" with "Mr. Obama" elsewhere is not the later "Michelle Obama").
            Gender surname = gender != null ? gender : genders.get(key(word));
            Gender known = nameGenders.get(mentions.get(0).name());
            return surname == null || known == null || known == surname ? mentions.get(0).name() : word;
        }
        // Going back, a name's first mention met is its latest, and its ordinal how often it was written by then.
        // A surname ends a person's name: "Newsome" is Ozzie Newsome rather than the "Ozzie Newsome Scholar" program.
        Mention best = null;
        boolean bestEnds = false;
        boolean bestQuoted = false;
        int floor = Math.max(0, last - SURNAME_LOOK_BACK);
        Set<String> narrated = new HashSet<>();
        for (int i = last; i >= floor; i--) {
            if (!quoted.covers(mentions.get(i).position())) {
                narrated.add(mentions.get(i).name());
            }
        }
        for (int i = last; i >= floor; i--) {
            Mention m = mentions.get(i);
            Gender known = gender == null ? null : nameGenders.get(m.name());
            boolean fitting = known == null || known == gender;
            boolean ends = Lexicon.lower(m.name()).endsWith(" " + key(word));
            // "it was “Mr. John Day”": a name written only inside quoted words yields to one the narrative writes.
            boolean inQuote = !narrated.contains(m.name());
            boolean better = best == null || bestQuoted && !inQuote
                    || inQuote == bestQuoted && !m.name().equals(best.name())
                            && (ends && !bestEnds || ends == bestEnds && preferred(m, best));
            if (fitting && better) {
                best = m;
                bestEnds = ends;
                bestQuoted = inQuote;
            }
        }
        // "Mrs. Clinton" where only Bill Clinton is named in full: the surname, not the wrong person.
        return best != null ? best.name() : word;
    }

    /**
     * A name of two words in full, as the text gave it before: a surname of two words ("Al Ansari" after "Majed
     * Al-Ansari", written without its hyphen; "Dlamini Zuma" after "Nkosazana Dlamini Zuma"), a name without its last
     * part ("Tengku Zafrul" after "Tengku Zafrul Aziz"); other names as they are.
     */
    private String twoWordNameInFull(String name, int position) {
        int space = name == null ? -1 : name.indexOf(' ');
        if (space < 0 || name.indexOf(' ', space + 1) >= 0) {
            return name;
        }
        String generation = Lexicon.lower(name.substring(space + 1)).replace(".", "");
        if (JUNIOR.contains(generation) || SENIOR.contains(generation)) {
            // "Mutula Jr." after "Makueni Senator Mutula Kilonzo Junior": the name with the same generation.
            Set<String> same = JUNIOR.contains(generation) ? JUNIOR : SENIOR;
            List<Mention> mentions = byWord.get(key(name.substring(0, space)));
            for (int i = mentions == null ? -1 : lastAtOrBefore(mentions, position); i >= 0; i--) {
                String full = mentions.get(i).name();
                String last = Lexicon.lower(full.substring(full.lastIndexOf(' ') + 1)).replace(".", "");
                // "Jary Jr." after "Norm Jary Jr.": the surname with its generation, too.
                String part = name.substring(0, space + 1);
                if (mentions.get(i).person() && !full.equals(name)
                        && (full.startsWith(part) || full.contains(" " + part)) && same.contains(last)) {
                    return full;
                }
            }
            return name;
        }
        if (!Lexicon.HYPHENED_PARTICLES.contains(Lexicon.lower(name.substring(0, space)))) {
            // Not "Ana Ruiz" for "Ukraine Ana Ruiz" or "Donald Trump" for "Donald Trump Jr.": a given name and a
            // surname are a name in full.
            // "John Lee" after "John Lee Ka-chiu": a Chinese given name, hyphenated, after an English one and the
            // surname.
            boolean given = Names.givenNameGender(name) != null;
            List<Mention> mentions = byWord.get(key(name.substring(space + 1)));
            int last = mentions == null ? -1 : lastAtOrBefore(mentions, position);
            // "PM Modi" after "Prime Minister Narendra Modi": an office's initials before the surname.
            String initials = name.substring(0, space);
            String surname = Names.isAcronym(initials) && initials.length() <= MAX_TITLE_INITIALS ? name.substring(space)
                    : null;
            // "De Blasio" opening a sentence is the "de Blasio" of "Bill de Blasio".
            String particleFirst = Lexicon.NAME_PARTICLES.contains(Lexicon.lower(initials))
                    ? Lexicon.lower(initials) + name.substring(space) : name;
            String spaced = " " + name;
            String opening = name + " ";
            for (int i = last; i >= Math.max(0, last - SURNAME_LOOK_BACK); i--) {
                String full = mentions.get(i).name();
                boolean chineseGiven = full.startsWith(opening) && full.indexOf(' ', opening.length()) < 0
                        && full.indexOf('-', name.length()) > 0;
                if (mentions.get(i).person() && (given ? chineseGiven : (full.endsWith(spaced)
                        || full.endsWith(" " + particleFirst) || full.startsWith(opening)
                        || surname != null && full.endsWith(surname) && !full.startsWith(initials)))) {
                    return full;
                }
            }
            return name;
        }
        String joined = name.substring(0, space) + "-" + name.substring(space + 1);
        String full = expand(joined, position);
        return full.equals(joined) ? name : full;
    }

    /** Whether {@code m}'s name was given as a speaker more often than {@code than}'s, or as often and written more. */
    private boolean preferred(Mention m, Mention than) {
        int bySpeaking = Integer.compare(spoken.getOrDefault(m.name(), 0), spoken.getOrDefault(than.name(), 0));
        return bySpeaking > 0 || bySpeaking == 0 && m.ordinal() > than.ordinal();
    }

    /** Index of the last mention at or before {@code position}, or -1. */
    private static int lastAtOrBefore(List<Mention> mentions, int position) {
        int lo = 0;
        int hi = mentions.size() - 1;
        int found = -1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            if (mentions.get(mid).position() <= position) {
                found = mid;
                lo = mid + 1;
            } else {
                hi = mid - 1;
            }
        }
        return found;
    }

    /**
     * The person the narrative just before the quote is about, else the latest person spoken of, passing over
     * anyone the text has given the other gender ("she" after a quote by Mr. Lee goes to the woman quoted before
     * him); without gender, simply the latest.
     */
    private String lastPerson(int position, Gender gender, int before) {
        // "I" and "we" inside a quote are its speaker, not the person the last sentence was about. A "she said" inside
        // a quoted excerpt of another article means someone that excerpt is about.
        String subject = gender == null ? null : salientSubject(before, quoted.covers(position), true);
        if (subject != null && fits(subject, gender)) {
            return subject;
        }
        for (int i = history.size() - 1; i >= Math.max(0, history.size() - LOOK_BACK); i--) {
            Resolved r = history.get(i);
            if (r.person() && fits(r.name(), gender)) {
                String matching = gender == null || knownGender(r.name()) != null ? null
                        : latestOfGender(r.position(), before, gender);
                return matching != null ? matching : r.name();
            }
        }
        int last = lastAtOrBefore(names, position);
        for (int i = last; i >= Math.max(0, last - LOOK_BACK); i--) {
            Mention m = names.get(i);
            if (!m.person() || quoted.covers(m.position())) {
                continue;
            }
            if (fits(m.name(), gender)) {
                return expand(m.name(), position);
            }
        }
        return null;
    }

    /**
     * The person the narrative right before {@code before} is about: the named subject of the same sentence, else of
     * the sentences before it, passing back over sentences about no named person or whose subject is a pronoun
     * (it carries the same referent on). Null at a quote: its speaker is then the latest spoken; {@code inExcerpt}
     * reads the quoted sentences of an excerpt as narrative. Readers take "he" in "Trump made the pledge in Ohio. He
     * spoke for an hour. “…,” he said" to be Trump.
     */
    private String salientSubject(int before, boolean inExcerpt, boolean person) {
        int start = sentences.startOf(before);
        int end = before;
        while (end > start && (Character.isWhitespace(text.charAt(end - 1))
                || Lexicon.OPENING_MARKS.indexOf(text.charAt(end - 1)) >= 0)) {
            // The quote's own opening mark.
            end--;
        }
        List<int[]> back = sentencesBack(start, end, false);
        for (int sentence = 0; sentence < back.size(); sentence++) {
            int from = back.get(sentence)[0];
            int to = back.get(sentence)[1];
            // "He noted Fletcher was overseas, and councillor Alf Filipaina was unwell.": the clauses after a
            // reporting verb are what was reported, and the sentence stays about its subject.
            Subject subject = person && !opensWithReport(from, to) ? lastClauseSubject(from, to, inExcerpt)
                    : Subject.NONE;
            if (subject == Subject.NONE) {
                subject = subjectOf(from, to, inExcerpt);
            }
            if (subject.quote() || subject.nameFor(person) != null) {
                return subject.nameFor(person);
            }
            String named = !person ? null : from == sentences.startOf(before) ? lastPersonNamed(from, to)
                    : sentence == 0 ? introducedIn(from, to) : null;
            if (named == null && person) {
                // "Journalists asked Lavrov …, but Lavrov said he has not read it. “…,” he said.": the one who
                // spoke in a sentence about no one else.
                named = speakerIn(from, to);
            }
            if (named != null) {
                // "Democrats seized upon Mr. Trump's appearance, in which he said …": no person opens the
                // sentence, so the pronoun inside it means the person it named last.
                return named;
            }
        }
        return null;
    }

    /**
     * The few sentences that are not blank from the one at {@code start} (ending at {@code end}) back, latest first,
     * as [start, end) pairs: blank lines between paragraphs are empty sentences, passed over, though only a few, to
     * stay linear; with {@code paragraphBefore}, none before the paragraph before {@code end}'s.
     */
    private List<int[]> sentencesBack(int start, int end, boolean paragraphBefore) {
        List<int[]> back = new ArrayList<>(MAX_SENTENCES_BACK);
        int floor = paragraphBefore ? paragraphBeforeStart(end) : 0;
        for (int step = 0; back.size() < MAX_SENTENCES_BACK && step < 4 * MAX_SENTENCES_BACK; step++) {
            if (end <= floor) {
                break;
            }
            if (!isBlank(start, end)) {
                back.add(new int[] {start, end});
            }
            if (start == 0) {
                break;
            }
            end = start;
            start = sentences.startOf(start - 1);
        }
        return back;
    }

    /**
     * The person the sentences before {@code before}'s sentence are about ("Ishaq Dar said … “…,” said the former
     * finance minister": the quote opening the cue's sentence is no subject), else who spoke in the sentence just
     * before ("“…,” said Warren Petersen. And the Gilbert Republican said …"); or null.
     */
    private String subjectOrLastSpeaker(int before, int position) {
        int sentence = sentences.startOf(before);
        String subject = salientSubject(sentence, quoted.covers(position), true);
        if (subject != null || sentence == 0) {
            return subject;
        }
        // "“…,” Taylor Swift said.¶A transplanted Nashvillean, she expressed surprise …¶“…,” said the singer": the
        // latest of the few sentences before in which a person spoke.
        for (int[] back : sentencesBack(sentences.startOf(sentence - 1), sentence, false)) {
            String spoke = speakerIn(back[0], back[1]);
            if (spoke != null) {
                return spoke;
            }
        }
        return null;
    }

    /**
     * The person named last in {@code text[from, to)} outside quotes whose gender the text gives (so a people or a
     * place is not taken for one), in full where the text gives it, or null.
     */
    private String lastPersonNamed(int from, int to) {
        return latestPerson(from, to, m -> {
            String name = expand(m.name(), m.position());
            return knownGender(name) != null ? name : null;
        });
    }

    /** The latest person given as a speaker at a position in {@code [from, to)}, or null. */
    private String speakerIn(int from, int to) {
        for (int i = history.size() - 1; i >= Math.max(0, history.size() - LOOK_BACK); i--) {
            Resolved r = history.get(i);
            if (r.position() < from) {
                return null;
            }
            if (r.person() && r.position() < to && isProperName(r.name())
                    && Names.isPerson(r.name(), new Words(r.name(), 0, r.name().length()))) {
                return r.name();
            }
        }
        return null;
    }

    /** "Sergei Lavrov", "Dastrup"; not a role left unresolved ("WHO chief", "questioner"). */
    private static boolean isProperName(String name) {
        for (String word : name.split(" ")) {
            if (word.isEmpty() || !Character.isUpperCase(word.charAt(0))) {
                return false;
            }
        }
        return true;
    }

    /**
     * "… something that concerns Henry Crespo, president of the caucus. “…,” he said": a person named for the first
     * time with an apposition in {@code text[from, to)} is being introduced as the next speaker; null if none.
     */
    private String introducedIn(int from, int to) {
        return latestPerson(from, to, m -> m.introduced() && m.ordinal() == 1 ? m.name() : null);
    }

    /** The first name {@code pick} gives for the people named in {@code text[from, to)} outside quotes, latest first. */
    private String latestPerson(int from, int to, Function<Mention, String> pick) {
        for (int i = lastAtOrBefore(names, to - 1); i >= 0 && names.get(i).position() >= from; i--) {
            Mention m = names.get(i);
            String name = m.person() && !quoted.covers(m.position()) ? pick.apply(m) : null;
            if (name != null) {
                return name;
            }
        }
        return null;
    }

    /** Where the paragraph before the one holding {@code pos} starts, past blank lines; 0 if there is none. */
    private int paragraphBeforeStart(int pos) {
        int own = sentences.paragraphStart(Math.min(pos, text.length() - 1));
        int last = own - 1;
        while (last > 0 && Character.isWhitespace(text.charAt(last))) {
            last--;
        }
        return last <= 0 ? 0 : sentences.paragraphStart(last);
    }

    private boolean isBlank(int from, int to) {
        for (int i = from; i < to; i++) {
            if (!Character.isWhitespace(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /**
     * The name opening the sentence {@code text[from, to)} after an introducer and role words ("On Friday, former
     * Gov. Ed Rendell said", "Clinton aide Brian Fallon argued", "Mr. Obama's bet is"), when a verb or an apposition
     * follows it; {@link Subject#NONE} for a pronoun, a name after a preposition ("Under President Obama") or no
     * name; {@link Subject#QUOTE} when a quote comes first, unless {@code inExcerpt}.
     */
    private Subject subjectOf(int from, int to, boolean inExcerpt) {
        // The subject opens the sentence: a few words of it are enough, and keep long sentences linear.
        Words w = new Words(text, from, Math.min(to, from + SUBJECT_REACH_CHARS));
        int first = 0;
        while (first < w.size() && !w.isWord(first)) {
            if (!inExcerpt && quoted.covers(w.end(first))) {
                // An opening mark.
                return Subject.QUOTE;
            }
            first++;
        }
        if (first == w.size()) {
            return Subject.NONE;
        }
        if (!inExcerpt && quoted.covers(w.start(first))) {
            return Subject.QUOTE;
        }
        if (w.lower(first).equals("according") && w.is(first + 1, "to") && w.isWord(first + 2)
                && Lexicon.OBJECT_PRONOUNS.containsKey(w.lower(first + 2))) {
            // "According to him, Tinubu's reforms …": the pronoun's referent is still the one spoken of.
            return Subject.NONE;
        }
        // "(Reuters) - Veltra Inc Chief Executive Tom Alder …": a bracketed credit opens with its bracket.
        int opening = AttributionParser.skipIntroducer(w, w.is(first - 1, "(") ? first - 1 : first, w.size());
        if (opening >= w.size() && w.isWord(first) && Lexicon.CLAUSE_OPENERS.contains(w.lower(first))) {
            // "Although the IMF did not …, it said": before the pronoun stands only the clause that names its subject.
            opening = first + 1;
        }
        String bearer = roleBearer(w, opening);
        if (bearer == null) {
            bearer = titledPerson(w, opening);
        }
        if (bearer == null && w.is(opening, "the")) {
            // "Meanwhile, the Eagles coach has praised …": the role's bearer, as a "the coach" speaking would be.
            int np = AttributionParser.npEnd(w, opening);
            boolean role = np > opening + 1 && Names.isPersonRole(w.lower(np - 1));
            bearer = role ? roleMatch(w.sub(opening, np), w.start(opening)) : null;
        }
        if (bearer != null) {
            return Subject.person(bearer);
        }
        int run = skipModifiers(w, opening);
        int end = nameRunEnd(w, run);
        int close = end;
        while (w.is(end, "(") && close < end + MAX_BRACKETED_WORDS && close < w.size() && !w.is(close, ")")) {
            close++;
        }
        if (w.is(end, "(") && w.is(close, ")") && w.isCapitalized(close + 1)) {
            // "Additional PRO (Delhi Police) Anil Mittal said": the name after the bracketed body the office serves.
            run = close + 1;
            end = nameRunEnd(w, run);
        }
        int role = skipModifiers(w, end);
        // A role between two capitalized runs: "Clinton aide Brian Fallon", "Conservative economist Aparna Mathur".
        boolean adjective = end - run == 1 && !byWord.containsKey(key(w.text(run)))
                && !Lexicon.NOT_NAMES.contains(w.lower(run));
        if (role > end && (adjective || Lexicon.isRole(w.lower(role - 1))) && nameRunEnd(w, role) > role) {
            run = role;
            end = nameRunEnd(w, role);
        } else if (role > end && Lexicon.isRole(w.lower(role - 1)) && w.is(role, ",")
                && nameRunEnd(w, role + 1) > role + 1 && w.is(nameRunEnd(w, role + 1), ",")) {
            // "Super Eagles coach, Eric Chelle, has …": the name set off after its role.
            run = role + 1;
            end = nameRunEnd(w, run);
        }
        boolean followed = w.isWord(end) && !w.isCapitalized(end) || w.is(end, ",") || w.is(end, "(");
        // A possessive subject ("Mr. Obama's bet is …") still says whom the sentence is about.
        if (end == run || !followed || !inExcerpt && quoted.overlaps(from, w.end(end - 1))
                || hasHeadingWord(w, run, end)) {
            return Subject.NONE;
        }
        // "The company", "The Trump campaign", "The report": a capitalized run with its institution or document noun.
        int head = end;
        if (w.isWord(head) && !w.isCapitalized(head)
                && (Lexicon.INSTITUTIONS.contains(w.lower(head)) || Lexicon.DOCUMENTS.contains(w.lower(head)))) {
            head++;
        }
        Words phrase = new Words(text, w.start(run), w.end(head - 1));
        if (head > end) {
            String owner = Names.stripPossessive(w.text(end - 1));
            boolean owned = !owner.equals(w.text(end - 1)) && byWord.containsKey(key(owner))
                    && byWord.get(key(owner)).get(0).person();
            return Subject.institution(Names.stripDeterminer(phrase), owned ? expand(owner, w.start(end - 1)) : null);
        }
        // A person's name before an institution word in the run ("House Speaker Paul Ryan") is still the person.
        String name = Names.personName(w, run, end);
        if (name != null && Names.isPerson(name, w)) {
            return Subject.person(name);
        }
        if (name != null || Names.isInstitution(phrase)) {
            return Subject.institution(name != null ? name : Names.stripDeterminer(phrase), null);
        }
        if (end - run == 1 && Names.isAcronym(w.text(run))) {
            // "the IMF", "The S.E.C.": an institution, never a surname.
            return Subject.institution(w.text(run), null);
        }
        String surname = end - run == 1 ? Names.stripPossessive(w.text(run))
                : Names.titledSurname(new Words(text, w.start(run), w.end(end - 1)));
        if (surname == null || Lexicon.NOT_NAMES.contains(key(surname)) || Lexicon.TITLES.contains(key(surname))
                || Lexicon.PRONOUNS.contains(key(surname))) {
            return Subject.NONE;
        }
        // A bare capitalized word is a person only as the surname of someone named in full ("Scott bristles").
        List<Mention> known = byWord.get(key(surname));
        if (known != null) {
            return known.get(0).person()
                    ? Subject.person(expand(surname, w.start(run), Names.genderOf(w.lower(run)))) : Subject.NONE;
        }
        if (end - run == 1 && Lexicon.STATE_NAMES.contains(key(surname))) {
            // "India said it wanted assurances": what "it" may mean next, never "he".
            return Subject.institution(surname, null);
        }
        if (personSpeakers.contains(surname)) {
            // "“…,” Trump said. … Trump disagreed. “…,” he said": a surname already quoted as a person's.
            return Subject.person(surname);
        }
        // Or a surname before a cue ("McLenney said …") or set off by a participle or an apposition ("Trump,
        // speaking to supporters, …", "Trump, the Republican nominee, …").
        boolean setOff = w.is(end, ",") && w.isWord(end + 1) && !w.isCapitalized(end + 1)
                && (w.lower(end + 1).endsWith("ing") || Lexicon.DETERMINERS.contains(w.lower(end + 1)));
        if (end - run == 1 && Names.looksLikeAgentPlural(surname)) {
            // "Journalists asked Lavrov …": a plural noun opening the sentence, not a surname.
            return Subject.NONE;
        }
        return end - run > 1 || setOff || w.isWord(end) && Lexicon.isCue(w.lower(end)) ? Subject.person(surname)
                : Subject.NONE;
    }

    /**
     * "Van Persie scored his 100th goal, and manager Arsene Wenger was full of praise": the person opening the last
     * clause joined by "and" or "but", when a verb follows the name; else {@link Subject#NONE}.
     */
    private Subject lastClauseSubject(int from, int to, boolean inExcerpt) {
        int and = -1;
        for (int k = to - 5; k >= Math.max(from, to - SUBJECT_REACH_CHARS) && and < 0; k--) {
            and = text.startsWith(" and ", k) || text.startsWith(" but ", k) ? k : -1;
        }
        // "and manager Arsene Wenger was": a role or determiner opens the clause; "Donald and Ivana Trump filed"
        // joins two names in one, "… into recession and Home Retail Group boss Terry Duddy was" opens a clause.
        if (and <= from || to - and > SUBJECT_REACH_CHARS || and + 5 >= to
                || !Character.isLowerCase(text.charAt(and + 5))
                        && !Character.isLowerCase(text.charAt(wordStart(text, and)))) {
            return Subject.NONE;
        }
        Subject subject = subjectOf(and + 5, to, inExcerpt);
        if (subject.name() == null || !subject.person()) {
            return Subject.NONE;
        }
        // "and Allen said" for James Allen: the name as written there, which may be the surname alone.
        String written = text.indexOf(subject.name(), and) >= 0 ? subject.name()
                : subject.name().substring(subject.name().lastIndexOf(' ') + 1);
        int name = text.indexOf(written, and);
        Words after = name < 0 || name >= to ? null : new Words(text, name + written.length(),
                Math.min(to, name + written.length() + SUBJECT_REACH_CHARS));
        boolean verb = after != null && after.isWord(0) && !after.isCapitalized(0)
                && (Lexicon.AUXILIARIES.contains(after.lower(0)) || after.lower(0).endsWith("ed")
                        || Lexicon.isCue(after.lower(0)) || Lexicon.IRREGULAR_PAST.contains(after.lower(0)));
        return verb ? subject : Subject.NONE;
    }

    /** Whether the sentence in {@code [from, to)} opens with a pronoun or a short name and its reporting verb. */
    private boolean opensWithReport(int from, int to) {
        Words w = new Words(text, from, Math.min(to, from + SUBJECT_REACH_CHARS));
        int k = 0;
        if (w.isWord(0) && Lexicon.PRONOUNS.contains(w.lower(0))) {
            k = 1;
        } else {
            while (k < w.size() && k < MAX_NAME_WORDS && w.isCapitalized(k)) {
                k++;
            }
        }
        return k > 0 && w.isWord(k) && Lexicon.REPORTING_VERBS.contains(w.lower(k));
    }

    /**
     * "Opposition leader and CDU leader Friedrich Merz laughed": roles joined by "and" before a full name that a verb
     * follows; null otherwise.
     */
    private static String titledPerson(Words w, int from) {
        int k = from;
        boolean role = false;
        while (k < w.size() && k < from + MAX_TITLE_CHAIN && w.isWord(k)
                && (w.isCapitalized(k) || Lexicon.isRole(w.lower(k)) || w.is(k, "and"))) {
            role |= !w.isCapitalized(k) && Lexicon.isRole(w.lower(k));
            k++;
        }
        int start = k;
        while (start > from && w.isCapitalized(start - 1)) {
            start--;
        }
        if (!role || k - start < 2 || !w.isWord(k) || w.isCapitalized(k)) {
            return null;
        }
        String name = Names.personName(w, start, k);
        return name != null && Names.isPerson(name, w) ? name : null;
    }

    /**
     * "Her colleague, Dr. Lee Chen, was …", "Kline's neighbor, Rosa Diaz, disagreed", "The Vice-President, Mahamudu
     * Bawumia, conceded": the person named between commas after a role opening the sentence, or null.
     */
    private static String roleBearer(Words w, int from) {
        // "Holmes' mother", "Tom Cole's brother": the owner's name ends in a possessive.
        int ownerEnd = from;
        while (ownerEnd < from + MAX_NAME_WORDS && w.isCapitalized(ownerEnd)
                && Names.stripPossessive(w.text(ownerEnd)).equals(w.text(ownerEnd))) {
            ownerEnd++;
        }
        boolean owner = w.isCapitalized(ownerEnd) && !Names.stripPossessive(w.text(ownerEnd)).equals(w.text(ownerEnd));
        if (!w.isWord(from) || !Lexicon.DETERMINERS.contains(w.lower(from)) && !owner) {
            return null;
        }
        int roleStart = owner ? ownerEnd + 1 : from + 1;
        int comma = roleStart;
        while (comma < roleStart + 3 && w.isWord(comma) && (!w.isCapitalized(comma) || Names.isTitle(w.lower(comma)))) {
            comma++;
        }
        if (comma == roleStart || !w.is(comma, ",")) {
            return null;
        }
        int end = nameRunEnd(w, comma + 1);
        String name = w.is(end, ",") ? Names.personName(w, comma + 1, end) : null;
        if (name == null && owner && end == comma + 2 && w.is(end, ",") && Names.genderOf(w.lower(comma - 1)) != null) {
            // "Holmes' mother, Arlene, was the final witness": kin are often given by first name alone.
            return w.text(comma + 1);
        }
        return name != null && Names.isPerson(name, w) ? name : null;
    }


    /** "the newly elected conservative leader", "the sixth-year veteran": lower-case adjectives before the role. */
    private static boolean describedAgain(Words w) {
        if (isNationality(w)) {
            return true;
        }
        if (w.size() < 3) {
            return false;
        }
        // "the former Medellín mayor": an office held before has no holder now to be looked for, whatever place it
        // names.
        boolean former = Lexicon.FORMER_WORDS.contains(w.lower(1));
        for (int k = 1; k < w.size() - 1; k++) {
            String word = w.lower(k);
            boolean adjective = !w.isCapitalized(k) && !Lexicon.isRole(word) && !Lexicon.NOT_NAMES.contains(word)
                    || Lexicon.DEMONYMS.contains(word) || Lexicon.FORMER_WORDS.contains(word)
                    || former && w.isCapitalized(k) && !Lexicon.isRole(word);
            if (!w.isWord(k) || !adjective || !Names.stripPossessive(w.text(k)).equals(w.text(k))) {
                return false;
            }
        }
        return true;
    }

    /** "the Portuguese", "the Spaniard": "the" and a nationality, standing for a person. */
    private static boolean isNationality(Words w) {
        return w.size() == 2 && w.is(0, "the") && w.isCapitalized(1)
                && (Lexicon.DEMONYMS.contains(w.lower(1)) || Lexicon.NATIONALITY_NOUNS.contains(w.lower(1)));
    }

    /** "the 72-year-old", "the 45-year-old mother": "the" and an age, with at most a noun after it. */
    private static boolean isAgeEpithet(Words w) {
        // "a 24-year-old woman" is someone new.
        if (w.size() < 2 || w.size() > 3 || !w.lower(0).equals("the")) {
            return false;
        }
        String age = w.lower(1);
        return age.endsWith("-year-old") && Character.isDigit(age.charAt(0));
    }

    /** Two all-capitals words of three or more letters: a section heading run into the sentence ("THE BORROWING"). */
    private static boolean hasHeadingWord(Words w, int from, int to) {
        int capitals = 0;
        for (int k = from; k < to; k++) {
            String word = w.text(k);
            capitals += word.length() >= 3 && word.chars().allMatch(Character::isUpperCase) ? 1 : 0;
        }
        return capitals >= 2;
    }

    /** "(ANC)", "(DoE)": initials in brackets, capitals first and last. */
    private static final Pattern BRACKETED_INITIALS = Pattern.compile("\\((\\p{Lu}[\\p{Lu}\\p{Ll}&]{0,8}\\p{Lu})\\)");

    /**
     * The body the initials at {@code open} stand for when the capitalized words right before the bracket begin with
     * them ("National Police Service (NPS)", "Department of Energy (DoE)"); null otherwise.
     */
    private static String nameOfInitials(String text, int open, String initials) {
        String capitals = NOT_CAPITALS.matcher(initials).replaceAll("");
        Words w = new Words(text, Math.max(0, open - MAX_INITIALS_NAME_CHARS), open);
        int k = w.size();
        int matched = capitals.length();
        while (k > 0 && matched > 0 && w.isWord(k - 1)) {
            if (w.isCapitalized(k - 1) && w.text(k - 1).charAt(0) == capitals.charAt(matched - 1)) {
                matched--;
            } else if (!INITIALS_JOINERS.contains(w.lower(k - 1))) {
                return null;
            }
            k--;
        }
        // "Special Relief Commissioner (SRC)", "Member of Parliament (MP)": an office, whose holder the initials mean.
        boolean office = k < w.size() && (Names.isPersonRole(w.lower(w.size() - 1))
                || w.lower(k).startsWith("member"));
        return matched == 0 && k < w.size() - 1 && !office ? w.span(k, w.size()) : null;
    }

    private static final int MAX_INITIALS_NAME_CHARS = 120;
    private static final Set<String> INITIALS_JOINERS = Lexicon.words("of", "and", "for", "the", "on", "&");

    /** Skips up to three lower-case words before a name ("former", "presidential nominee"); stops at a verb's cue. */
    private static int skipModifiers(Words w, int from) {
        int k = from;
        while (k < from + 3 && w.isWord(k) && !w.isCapitalized(k) && !Lexicon.PRONOUNS.contains(w.lower(k))
                && !Lexicon.PREPOSITIONS.contains(w.lower(k)) && !Lexicon.CLAUSE_WORDS.contains(w.lower(k))
                && !Lexicon.isCue(w.lower(k))) {
            k++;
        }
        return k;
    }

    private static int nameRunEnd(Words w, int from) {
        int end = from;
        while (end < w.size() && end < from + MAX_NAME_WORDS && (w.isCapitalized(end)
                || end > from && Names.pastParticles(w, end) > end || officeOf(w, end))) {
            end = w.isCapitalized(end) ? end + 1 : officeOf(w, end) ? end + 2 : Names.pastParticles(w, end);
        }
        return end;
    }

    /** "Secretary of State John Kerry": the "of" of an office's title, with a capitalized word after it. */
    private static boolean officeOf(Words w, int k) {
        return k > 0 && w.is(k, "of") && w.isCapitalized(k + 1) && w.isCapitalized(k - 1)
                && Lexicon.TITLES.contains(w.lower(k - 1));
    }

    /**
     * The latest person named in {@code (after, before)} whom the text gives {@code gender}, or null: "she" after a
     * quote by Len Burman, whose gender is unknown, means Hillary Clinton named since.
     */
    private String latestOfGender(int after, int before, Gender gender) {
        for (int i = lastAtOrBefore(names, before - 1); i >= 0 && names.get(i).position() > after; i--) {
            Mention m = names.get(i);
            if (m.person() && !quoted.covers(m.position()) && knownGender(m.name()) == gender) {
                return expand(m.name(), m.position());
            }
        }
        return null;
    }

    private Gender knownGender(String name) {
        Gender known = nameGenders.get(name);
        return known != null ? known : genders.get(genderKey(name));
    }

    private boolean fits(String name, Gender gender) {
        if (gender != null && name.indexOf(' ') < 0 && Lexicon.SPEAKER_NOUNS.contains(key(name)) && name.endsWith("s")) {
            // "he" and "she" are one person, never "Protesters" or "experts".
            return false;
        }
        Gender known = gender == null ? null : knownGender(name);
        return known == null || known == gender;
    }

    private static String genderKey(String name) {
        return key(Names.stripPossessive(name.substring(name.lastIndexOf(' ') + 1)));
    }

    /**
     * What "it" or "they" at {@code position} means: the institution or group that spoke in the sentence before (“…,
     * experts said Wednesday.¶…, they said": what that sentence opens with is what they said), else the institution,
     * outlet or place the narrative before the quote is about ("The Justice Department released the files on Friday.
     * “…,” it said"; for {@code plural} "they", a group: "Local officials met the protesters. They said …"), else the
     * latest one that spoke.
     */
    private String lastInstitution(int position, int before, boolean plural) {
        List<int[]> back = sentencesBack(sentences.startOf(before), before, false);
        // "In a statement …, the ministry said … “…,” it said.": a body that spoke in this sentence or the one before.
        for (int i = 0; i < Math.min(2, back.size()); i++) {
            String spoke = bodyIn(back.get(i)[0], back.get(i)[1]);
            if (spoke != null) {
                return spoke;
            }
        }
        String group = plural ? groupSubjectBefore(back, sentences.startOf(before)) : null;
        if (group != null) {
            return group;
        }
        String subject = salientSubject(before, quoted.covers(position), false);
        for (int i = 0; subject == null && !plural && i < Math.min(2, back.size()); i++) {
            // "Veltra cut its forecast, and it warned …": a firm's name of one word opening the sentence.
            subject = organisationOpening(back.get(i)[0], back.get(i)[1]);
        }
        if (subject == null && !plural && !back.isEmpty()) {
            // "The haze returned, and the National Environment Agency (NEA) is forecasting more. “…,” it said.": the
            // body the sentence before names by its noun.
            subject = bodyNamedIn(back.get(back.get(0)[0] == sentences.startOf(before) && back.size() > 1 ? 1 : 0));
        }
        return subject != null ? subject : lastBody(before - INSTITUTION_REACH_CHARS, false);
    }

    /** The last capitalized name in {@code sentence} ending in a body's noun ("the National Environment Agency"). */
    private String bodyNamedIn(int[] sentence) {
        Words w = new Words(text, sentence[0], Math.min(sentence[1], sentence[0] + SUBJECT_REACH_CHARS));
        String body = null;
        for (int k = 0; k < w.size(); k++) {
            if (!w.isCapitalized(k) || quoted.covers(w.start(k))) {
                continue;
            }
            int end = k;
            while (end < w.size() && (w.isCapitalized(end) || end > k && isNameConnector(w, end))) {
                end++;
            }
            if (end - k >= 2 && Lexicon.INSTITUTIONS.contains(w.lower(end - 1))) {
                body = w.span(w.is(k, "The") ? k + 1 : k, end);
            }
            k = end;
        }
        return body;
    }

    /**
     * The group opening the pronoun's own sentence ("Militants killed …, because they claim …") or else the sentence
     * before it, of the sentences {@code back} (the own one starting at {@code own}); or null.
     */
    private String groupSubjectBefore(List<int[]> back, int own) {
        for (int[] sentence : back) {
            if (sentence[0] <= own) {
                Words w = new Words(text, sentence[0], Math.min(sentence[1], sentence[0] + SUBJECT_REACH_CHARS));
                int first = AttributionParser.skipIntroducer(w, 0, w.size());
                int end = groupEnd(w, first);
                if (end > first && !quoted.covers(w.start(first))) {
                    return Names.stripDeterminer(w.sub(first, end));
                }
                if (sentence[0] < own) {
                    return null;
                }
            }
        }
        return null;
    }

    /**
     * Where a group subject opening at {@code first} ends before its verb ("Local officials met", "The senators
     * visited", "Protesters gathered"); else {@code first}.
     */
    private static int groupEnd(Words w, int first) {
        int np = AttributionParser.npEnd(w, first);
        for (int k = first; k < np && k - first < MAX_ROLE_WORDS && w.isWord(k); k++) {
            if (Names.looksLikeAgentPlural(w.text(k)) && (k == first || !w.isCapitalized(k))) {
                // People named by what they do, the phrase run on into their verb ("The senators visited").
                np = k + 1;
                break;
            }
        }
        boolean agents = np > first && Names.looksLikeAgentPlural(w.text(np - 1));
        boolean verbFollows = w.isWord(np) && !w.isCapitalized(np);
        return np > first && verbFollows && (agents || Names.isGroup(w.sub(first, np))) ? np : first;
    }

    /** The latest institution or group given as a speaker at a position in {@code [from, to)}, or null. */
    private String bodyIn(int from, int to) {
        for (int i = history.size() - 1; i >= Math.max(0, history.size() - LOOK_BACK); i--) {
            Resolved r = history.get(i);
            if (r.position() < from) {
                return null;
            }
            if (!r.person() && r.position() < to) {
                return r.name();
            }
        }
        return null;
    }

    /**
     * The latest institution or group given as a speaker at or after {@code from}; with {@code owning}, not a share of
     * a group ("Nearly eight of 10 voters"), which answers a poll but owns no document.
     */
    private String lastBody(int from, boolean owning) {
        for (int i = history.size() - 1; i >= Math.max(0, history.size() - LOOK_BACK); i--) {
            Resolved r = history.get(i);
            if (r.position() < from) {
                return null;
            }
            if (!r.person() && !(owning && Names.isShareOfGroup(new Words(r.name(), 0, r.name().length())))) {
                return r.name();
            }
        }
        return null;
    }

    /**
     * "the pair", "the two", "the ministers": the two people who spoke together last ("said Health Minister Ana Ruiz
     * and Transport Minister Tom Alder"), or were the subject of a sentence shortly before ("Sam Altman and Greg
     * Brockman posted a statement."); a plural role only when their description holds it. Else null.
     */
    private String pairSpoken(Words w, int position) {
        // "the pair", "both men", "the two women": two people spoken of together.
        boolean both = w.size() == 2 && w.lower(0).equals("both")
                || w.size() == 3 && w.lower(0).equals("the") && w.lower(1).equals("two");
        if (!both && (w.size() != 2 || !w.lower(0).equals("the"))) {
            return null;
        }
        String head = w.lower(w.size() - 1);
        boolean pair = Lexicon.PAIR_NOUNS.contains(head) || both && PAIRED_PEOPLE.contains(head);
        String role = head.endsWith("s") ? head.substring(0, head.length() - 1) : null;
        if (!pair && (role == null || !Lexicon.SPEAKER_NOUNS.contains(role))) {
            return null;
        }
        Resolved spoken = null;
        for (int i = history.size() - 1; i >= Math.max(0, history.size() - LOOK_BACK) && spoken == null; i--) {
            Resolved r = history.get(i);
            if (r.position() < position - INSTITUTION_REACH_CHARS) {
                break;
            }
            if (r.name().contains(" and ") && (pair || bothBear(r.name(), role))) {
                spoken = r;
            }
        }
        String subject = pair ? pairSubjectBefore(position, spoken != null ? spoken.position() : 0) : null;
        return subject != null ? subject : spoken != null ? spoken.name() : null;
    }

    /** Plural nouns for any two people ("both men", "the two women"). */
    private static final Set<String> PAIRED_PEOPLE = Lexicon.words("men", "women", "people");

    /** Whether both people of "A and B" were described with {@code role} ("Health Minister Ana Ruiz"). */
    private boolean bothBear(String pair, String role) {
        for (String name : pair.split(" and ")) {
            String description = knownDescription(name);
            if (description == null || !Lexicon.lower(description).contains(role)) {
                return false;
            }
        }
        return true;
    }

    /**
     * Two people joined by "and" opening one of the few sentences before {@code position} and after {@code floor},
     * as "A and B"; or null.
     */
    private String pairSubjectBefore(int position, int floor) {
        int end = sentences.startOf(position);
        for (int sentence = 0; sentence < MAX_SENTENCES_BACK && end > floor; sentence++) {
            int start = sentences.startOf(end - 1);
            Words w = new Words(text, start, Math.min(end, start + SUBJECT_REACH_CHARS));
            int first = AttributionParser.skipIntroducer(w, 0, w.size());
            if (w.isCapitalized(first) && w.isWord(first + 1) && !w.isCapitalized(first + 1)
                    && Names.looksLikeAgentPlural(w.text(first + 1))) {
                // "Political scientists Helmut Norpoth and Michael Bednarczuk built …": their role first.
                first += 2;
            }
            int firstEnd = nameRunEnd(w, first);
            int secondEnd = w.is(firstEnd, "and") ? nameRunEnd(w, firstEnd + 1) : firstEnd;
            if (firstEnd - first >= 2 && secondEnd - firstEnd >= 3 && w.isWord(secondEnd)
                    && !w.isCapitalized(secondEnd) && !quoted.covers(w.start(first))) {
                return expand(w.span(first, firstEnd), w.start(first)) + " and "
                        + expand(w.span(firstEnd + 1, secondEnd), w.start(firstEnd + 1));
            }
            end = start;
        }
        return null;
    }

    /**
     * Where a definite role ends before the occasion it is named by, when a person is named in it ("The lead
     * prosecutor in the Erin Patterson murder trial"); else 0. "for" and "of" say whom a role serves instead.
     */
    private int roleBeforeOccasion(Words w) {
        if (w.size() < 4 || !w.lower(0).equals("the")) {
            return 0;
        }
        for (int k = 1; k < Math.min(w.size() - 2, MAX_ROLE_WORDS + 1); k++) {
            if (!w.isWord(k) || w.isCapitalized(k)) {
                return 0;
            }
            if (Names.isPersonRole(w.lower(k)) && OCCASION_PREPOSITIONS.contains(w.lower(k + 1))) {
                // Only where the occasion names a person the role might be taken for ("an analyst in Madrid" stays).
                for (int j = k + 2; j < w.size(); j++) {
                    List<Mention> known = w.isCapitalized(j) ? byWord.get(key(Names.stripPossessive(w.text(j)))) : null;
                    if (known != null && known.stream().anyMatch(Mention::person)) {
                        return k + 1;
                    }
                }
                return 0;
            }
        }
        return 0;
    }

    /** "the creator of the sitcom": a role by a work written in lower case, no one's title. */
    private static boolean createdWork(Words w) {
        if (w.size() < 4 || !w.lower(0).equals("the") || !SHOW_CREATORS.contains(w.lower(1)) || !w.is(2, "of")) {
            return false;
        }
        for (int k = 3; k < w.size(); k++) {
            if (!w.isWord(k) || w.isCapitalized(k)) {
                return false;
            }
        }
        return true;
    }

    /** Roles named by someone's work ("the creator of the sitcom", "the author of the report"). */
    private static final Set<String> SHOW_CREATORS = Lexicon.words("creator", "author", "writer", "director",
            "producer", "star", "founder", "architect");

    /** Words before a role that writers add without its bearer's title holding them ("the lead prosecutor"). */
    private static final Set<String> UNRANKED_MODIFIERS = Lexicon.words("new", "lead", "top", "veteran",
            "longtime", "long-time", "seasoned", "embattled", "beleaguered", "outspoken");

    /** Prepositions naming where or at what a role was held ("the prosecutor in the trial"). */
    private static final Set<String> OCCASION_PREPOSITIONS = Lexicon.words("in", "at", "during", "on");

    /** A generation written after a name, with or without its stop. */
    private static final Set<String> JUNIOR = Lexicon.words("jr", "junior");
    private static final Set<String> SENIOR = Lexicon.words("sr", "senior");

    /** Whether a preposition stands in {@code w}: "The authors of the report" are headed by their authors. */
    private static boolean hasPreposition(Words w) {
        for (int k = 1; k < w.size() - 1; k++) {
            if (w.isWord(k) && Lexicon.PREPOSITIONS.contains(w.lower(k))) {
                return true;
            }
        }
        return false;
    }

    /** Whether a word between the first and the last of {@code w} is capitalized ("the former Mali coach"). */
    private static boolean capitalizedWithin(Words w) {
        for (int k = 1; k < w.size() - 1; k++) {
            if (w.isCapitalized(k)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The first person named within {@link #ROLE_NAMED_NEXT_CHARS} after {@code position} with a role of the same head
     * as the phrase {@code w} (a "CEO" is a "chief executive"), any leader's for "boss", "chief" or "head" ("BOK chief"
     * is "Bank of Korea Gov. Rhee Chang-yong"), whatever body the phrase names it by; null for a role someone new
     * bears ("a spokesman") or none named so.
     */
    private String bearerNamedNext(Words w, int position) {
        for (int k = 2; k + 1 < w.size(); k++) {
            if ((w.is(k, "in") || w.is(k, "at")) && w.isWord(k - 1) && Lexicon.isRole(w.lower(k - 1))) {
                // "The US ambassador in Dhaka": the role, wherever it is held.
                w = w.sub(0, k);
                break;
            }
        }
        String head = Names.stripPossessive(w.lower(w.size() - 1));
        if (INDEFINITES.contains(w.lower(0)) || !Names.isPersonRole(head) && !Lexicon.TITLES.contains(head)
                || PARTY_OR_COUNTRY_TITLES.contains(head)) {
            return null;
        }
        // The body may be written otherwise ("VW", "Volkswagen AG"); every other word must be in the bearer's role
        // ("The Democratic presidential nominee" is not the "Republican presidential nominee").
        List<String> modifiers = new ArrayList<>();
        for (int k = 0; k < w.size() - 1; k++) {
            boolean body = Names.isAcronym(w.text(k)) || !Names.stripPossessive(w.text(k)).equals(w.text(k));
            if (w.isWord(k) && !body && !Lexicon.DETERMINERS.contains(w.lower(k))
                    && !UNRANKED_MODIFIERS.contains(w.lower(k))) {
                modifiers.add(w.lower(k));
            }
        }
        for (int i = lastAtOrBefore(names, position) + 1;
                i < names.size() && names.get(i).position() - position <= ROLE_NAMED_NEXT_CHARS; i++) {
            Mention m = names.get(i);
            if (m.person() && m.name().indexOf(' ') > 0 && holdsRoleHeaded(m.name(), modifiers, head)) {
                return m.name();
            }
        }
        String opener = PERSON_LEADS.contains(head) ? null : nameOpeningNextParagraph(position);
        if (opener != null) {
            // Later "the envoy" is this person too.
            addRole(opener, w.span(Lexicon.DETERMINERS.contains(w.lower(0)) ? 1 : 0, w.size()));
        }
        return opener;
    }

    /**
     * "The UN special envoy for Sudan … has resigned.¶Volker Perthes, who had continued to work outside Sudan, said
     * …": a lead that names its subject only by role, before any person is named outside the headline, and a paragraph
     * right after it that opens with the full name of someone given no role of their own; null otherwise.
     */
    private String nameOpeningNextParagraph(int position) {
        int before = lastAtOrBefore(names, position);
        int headline = sentences.paragraphEnd(0);
        for (int i = 0; i <= before; i++) {
            // The headline may name whom the lead then describes ("Zarif: progress made …¶Iran's foreign minister").
            if (names.get(i).person() && (names.get(i).position() > headline || position < headline)) {
                return null;
            }
        }
        int next = sentences.paragraphEnd(position);
        for (int i = before + 1; i < names.size() && names.get(i).position() - position <= ROLE_NAMED_NEXT_CHARS; i++) {
            Mention m = names.get(i);
            if (!m.person()) {
                continue;
            }
            // "Marcia Bernicat said …", "Speaking at the Brookings Institution, Adel Al-Jubeir said …".
            Words opening = m.position() > next ? new Words(text, next, m.position()) : null;
            boolean opens = opening != null && (opening.size() == 0
                    || AttributionParser.skipIntroducer(opening, 0, opening.size()) == opening.size());
            return opens && m.name().indexOf(' ') > 0 && roles.getOrDefault(m.name(), List.of()).isEmpty()
                    ? m.name() : null;
        }
        return null;
    }

    /** Whether a role written for {@code name} has the head {@code head}, or is a leader's for a generic head. */
    private boolean holdsRoleHeaded(String name, List<String> modifiers, String head) {
        for (String role : roles.getOrDefault(name, List.of())) {
            if (describes(role, modifiers, head)) {
                return true;
            }
            List<String> words = List.of(Lexicon.NON_LETTERS.split(role.toLowerCase(Locale.ROOT).replace(".", "")));
            if (LEADER_HEADS.contains(head) && allWritten(modifiers, words)
                    && words.stream().anyMatch(LEADER_ROLES::contains)) {
                return true;
            }
        }
        return false;
    }

    /** "the professor" refers to the latest speaker described as one. */
    private String roleMatch(Words phrase, int position) {
        Words w = roleBeforeItsField(Names.withoutArea(phrase));
        String head = w.lower(w.size() - 1);
        // "His lawyer" is someone's lawyer, not whoever was last described as one.
        boolean hyphenatedTitle = head.indexOf('-') > 0 && Names.isTitle(head);
        // "the premier", "the CEO", "Grab CEO": a title after a determiner or a firm is a role too.
        boolean titleRole = Lexicon.TITLES.contains(head)
                && (Lexicon.DETERMINERS.contains(w.lower(0)) || w.size() == 2 && w.isCapitalized(0))
                // "the Kuwaiti" is whoever was described as one.
                || Lexicon.DEMONYMS.contains(head) && w.size() == 2 && w.lower(0).equals("the")
                // "DIG Karachi East said": a rank's initials alone; "the AG": an office's.
                || (w.size() == 1 || Lexicon.DETERMINERS.contains(w.lower(0)))
                        && Lexicon.TITLE_EXPANSIONS.containsKey(head);
        // "one West Virginia official", "a spokesman" is someone not named before.
        boolean indefinite = w.is(0, "one") || w.lower(0).equals("a") || w.lower(0).equals("an")
                || w.lower(0).equals("another");
        // "Mr. King" is a surname, whatever else "king" is.
        boolean surname = Lexicon.COURTESY_TITLES.contains(w.lower(0)) && w.isCapitalized(w.size() - 1);
        if (w.size() == 2 && Lexicon.POSSESSIVE_DETERMINERS.contains(w.lower(0))) {
            return namedWithSameOwner(w.lower(0) + " " + head, position);
        }
        if (!Lexicon.SPEAKER_NOUNS.contains(head) && !titleRole && !hyphenatedTitle || w.size() > MAX_ROLE_PHRASE_WORDS
                || Lexicon.POSSESSIVE_DETERMINERS.contains(w.lower(0)) || indefinite && w.size() > 3 || surname) {
            return null;
        }
        List<String> modifiers = new ArrayList<>();
        for (int k = 0; k < w.size() - 1; k++) {
            // "Japan's prime minister": the country owns the role, "prime" must be in the description; "Trump's
            // lawyer" is a person's lawyer, so "trump's" must be too.
            String owned = Names.stripPossessive(w.text(k));
            boolean placeOwner = !owned.equals(w.text(k)) && !byWord.containsKey(key(owned));
            if (w.isWord(k) && !Lexicon.DETERMINERS.contains(w.lower(k)) && !placeOwner) {
                // "the newly-appointed governor" is the "Bangladesh Bank Governor": adverbs and participles say
                // nothing about who bears the role.
                for (String part : w.lower(k).split("-")) {
                    // "The 2013 Idols SA winner" is the "Former Idols SA winner": a year says when, not which role.
                    if (!Lexicon.isAdverb(part) && !part.endsWith("ed") && !UNRANKED_MODIFIERS.contains(part)
                            && !Character.isDigit(part.charAt(0))) {
                        // "The WHO chief", "the U.S. envoy": initials as descriptions write them, without stops.
                        modifiers.add(part.replace(".", ""));
                    }
                }
            }
        }
        int last = lastAtOrBefore(names, position);
        // Only a lead calls someone "a military scholar" before naming them: after a name, such a role is someone new.
        if (!indefinite) {
            for (int i = history.size() - 1; i >= Math.max(0, history.size() - LOOK_BACK); i--) {
                Resolved r = history.get(i);
                if (r.person() && bearsRole(r.name(), r.description(), modifiers, head)) {
                    return r.name();
                }
            }
            // "Sen. Ana Ruiz opened the hearing. “…,” the senator said.": someone named with the role, not yet quoted.
            for (int i = last; i >= Math.max(0, last - LOOK_BACK); i--) {
                if (bearsRole(names.get(i), modifiers, head)) {
                    return names.get(i).name();
                }
            }
        }
        // "Japan's prime minister said … “…,” Prime Minister Shigeru Ishiba told lawmakers.": a lead names the role
        // first and the person just after.
        for (int i = last + 1; i < names.size() && names.get(i).position() - position <= ROLE_AHEAD_CHARS; i++) {
            if (bearsRole(names.get(i), modifiers, head) || madeTheRemarks(names.get(i))) {
                return names.get(i).name();
            }
        }
        return null;
    }

    /** How far back "their lawyer" looks for the same words written with a name. */
    private static final int OWNED_ROLE_REACH_CHARS = 2_000;

    /**
     * "Their lawyer, Ana Ruiz, filed … “…,” their lawyer said.": an owned role is the person it was written before
     * with the same owner; null when the text names no one so.
     */
    private String namedWithSameOwner(String ownedRole, int position) {
        int floor = Math.max(0, position - OWNED_ROLE_REACH_CHARS);
        for (int k = position - ownedRole.length() - 1; k >= floor; k--) {
            if (!text.regionMatches(true, k, ownedRole, 0, ownedRole.length())
                    || k > 0 && Character.isLetter(text.charAt(k - 1))) {
                continue;
            }
            int after = k + ownedRole.length();
            after += text.startsWith(", ", after) ? 2 : text.startsWith(" ", after) ? 1 : text.length();
            int mention = lastAtOrBefore(names, after);
            if (mention >= 0 && names.get(mention).position() == after && names.get(mention).person()) {
                return names.get(mention).name();
            }
        }
        return null;
    }

    /** "the PPRO" after "The Police Public Relations Officer (PPRO), Benjamin Hundeyin, said": who spoke as one. */
    private String initialsBearer(String initials) {
        for (int i = history.size() - 1; i >= Math.max(0, history.size() - LOOK_BACK); i--) {
            Resolved r = history.get(i);
            if (r.person() && roles.getOrDefault(r.name(), List.of()).stream()
                    .anyMatch(role -> role.contains("(" + initials + ")"))) {
                return r.name();
            }
        }
        return null;
    }

    /**
     * "…, a military scholar said on Tuesday.¶Zhang Chi, a professor at …, made the remarks after …": the person
     * opening a sentence that says they made the remarks.
     */
    /**
     * "The head of the World Health Organization" as "the World Health Organization head", "The Catholic Bishop of
     * Limerick" as "The Limerick Catholic Bishop": the role last, with what it is of among its modifiers.
     */
    private static Words roleBeforeItsField(Words w) {
        int of = 2;
        while (of < w.size() - 1 && !w.is(of, "of")) {
            of++;
        }
        if (of >= w.size() - 1 || !w.isWord(of - 1) || !Lexicon.isRole(w.lower(of - 1))
                || !Lexicon.DETERMINERS.contains(w.lower(0))) {
            return w;
        }
        int field = Lexicon.DETERMINERS.contains(w.lower(of + 1)) ? of + 2 : of + 1;
        String reordered = w.text(0) + " " + w.span(field, w.size()) + " " + w.span(1, of);
        return new Words(reordered, 0, reordered.length());
    }

    private boolean madeTheRemarks(Mention m) {
        if (!m.person() || sentences.startOf(m.position()) < m.position() - 1) {
            return false;
        }
        String sentence = Lexicon.lower(text.substring(m.position(), sentences.endOf(m.position())));
        return REMARKS.matcher(sentence).find();
    }

    private boolean bearsRole(Mention m, List<String> modifiers, String role) {
        return m.person() && bearsRole(m.name(), null, modifiers, role);
    }

    /**
     * Whether any description of the person names the role: the one given where they spoke, their first apposition
     * or the title before their name ("Argentina's top diplomat Diana Mondino", later "Foreign Minister Diana
     * Mondino", is "the minister").
     */
    private boolean bearsRole(String name, String spokenDescription, List<String> modifiers, String role) {
        if (spokenDescription != null && describes(spokenDescription, modifiers, role)) {
            return true;
        }
        for (String description : roles.getOrDefault(name, List.of())) {
            if (describes(description, modifiers, role)) {
                return true;
            }
        }
        return false;
    }

    private void addRole(String name, String role) {
        List<String> known = roles.computeIfAbsent(name, k -> new ArrayList<>(2));
        // A name mentioned a thousand times with its title keeps one copy of it.
        if (known.size() < MAX_ROLES_PER_NAME && !known.contains(role)) {
            known.add(role);
            titleBearers.clear();
        }
    }

    /**
     * Whether a description holds a role noun, written out or as a title ("Sen." for "the senator"), with every word
     * the role phrase puts before it ("the Republican nominee" is not the "Democratic vice presidential nominee") and
     * no rank the phrase lacks ("the president" is not the "Vice President").
     */
    private static boolean describes(String description, List<String> modifiers, String role) {
        List<String> words = new ArrayList<>();
        for (String word : Lexicon.NON_LETTERS.split(description.toLowerCase(Locale.ROOT).replace(".", ""))) {
            // "CEO Lino Saputo" is "the chief executive".
            words.addAll(List.of(Lexicon.TITLE_EXPANSIONS.getOrDefault(word, word).split(" ")));
        }
        if (GENERIC_ROLES.contains(role) && !modifiers.isEmpty() && allWritten(modifiers, words)) {
            // "The Qatari official" after "Qatar's foreign ministry spokesman Majed al-Ansari": any role of the
            // country the phrase names.
            for (String word : words) {
                if (Names.isPersonRole(word)) {
                    return true;
                }
            }
        }
        // "the director-general" is the "WHO Director-General": the role's words in a row.
        // "the IG" is the "Inspector General of Police", "Grab CEO" the "chief executive of Grab".
        List<String> expanded = List.of(HYPHEN_OR_SPACE.split(Lexicon.TITLE_EXPANSIONS.getOrDefault(role, role)));
        boolean officer = expanded.size() > 2 && expanded.get(expanded.size() - 1).equals("officer");
        return describesInOrder(words, modifiers, expanded)
                || officer && describesInOrder(words, modifiers, expanded.subList(0, expanded.size() - 1));
    }

    /** Whether the role's words stand in a row in the description, with every modifier written there too. */
    private static boolean describesInOrder(List<String> words, List<String> modifiers, List<String> parts) {
        String last = parts.get(parts.size() - 1);
        for (int k = parts.size() - 1; k < words.size(); k++) {
            boolean written = words.subList(k - parts.size() + 1, k + 1).equals(parts);
            boolean synonym = parts.size() == 1 && (last.equals(Lexicon.TITLE_ABBREVIATIONS.get(words.get(k)))
                    || ROLE_SYNONYMS.getOrDefault(last, Set.of()).contains(words.get(k)));
            if (written || synonym) {
                int first = k - parts.size() + 1;
                boolean ranked = first > 0 && Lexicon.RANK_WORDS.contains(words.get(first - 1));
                // "the shadow Commons leader" is not "the leader of the Commons", however far the rank stands.
                boolean shadow = words.subList(0, first).contains("shadow") && !modifiers.contains("shadow");
                return (!ranked || modifiers.contains(words.get(first - 1))) && !shadow && allWritten(modifiers, words);
            }
        }
        return false;
    }

    /** Whether every modifier is among the words, a country's demonym ("Qatari") standing for its name ("Qatar"). */
    private static boolean allWritten(List<String> modifiers, List<String> words) {
        StringBuilder initials = new StringBuilder();
        for (String modifier : modifiers) {
            initials.append(modifier.charAt(0));
        }
        if (modifiers.size() > 1 && words.contains(initials.toString())) {
            // "the head of the World Health Organization" is the "WHO Director-General".
            return true;
        }
        for (String modifier : modifiers) {
            boolean written = false;
            for (String word : words) {
                written |= modifier.equals(word) || isDemonymOf(modifier, word);
            }
            if (!written) {
                return false;
            }
        }
        return true;
    }

    /** "qatari" of "qatar", "iranian" of "iran", "russian" of "russia", "chinese" of "china", "german" of "germany". */
    private static boolean isDemonymOf(String modifier, String place) {
        String stem = place.endsWith("a") || place.endsWith("e") || place.endsWith("y")
                ? place.substring(0, place.length() - 1) : place;
        if (stem.length() < 4 || !modifier.startsWith(stem)) {
            return false;
        }
        return DEMONYM_ENDINGS.contains(modifier.substring(stem.length()));
    }

    /** Longest initials in brackets read before a name ("(DGP)"). */
    private static final int MAX_INITIALS_CHARS = 8;

    /** Longest role phrase read back to its bearer ("the White House press secretary"). */
    private static final int MAX_ROLE_PHRASE_WORDS = 5;

    /** Capitalized words among the titles that name a party or a country, not an office someone holds. */
    private static final Set<String> PARTY_OR_COUNTRY_TITLES = Lexicon.words("republican", "democratic", "democrat",
            "republicans", "us", "u.s.", "gop");

    /**
     * Roles any office holder bears: "the Qatari official" may be Qatar's spokesman or its minister, "the INEC chief"
     * its commissioner.
     */
    private static final Set<String> GENERIC_ROLES = Lexicon.words("official", "diplomat", "chief", "head", "boss");

    /** Heads of a role phrase that say only that someone leads ("Saudi Aramco boss", "BOK chief"). */
    private static final Set<String> LEADER_HEADS = Lexicon.words("chief", "head", "boss", "leader");

    /** Roles of those who lead a body, as a description writes them. */
    private static final Set<String> LEADER_ROLES = Lexicon.words("chief", "head", "boss", "leader", "ceo", "executive",
            "governor", "gov", "president", "chairman", "chairwoman", "chair", "director", "founder", "minister",
            "secretary", "commissioner");

    /** Words making a role phrase someone not named before ("a spokesman", "another official"). */
    private static final Set<String> INDEFINITES = Lexicon.words("a", "an", "one", "another", "some", "any");

    /** How far after a role phrase a lead names its bearer ("Fonterra's new CEO says …¶…, Theo Spierings, …"). */
    private static final int ROLE_NAMED_NEXT_CHARS = 600;

    /** What one puts out on a platform ("his post on X read"). */
    private static final Set<String> POSTS = Lexicon.words("post", "posts", "tweet", "tweets", "answer", "reply",
            "response", "retort", "verdict");

    /** Roles a lead's subject may hold without being the person named next: they are many ("The victim said"). */
    private static final Set<String> PERSON_LEADS = Lexicon.words("victim", "suspect", "man", "woman", "resident");

    /** Words for one role: "Justice Sheldon Lanchbery" is "the judge", "India captain Rohit Sharma" "the skipper". */
    private static final Map<String, Set<String>> ROLE_SYNONYMS = Map.ofEntries(
            Map.entry("judge", Set.of("justice")), Map.entry("skipper", Set.of("captain")),
            Map.entry("captain", Set.of("skipper")), Map.entry("pontiff", Set.of("pope")),
            Map.entry("pope", Set.of("pontiff")), Map.entry("barrister", Set.of("qc", "kc")),
            Map.entry("manager", Set.of("boss", "gaffer")), Map.entry("gaffer", Set.of("manager", "coach", "boss")),
            Map.entry("striker", Set.of("forward")), Map.entry("forward", Set.of("striker")),
            Map.entry("actor", Set.of("star", "superstar")), Map.entry("actress", Set.of("star", "superstar")),
            Map.entry("singer", Set.of("star", "superstar")), Map.entry("star", Set.of("actor", "actress", "singer",
                    "superstar")), Map.entry("spokesperson", Set.of("spokesman", "spokeswoman")),
            Map.entry("spokesman", Set.of("spokesperson")), Map.entry("spokeswoman", Set.of("spokesperson")),
            Map.entry("doctor", Set.of("dr", "dr.", "physician", "pathologist", "surgeon", "gp")),
            Map.entry("lawyer", Set.of("attorney", "solicitor", "barrister", "counsel")),
            Map.entry("attorney", Set.of("lawyer")), Map.entry("banker", Set.of("bank")),
            Map.entry("executive", Set.of("ceo", "vp", "head", "chief", "president", "chairman", "chairwoman",
                    "director", "officer", "cfo", "coo")));

    private static final Set<String> DEMONYM_ENDINGS = Lexicon.words("", "i", "n", "an", "ian", "ese", "ish", "ean");

    /**
     * "the company", "the district": the institution of that kind that spoke last, else the latest name written with
     * the noun ("Granite School District") or, for a company, with a company suffix ("Tecan Group AG"); or null.
     */
    private String namedInstitution(Words w, int position) {
        if (w.size() == 1 && w.lower(0).equals("police")) {
            // "Police said" after "Detroit police arrested …": the force named.
            return namedInstitution(new Words("the police", 0, "the police".length()), position);
        }
        // "the district", or "the sheriff’s office" after "Jasper County Sheriff’s Office": the noun's modifier too.
        boolean modified = w.size() == 3 && w.isWord(1) && !w.isCapitalized(1) && !w.isCapitalized(2);
        // "the Council" after "the UN Security Council": the capital of a body's short name.
        if (w.size() != 2 && !modified || !w.lower(0).equals("the") || w.isCapitalized(1) && modified) {
            return null;
        }
        String head = w.lower(w.size() - 1);
        String modifier = modified ? Names.stripPossessive(w.lower(1)) : null;
        // "the campaign" in a race between two is either's.
        if (!Lexicon.INSTITUTIONS.contains(head) || Lexicon.DOCUMENTS.contains(head) || head.equals("campaign")) {
            return null;
        }
        boolean company = Lexicon.COMPANY_NOUNS.contains(head);
        // "the agency" after the Food and Drug Administration or the CDC: any public body.
        boolean body = head.equals("agency") || head.equals("regulator");
        String ofItsKind = null;
        int ofItsKindAt = -1;
        for (int i = history.size() - 1; i >= Math.max(0, history.size() - LOOK_BACK); i--) {
            Resolved r = history.get(i);
            // "Huawei said": a single name no full name holds and no title gives a sex reads as a person's surname
            // until "the company" shows what it is.
            boolean unknown = r.name().indexOf(' ') < 0 && !byWord.containsKey(key(r.name()))
                    && !genders.containsKey(key(r.name()))
                    && (r.description() == null || !r.description().startsWith("who "));
            if ((!r.person() || company && unknown || body) && !r.name().equals(Lexicon.lower(r.name()))) {
                if (hasWords(r.name(), modifier, head)) {
                    return r.name();
                }
                if (ofItsKind == null && modifier == null && (company && isCompanyName(r.name())
                        || body && (!r.person() || Names.isAcronym(r.name())) && isPublicBody(r.name()))) {
                    ofItsKind = r.name();
                    ofItsKindAt = r.position();
                }
            }
        }
        Words before = new Words(text, Math.max(0, position - NAMED_INSTITUTION_REACH_CHARS), position);
        String latest = null;
        int latestAt = -1;
        for (int k = 0; k < before.size(); k++) {
            if (!before.isCapitalized(k)) {
                continue;
            }
            int end = k;
            int headAt = -1;
            // Where the name starts: past an "of" before its noun ("Shares of Harlow Group AG").
            int from = k;
            while (end < before.size() && (before.isCapitalized(end) || end > k && isNameConnector(before, end)
                    || end > k && headAt < 0 && isKind(before.lower(end), head))) {
                // "Eastern Cape province", "Bart's and The London NHS trust": the kind of body in lower case.
                if (before.isCapitalized(end) || isKind(before.lower(end), head)) {
                    boolean modifies = modifier == null
                            || end > k && Names.stripPossessive(before.lower(end - 1)).equals(modifier);
                    headAt = isKind(before.lower(end), head) && modifies ? end : headAt;
                    end++;
                } else {
                    from = headAt < 0 ? end + 1 : from;
                    end += 2;
                }
            }
            // "Granite School District", "Tecan Group AG", "Intergovernmental Panel on Climate Change"; not "Union
            // City".
            String last = before.lower(end - 1);
            // "at Gokulpuri police station": a place the body works from, not the body ("Rock Island County board
            // members" still name the board).
            boolean compound = before.isWord(end) && Lexicon.PLACE_NOUNS.contains(before.lower(end));
            boolean kind = headAt == end - 1 && !compound || headAt > from && isNameConnector(before, headAt + 1)
                    || company && Lexicon.COMPANY_SUFFIXES.contains(last);
            // "The Jasper County Sheriff’s Office is reporting …": the capital of a sentence's article is no name's.
            from = before.is(from, "The") || before.is(from, "A") || before.is(from, "An") ? from + 1 : from;
            if (kind && end - from >= 2) {
                latest = before.span(from, end);
                latestAt = before.start(from);
            }
            k = end;
        }
        // "Flood warnings … from the Environment Agency. The agency said": a body named by the noun since the last body
        // of its kind spoke is the one meant.
        return ofItsKind == null || latest != null && latestAt > ofItsKindAt ? latest : ofItsKind;
    }

    /**
     * "the company", "the budget airline", "the party": the body of that kind named before (see {@link
     * #namedInstitution}), else the organisation the sentences before are about ("Ryanair cancelled 400 flights. The
     * airline said …"); null for any other phrase.
     */
    /** What a newspaper is called once named ("the daily", "the English daily", "the paper"). */
    private static final Set<String> PAPER_NOUNS = Lexicon.words("newspaper", "paper", "daily", "weekly", "tabloid",
            "broadsheet");

    /**
     * "the English daily", "the paper": the newspaper that spoke last (a name with a masthead word, "The Times of
     * India", "The Tribune"); null for any other phrase.
     */
    private String outletMeant(Words w, int position) {
        int head = w.size() - 1;
        if (w.size() < 2 || w.size() > 3 || !w.lower(0).equals("the") || !PAPER_NOUNS.contains(w.lower(head))
                || w.size() == 3 && w.isCapitalized(1) && !Lexicon.DEMONYMS.contains(w.lower(1))) {
            return null;
        }
        for (int i = history.size() - 1; i >= Math.max(0, history.size() - LOOK_BACK); i--) {
            Resolved r = history.get(i);
            if (r.position() < position - NAMED_INSTITUTION_REACH_CHARS) {
                break;
            }
            if (!r.person() && AttributionParser.outletNamed(r.name()) != null && hasMasthead(r.name())) {
                return r.name();
            }
        }
        return null;
    }

    private static boolean hasMasthead(String name) {
        for (String word : Lexicon.lower(name).split(" ")) {
            if (Lexicon.MASTHEAD_WORDS.contains(word)) {
                return true;
            }
        }
        return false;
    }

    /** Most tokens of a firm's kind listing what it sells ("the clothing, food and homewares group"). */
    private static final int MAX_LISTED_KIND_TOKENS = 7;

    private String organisationMeant(Words w, int position) {
        int head = w.size() - 1;
        if (head > 1 && Lexicon.DOCUMENTS.contains(w.lower(head))) {
            // "the hospital’s statement", "the airline’s own statement": the body's own document.
            head -= w.is(head - 1, "own") ? 2 : 1;
            if (!isPossessiveWord(w.text(head))) {
                return null;
            }
        }
        String kind = Names.stripPossessive(w.lower(head));
        // "the clothing, food and homewares group": what the firm sells, listed.
        boolean listed = head <= MAX_LISTED_KIND_TOKENS && w.span(0, head).contains(" and ");
        if (head < 1 || head > 3 && !listed || !w.lower(0).equals("the")
                || !Lexicon.ORGANISATION_KINDS.contains(kind)) {
            return null;
        }
        for (int k = 1; k < head; k++) {
            if (listed && (w.is(k, ",") || w.is(k, "and"))) {
                continue;
            }
            // "the budget airline", "the Dublin-based carrier"; not "the Labour party", which names its own.
            // "the German auto maker" is a firm of the country; "the Cupertino tech giant" one of the town, with a
            // lower-case word between the place and the kind.
            boolean place = k == 1 && head > 2 && !w.isCapitalized(k + 1);
            if (!w.isWord(k) || w.isCapitalized(k) && w.text(k).indexOf('-') < 0
                    && !Lexicon.DEMONYMS.contains(w.lower(k)) && !place) {
                return null;
            }
        }
        String owner = w.span(0, head) + " " + kind;
        Words body = head == w.size() - 1 ? w : new Words(owner, 0, owner.length());
        String named = Lexicon.INSTITUTIONS.contains(kind) ? namedInstitution(body, position) : null;
        return named != null ? named : organisationSubject(sentences.startOf(position), kind);
    }

    /**
     * The organisation opening one of the few sentences before {@code before} ("Apple reported record sales", "Shares
     * in Tesco fell", "The Liberal Democrats launched …"), passing over sentences about a person, quotes and
     * sentences that speak of the same kind of body themselves ("Texas sued the company"); or null.
     */
    private String organisationSubject(int before, String kind) {
        // The paragraph of the reference and the one before it: further back, another story may have begun.
        for (int[] sentence : sentencesBack(sentences.startOf(Math.max(0, before - 1)), before, true)) {
            String organisation = mentionsKind(sentence[0], sentence[1], kind) ? null
                    : organisationOpening(sentence[0], sentence[1]);
            if (organisation != null) {
                return organisation;
            }
        }
        return null;
    }

    /** Whether {@code word} stands capitalized after a lower-case word shortly before {@code before}. */
    private boolean writtenAsNameBefore(String word, int before) {
        Words w = new Words(text, Math.max(0, before - NAMED_INSTITUTION_REACH_CHARS), before);
        for (int k = 1; k < w.size(); k++) {
            if (w.text(k).equals(word) && w.isWord(k - 1) && !w.isCapitalized(k - 1)) {
                return true;
            }
        }
        return false;
    }

    /** Whether {@code text[from, to)} speaks of "the" body of this kind itself. */
    private boolean mentionsKind(int from, int to, String kind) {
        Words w = new Words(text, from, to);
        for (int k = 1; k < w.size(); k++) {
            if (w.lower(k).equals(kind) && (w.is(k - 1, "the") || w.is(k - 2, "the"))) {
                return true;
            }
        }
        return false;
    }

    /**
     * The capitalized name opening the sentence {@code text[from, to)} when it names no person or place (a body or an
     * outlet may be one); else null.
     */
    private String organisationOpening(int from, int to) {
        Words w = new Words(text, from, Math.min(to, from + SUBJECT_REACH_CHARS));
        int first = 0;
        while (first < w.size() && !w.isWord(first)) {
            first++;
        }
        if (first == w.size() || quoted.covers(w.start(first))) {
            return null;
        }
        int k = AttributionParser.skipIntroducer(w, first, w.size());
        if (w.is(k, "Shares") && (w.is(k + 1, "in") || w.is(k + 1, "of"))) {
            k += 2;
        }
        if (w.is(k, "The")) {
            k++;
        }
        if (w.isCapitalized(k) && w.lower(k).endsWith("-based")) {
            // "Atlanta-based Delta announced …": where the firm is based is no part of its name.
            k++;
        }
        if (w.isWord(k + 1) && !w.isCapitalized(k + 1) && Lexicon.ORGANISATION_KINDS.contains(w.lower(k + 1))
                && Lexicon.DEMONYMS.contains(w.lower(k)) && w.isCapitalized(k + 2)) {
            // "British retailer Marks and Spencer issued …": the firm's kind before its name.
            k += 2;
        }
        int end = k;
        // "Marks and Spencer issued …": two names joined into one firm's.
        while (end < w.size() && end - k < MAX_NAME_WORDS && (w.isCapitalized(end)
                && w.text(end).equals(Names.stripPossessive(w.text(end)))
                || end > k && w.is(end, "and") && w.isCapitalized(end + 1))) {
            end++;
        }
        if (end < w.size() && end - k < MAX_NAME_WORDS && w.isCapitalized(end)) {
            // "Apple's shares fell": the possessive ends the name.
            end++;
        }
        // "Much of the impetus": a word before "of" opens no name.
        boolean followed = w.isWord(end) && !w.isCapitalized(end) && !Lexicon.PREPOSITIONS.contains(w.lower(end))
                || w.is(end, ",") || w.is(end, "(");
        if (end == k || !followed) {
            return null;
        }
        String name = Names.stripPossessive(w.span(k, end));
        boolean plural = end - k == 1 && name.endsWith("s") && !Names.isAcronym(name);
        if (plural && !writtenAsNameBefore(name, w.start(k)) || Names.isSpeakerNoun(Lexicon.lower(name))) {
            // "Analysts were surprised", "Shares fell", "Police arrived": a common noun opening the sentence, unless
            // the text writes it with a capital inside a sentence too ("that Qantas breached").
            return null;
        }
        String lower = Lexicon.lower(name);
        // "The Security Council condemned …": a body's noun ends the name, whatever title words it holds.
        boolean body = name.indexOf(' ') > 0
                && Lexicon.INSTITUTIONS.contains(lower.substring(lower.lastIndexOf(' ') + 1));
        for (String word : lower.split(" ")) {
            if (!body && !word.equals("and") && namesNoBody(word, name.indexOf(' ') < 0)) {
                return null;
            }
        }
        // "Microsoft said …": a single name that spoke is a person's only when the text names or sexes someone so;
        // "Brandt, who runs the shelter, said" is someone.
        List<Mention> known = byWord.get(key(name));
        boolean person = w.is(end, ",") && w.is(end + 1, "who")
                || personSpeakers.contains(name) && (name.indexOf(' ') > 0 || genders.containsKey(key(name))
                        || known != null && known.stream().anyMatch(Mention::person));
        if (person || titledSurnames.containsKey(name)) {
            return null;
        }
        // "Delta cut flights" after "Delta Air Lines": the name in full.
        return name.indexOf(' ') < 0 ? expand(name, w.start(k)) : name;
    }

    /**
     * Whether a word of a capitalized name shows it names a person, a place or a time rather than a body: a known
     * person's name or sex, a title, a pronoun, a day or month, a country or place word; a nationality alone ("The
     * Chinese were first"), not in a firm's name ("British Airways").
     */
    private boolean namesNoBody(String word, boolean alone) {
        List<Mention> known = byWord.get(key(word));
        boolean person = known != null && known.get(0).person() && !firstWordOfLaterName(word, known.get(0).name(),
                known.get(0).position()) || genders.containsKey(key(word))
                || Lexicon.TITLES.contains(word) && !PARTY_OR_COUNTRY_TITLES.contains(word)
                        && !Lexicon.DEMONYMS.contains(word)
                || Lexicon.PRONOUNS.contains(word);
        boolean time = Lexicon.TIME_WORDS.contains(word) || Lexicon.MONTHS.contains(word);
        boolean place = Lexicon.STATE_NAMES.contains(word) || Lexicon.PLACE_MODIFIERS.contains(word)
                || Lexicon.NON_PERSON_WORDS.contains(word) && !Lexicon.INSTITUTIONS.contains(word)
                        && !Lexicon.MASTHEAD_WORDS.contains(word);
        return person || time || place || Lexicon.NOT_NAMES.contains(word) || alone && Lexicon.DEMONYMS.contains(word);
    }

    /** "Food and Drug Administration", "CDC": a name with a public body's noun, or an acronym. */
    private static boolean isPublicBody(String name) {
        if (name.indexOf(' ') < 0 && Names.isAcronym(name)) {
            return true;
        }
        for (String word : Lexicon.lower(name).split(" ")) {
            if (Lexicon.PUBLIC_BODY_NOUNS.contains(word)) {
                return true;
            }
        }
        return false;
    }

    /** "of", "on", "for" joining two parts of a name ("Panel on Climate Change"). */
    private static boolean isNameConnector(Words w, int k) {
        // "Panel on Climate Change", but not "Supreme Court on Friday".
        return (w.is(k, "of") || w.is(k, "on") || w.is(k, "for")) && w.isCapitalized(k + 1)
                && !Lexicon.TIME_WORDS.contains(w.lower(k + 1));
    }

    /** Words after the kind of body in its name: its field or a second part ("Department of Energy"). */
    private static final Set<String> KIND_FOLLOWERS = Lexicon.words("of", "for", "on", "and", "the");

    /** Whether {@code word} names a body of the kind {@code head} names: "RCMP" or "Garda" is "the police". */
    private static boolean isKind(String word, String head) {
        return word.equals(head) || head.equals("police") && Lexicon.POLICE_FORCES.contains(word);
    }

    /** Whether {@code name} has the word {@code head}, right after {@code modifier} unless that is null. */
    private static boolean hasWords(String name, String modifier, String head) {
        String[] words = Lexicon.lower(name).split(" ");
        for (int i = 0; i < words.length; i++) {
            // The head is the kind of body the name names: its last word or the one its field follows ("Department of
            // Energy"), not "Police" in the "Independent Police Conduct Authority".
            boolean kind = i == words.length - 1 || KIND_FOLLOWERS.contains(words[i + 1]);
            if (isKind(words[i], head) && kind
                    && (modifier == null || i > 0 && Names.stripPossessive(words[i - 1]).equals(modifier))) {
                return true;
            }
        }
        return false;
    }

    /**
     * A name with no word of another kind of institution or of a place: "Huawei", "ZTE", "Tecan Group"; not a plural
     * noun capitalized at a sentence's start ("Regulators").
     */
    private static boolean isCompanyName(String name) {
        if (name.indexOf(' ') < 0 && name.endsWith("s") && !name.endsWith("ss")
                && !name.equals(name.toUpperCase(Locale.ROOT))) {
            return false;
        }
        for (String word : Lexicon.lower(name).split(" ")) {
            if (Lexicon.INSTITUTIONS.contains(word) && !Lexicon.COMPANY_NOUNS.contains(word)
                    || Lexicon.OUTLETS.contains(word) || Lexicon.STATE_NAMES.contains(word)
                    || Lexicon.PLACE_MODIFIERS.contains(word)) {
                return false;
            }
        }
        return true;
    }

    /** A document with no named owner ("the Chinese report") is the latest institution that spoke. */
    private String institutionName(Words w, int position) {
        String head = w.lower(w.size() - 1);
        String name = Names.stripDeterminer(w);
        int by = Math.max(name.lastIndexOf(" by "), name.lastIndexOf(" from "));
        if (by >= 0) {
            // "a poll … by the Eurasia Group Foundation", "a statement from the White House": the owner is who the
            // reader should check.
            String owner = withoutTrailingTime(name.substring(name.indexOf(' ', by + 1) + 1));
            return owner.startsWith("the ") ? owner.substring(4) : owner;
        }
        String owner = documentOwner(w);
        if (owner != null) {
            // "a Congressional Budget Office estimate released Monday": the office stands behind its estimate.
            return owner;
        }
        int named = w.size();
        while (named > 1 && w.isCapitalized(named - 1)) {
            named--;
        }
        boolean modifiers = named > 1;
        for (int k = 1; k < named && modifiers; k++) {
            // "the president of the …", "an official with the …", "the study in …": someone or something else's.
            modifiers = w.isWord(k) && !w.isCapitalized(k) && !Lexicon.PREPOSITIONS.contains(w.lower(k))
                    && !Lexicon.SPEAKER_NOUNS.contains(w.lower(k)) && !Lexicon.DETERMINERS.contains(w.lower(k));
        }
        if (modifiers && named < w.size() - 1 && Lexicon.INSTITUTIONS.contains(w.lower(w.size() - 1))) {
            // "the main opposition Bangladesh Nationalist Party": the body's name without what the writer calls it.
            return w.span(named, w.size());
        }
        if (named < w.size() && named > 1 && !w.isCapitalized(named - 1)
                && Lexicon.INSTITUTIONS.contains(w.lower(named - 1))) {
            // "The state electric utility CFE": the body's name after the kind of body it is.
            return w.span(named, w.size());
        }
        if (Lexicon.DOCUMENTS.contains(head) && !Names.hasOwnerName(w) && !hasPreposition(w)) {
            for (int k = w.size() - 2; k > 0; k--) {
                if (w.isWord(k) && !w.isCapitalized(k) && Lexicon.INSTITUTIONS.contains(w.lower(k))
                        && !Lexicon.DOCUMENTS.contains(w.lower(k))) {
                    // "a foreign ministry statement": the body the words before the document name; "The court
                    // statement" after "the Khamovniki District Court of Moscow": that court, as "the court" means.
                    String body = "the " + w.lower(k);
                    String meant = k == 1 ? namedInstitution(new Words(body, 0, body.length()), position) : null;
                    return meant != null ? meant : Names.stripDeterminer(w.sub(0, k + 1));
                }
            }
            // Only a named institution owns the document: "the report" after "the company said" stays the report.
            String latest = lastBody(Integer.MIN_VALUE, true);
            return latest != null && !latest.equals(latest.toLowerCase(Locale.ROOT)) ? latest : name;
        }
        return name;
    }

    /** "the EC Thursday morning" of "a statement released by the EC Thursday morning": the owner, not when. */
    private static String withoutTrailingTime(String owner) {
        String[] words = owner.split(" ");
        int end = words.length;
        while (end > 1 && (Lexicon.PARTS_OF_DAY.contains(Lexicon.lower(words[end - 1]))
                || Lexicon.DAYS.contains(Lexicon.lower(words[end - 1])))) {
            end--;
        }
        return String.join(" ", Arrays.copyOf(words, end));
    }

    /**
     * "the statement said" after "Bisciotti said in a statement" or "the Prime Minister’s Office sent a statement",
     * "the alert read" after "the alert issued by the UAE Interior Ministry": who issued the document last written
     * with the same noun — whoever spoke in that sentence, else its subject; or null.
     */
    /**
     * "his lawyer", "His devastated family": the role or family of the person "his" or "her" means, by their full
     * name ("Trefor Jones's family"); null for other phrases or when no one named in full fits.
     */
    private String ownersRole(Words w, int position, int before) {
        String first = w.lower(0);
        String head = w.lower(w.size() - 1);
        if (w.size() < 2 || w.size() > MAX_OWNED_ROLE_WORDS || !first.equals("his") && !first.equals("her")
                || !Lexicon.SPEAKER_NOUNS.contains(head)) {
            return null;
        }
        Gender gender = first.equals("his") ? Gender.MALE : Gender.FEMALE;
        String owner = lastPerson(position, gender, before);
        // Only someone the text shows to be a man or a woman: "her husband" after Trefor Jones is not his.
        boolean known = owner != null && (nameGenders.get(owner) == gender || genders.get(genderKey(owner)) == gender);
        return known && owner.indexOf(' ') > 0 ? owner + "'s " + head : null;
    }

    /**
     * "Mr Morris’ family", "Ana Ruiz's lawyer" in {@code w[from, role]}: the role of the person the possessive name
     * means, by their full name ("Richard Morris's family"); null for other phrases.
     */
    private String namedOwnersRole(Words w, int from, int role) {
        int owner = role - 1;
        if (owner > from && !w.isCapitalized(owner)) {
            // "Mr Morris’ devastated family".
            owner--;
        }
        if (owner < from || !w.isCapitalized(owner) || !isPossessiveWord(w.text(owner))) {
            return null;
        }
        String surname = Names.stripPossessive(w.text(owner));
        String name = expand(surname, w.start(owner));
        return name.indexOf(' ') > 0 ? name + "'s " + w.lower(role) : null;
    }

    /** Most words of "his devastated family": the possessive, a modifier and the role. */
    private static final int MAX_OWNED_ROLE_WORDS = 3;

    private String issuedDocumentAuthor(Words w, int position) {
        String noun = w.lower(w.size() - 1);
        int sentence = sentences.startOf(position);
        if (w.lower(0).equals("a") && Lexicon.ISSUED_DOCUMENTS.contains(noun)
                && (w.size() == 2 || w.size() == 3 && ISSUING_MANNERS.contains(w.lower(1)))) {
            // "“…,” said a press statement" under "UN Security Council slams bombing": the body the story is about.
            return organisationSubject(sentence, noun);
        }
        // "the statement", "the joint statement"; "the White House statement" names its owner.
        if (!w.lower(0).equals("the") || !Lexicon.ISSUED_DOCUMENTS.contains(noun) || w.size() > 3
                || w.size() == 3 && !w.isWord(1) || w.isCapitalized(1) && w.size() == 3) {
            return null;
        }
        int floor = Math.max(0, sentence - NAMED_INSTITUTION_REACH_CHARS);
        int mention = lastDocumentBefore(noun, sentence, floor);
        if (mention < 0) {
            // "released a statement … The release continues": another word for the same document, the latest.
            for (String other : Lexicon.ISSUED_DOCUMENTS) {
                mention = Math.max(mention, lastDocumentBefore(other, sentence, floor));
            }
        }
        if (mention < 0) {
            // "The Security Council condemned the attack. “…,” the statement said.": the body the lines before are
            // about put it out.
            return organisationSubject(sentence, noun);
        }
        int from = sentences.startOf(mention);
        int to = sentences.endOf(mention);
        for (int i = history.size() - 1; i >= Math.max(0, history.size() - LOOK_BACK); i--) {
            Resolved r = history.get(i);
            if (r.position() < from) {
                break;
            }
            String last = r.name().substring(r.name().lastIndexOf(' ') + 1);
            if (r.position() < to && (isProperName(r.name()) || Names.looksLikeAgentPlural(last))) {
                // "In a letter to …, Condoleezza Rice, …, the former White House officials said …": whoever spoke
                // there, a group of officials too, not whom the document was sent to.
                return r.name();
            }
        }
        // "His devastated family have released a statement", "In a statement, Mr Morris’ family paid tribute": the
        // family of whom "his" means or the name owns.
        Words issuer = new Words(text, from, Math.min(to, from + SUBJECT_REACH_CHARS));
        int opening = AttributionParser.skipIntroducer(issuer, 0, issuer.size());
        int role = opening + 1;
        while (role < issuer.size() && role < opening + MAX_OWNED_ROLE_WORDS && issuer.isWord(role)
                && !Lexicon.SPEAKER_NOUNS.contains(issuer.lower(role))) {
            role++;
        }
        String owned = role < issuer.size() && Lexicon.SPEAKER_NOUNS.contains(issuer.lower(role))
                ? namedOwnersRole(issuer, opening, role) : null;
        if (owned == null && role < issuer.size()) {
            owned = ownersRole(issuer.sub(opening, role + 1), from, from);
        }
        if (owned != null) {
            return owned;
        }
        Subject subject = subjectOf(from, to, false);
        String name = subject.owner() != null ? subject.owner() : subject.name();
        if (name == null) {
            return null;
        }
        // "Veltra’s letter to shareholders said …": the owner issued it.
        String owner = name == null ? null : documentOwner(new Words(name, 0, name.length()));
        return owner != null ? owner : name;
    }

    /** How a body puts out a document, saying nothing of whose it is ("a press statement", "a joint statement"). */
    private static final Set<String> ISSUING_MANNERS = Lexicon.words("press", "joint", "written", "brief", "short",
            "new", "separate");

    /** Where {@code noun} last stands as a whole word in {@code text[floor, before)} outside the quotes, or -1. */
    private int lastDocumentBefore(String noun, int before, int floor) {
        int mention = lastWordBefore(noun, before, floor);
        while (mention >= 0 && quoted.covers(mention)) {
            mention = lastWordBefore(noun, mention, floor);
        }
        return mention;
    }

    /** Where {@code word} last stands as a whole word in {@code text[floor, before)}, or -1. */
    private int lastWordBefore(String word, int before, int floor) {
        for (int at = text.lastIndexOf(word, before - word.length()); at >= floor;
                at = text.lastIndexOf(word, at - 1)) {
            int end = at + word.length();
            if ((at == 0 || !Character.isLetter(text.charAt(at - 1)))
                    && (end == text.length() || !Character.isLetter(text.charAt(end)))) {
                return at;
            }
        }
        return -1;
    }

    /** The name written right before the phrase's document noun ("the IMF report" → "IMF"), or null. */
    private static String documentOwner(Words w) {
        for (int d = 1; d < w.size(); d++) {
            // "the US Geological Survey" names a body: a capitalized document noun after a name of two capitalized
            // words ends it ("The IMF Report" is the IMF's).
            boolean named = d >= 2 && w.isCapitalized(d) && w.isCapitalized(d - 1) && w.isCapitalized(d - 2)
                    && !Lexicon.DETERMINERS.contains(w.lower(d - 2)) && !isPossessiveWord(w.text(d - 1));
            if (w.isWord(d) && Lexicon.DOCUMENTS.contains(w.lower(d)) && !named) {
                int k = d;
                while (k > 0 && w.isCapitalized(k - 1) && !Lexicon.TITLES.contains(w.lower(k - 1))
                        && !Lexicon.NOT_NAMES.contains(w.lower(k - 1))) {
                    k--;
                }
                return k < d ? Names.stripPossessive(w.span(k, d)) : null;
            }
        }
        return null;
    }

    private static boolean isPossessiveWord(String word) {
        return !Names.stripPossessive(word).equals(word);
    }

    /** A word as names are looked up by: any case, any apostrophe ("O’Leary" is "O'Leary"). */
    /** A word as names are looked up: "Matiang'i", "Matiang’i" and "Matiangi" are one surname. */
    private static String key(String word) {
        String lower = word.toLowerCase(Locale.ROOT);
        return lower.indexOf('\'') < 0 && lower.indexOf('\u2019') < 0 ? lower
                : lower.replace("\u2019", "").replace("'", "");
    }
}
