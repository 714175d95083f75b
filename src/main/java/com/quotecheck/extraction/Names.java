package com.quotecheck.extraction;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** What a speaker phrase names, read from its words alone: a person's name, a place or outlet, a role, an institution. */
final class Names {

    /** How many words may stand before the noun of an office named by where it serves ("The UN mission in …"). */
    private static final int MAX_OFFICE_MODIFIERS = 2;
    /** Most lower-case words of a role between an affiliation and its bearer ("oil minister", "press secretary"). */
    private static final int MAX_ROLE_WORDS = 3;
    /** Endings of the singular of a noun for someone who does something ("journalist", "regulator", "official"). */
    private static final List<String> AGENT_SUFFIXES = List.of("ist", "er", "or", "ian", "ant", "ent", "ial", "ive");

    private Names() {
    }

    /** Index of the "and" joining two names of people ("Obama and Clinton"), or -1 for anything else. */
    static int joinedNames(Words w) {
        int and = -1;
        boolean names = true;
        for (int k = 0; k < w.size(); k++) {
            if (w.is(k, "and") && and < 0 && k > 0 && k < w.size() - 1) {
                and = k;
            } else if (!w.is(k, ",") && (!w.isCapitalized(k) || Lexicon.INSTITUTIONS.contains(w.lower(k))
                    || Lexicon.NOT_NAMES.contains(w.lower(k))) || w.is(k, ",") && (and > 0 || k == 0)) {
                // "Hovsepian, Casado and Troescher": names listed with commas before the "and".
                names = false;
            }
        }
        if (and < 0) {
            return -1;
        }
        boolean office = officeHolderStart(w) >= 0;
        if (!office && names) {
            // "Obama and Clinton"; not "Health and Human Services Secretary Xavier Becerra", one office, one person.
            return and;
        }
        // "Council Speaker Adrienne Adams and Finance Committee Chair Justin Brannan", "Susan Collins of Maine and
        // Jeff Flake of Arizona": two people named in full, each with their titles or home.
        // Not "Trump ally and activist investor Carl Icahn", one person described twice; "Justices Mordy Bromberg,
        // Darryl Rangiah and Robert Bromwich" lists three.
        for (int from = 0; from < and; ) {
            int end = nameSideEnd(w, from, and);
            String name = personName(w, from, end);
            // Where an office runs into the name, the first part must be a person's too: a title before it or a given
            // name ("Water Resources and District Minister Tom Alder" is one office).
            if (!w.isCapitalized(end - 1) || name == null
                    || office && nameStart(w, from, end) == from && givenNameGender(name) == null) {
                return -1;
            }
            from = w.is(end, ",") ? end + 1 : and;
        }
        return w.isCapitalized(and + 1) && personName(w, and + 1, nameSideEnd(w, and + 1, w.size())) != null
                ? and : -1;
    }

    /** Where the name of one side of "A and B" in {@code w[from, to)} ends: before "of Maine" or a comma. */
    private static int nameSideEnd(Words w, int from, int to) {
        for (int k = from + 1; k < to; k++) {
            if (!w.isWord(k) || w.is(k, "of") && w.isCapitalized(k - 1) && w.isCapitalized(k + 1)) {
                return k;
            }
        }
        return to;
    }

    /** The names listed before the "and" at {@code and} ("Mordy Bromberg, Darryl Rangiah"), each with its titles. */
    static List<String> listedBefore(Words w, int and) {
        List<String> listed = new ArrayList<>();
        for (int from = 0; from < and; ) {
            int end = nameSideEnd(w, from, and);
            int next = w.is(end, ",") ? end + 1 : and;
            listed.add(w.span(from, w.is(end, ",") ? end : next));
            from = next;
        }
        return listed;
    }

    /** Second words of firms named for their country ("British Airways", "American Airlines"). */
    private static final Set<String> NATIONAL_FIRM_WORDS = Lexicon.words("airways", "airlines", "railways", "rail",
            "petroleum", "steel", "telecom", "gas", "broadcasting", "industries", "motors", "post");

    /** Determiners of people or bodies described by where they are ("some taxpayers in Bulloch County"). */
    private static final Set<String> PLACED_DETERMINERS = Lexicon.words("a", "an", "the", "some", "many", "several",
            "one", "two", "three", "most", "few");

    /**
     * "A seller at a market in Delhi", "a buyer in Mumbai": a determiner and a common noun whose first capitalized
     * word follows a preposition, so it names where the person is, not who.
     */
    static boolean describedByPlace(Words w) {
        if (w.size() < 4 || !PLACED_DETERMINERS.contains(w.lower(0)) || !w.isWord(1)) {
            return false;
        }
        for (int k = 2; k + 1 < w.size(); k++) {
            if ((w.is(k, "in") || w.is(k, "at")) && w.isWord(k - 1) && !w.isCapitalized(k - 1)
                    && Lexicon.isRole(w.lower(k - 1)) && w.isCapitalized(k + 1)) {
                // "The US ambassador in Dhaka": a role and where it is held.
                return true;
            }
        }
        if (w.isCapitalized(1)) {
            return false;
        }
        for (int k = 2; k < w.size(); k++) {
            if (w.isCapitalized(k)) {
                // Not "A lesson from Loretta Lynch", whose words these are.
                return w.is(k - 1, "in") || w.is(k - 1, "at");
            }
        }
        return false;
    }

    /** The gender a speaker phrase's title or head noun gives ("Mrs. Ruiz", "the mother of three"), or null. */
    static Gender describedGender(Words w) {
        for (int k = 0; k < w.size() && w.isWord(k) && !Lexicon.PREPOSITIONS.contains(w.lower(k)); k++) {
            Gender g = genderOf(w.lower(k));
            if (g != null) {
                return g;
            }
        }
        return null;
    }

    /** The gender a full name's common first name gives ("Hillary Clinton"), or null. */
    static Gender givenNameGender(String fullName) {
        String first = fullName.substring(0, Math.max(0, fullName.indexOf(' '))).toLowerCase(Locale.ROOT);
        return Lexicon.MALE_FIRST_NAMES.contains(first) ? Gender.MALE
                : Lexicon.FEMALE_FIRST_NAMES.contains(first) ? Gender.FEMALE : null;
    }

    /** "LIZ Truss" as "Liz Truss": a given name set in capitals, as a lead's first word often is; else the name. */
    static String withoutLeadInCapitals(String name) {
        int space = name.indexOf(' ');
        if (space < 3 || space + 1 >= name.length()
                || !name.substring(0, space).chars().allMatch(Character::isUpperCase)
                || Character.isUpperCase(name.charAt(name.length() - 1))) {
            return name;
        }
        String given = name.charAt(0) + name.substring(1, space).toLowerCase(Locale.ROOT);
        String normal = given + name.substring(space);
        return givenNameGender(normal) != null ? normal : name;
    }

    static Gender genderOf(String lowerWord) {
        return Lexicon.MALE_WORDS.contains(lowerWord) ? Gender.MALE
                : Lexicon.FEMALE_WORDS.contains(lowerWord) ? Gender.FEMALE : null;
    }

    /** "the IMF report" names its owner; "the Chinese report" only its country. */
    static boolean hasOwnerName(Words w) {
        for (int i = 0; i < w.size(); i++) {
            if (w.isCapitalized(i) && !Lexicon.TITLES.contains(w.lower(i)) && !Lexicon.NOT_NAMES.contains(w.lower(i))) {
                return true;
            }
        }
        return false;
    }

    static boolean isInstitution(Words w) {
        for (int i = 0; i < w.size(); i++) {
            if (w.isWord(i) && Lexicon.INSTITUTIONS.contains(w.lower(i))) {
                return true;
            }
            if (w.isCapitalized(i) && isInstitutionPlural(w.lower(i)) && (w.is(i + 1, "for") || w.is(i + 1, "of"))) {
                // "The Centers for Disease Control and Prevention"; "data centers" are no body.
                return true;
            }
        }
        return false;
    }

    /**
     * The speaker phrase without its determiner when it can name someone: a name ("Mr. King"), or a role or group
     * ("the 34-year-old mother of three", "experts"); null for a common noun that names no one ("a box").
     */
    /** Numbers a determiner may count a group with ("the two countries", "the three men"). */
    private static final Set<String> COUNTED = Lexicon.words("two", "three", "four", "five", "six");

    static String rolePhrase(Words w) {
        int s = 0;
        // "Many of the Whispering Oaks homeowners": a quantity with its "of" keeps its determiner.
        // "the two countries" keeps its number.
        while (s < w.size() - 1 && Lexicon.DETERMINERS.contains(w.lower(s)) && !w.is(s + 1, "of")
                && !(s > 0 && COUNTED.contains(w.lower(s)))) {
            s++;
        }
        int head = w.size() - 1;
        for (int k = s; k < w.size(); k++) {
            if (w.isCapitalized(k)) {
                // A lone adjective of party or nation ("Republican claims") names no one; its plural is a group
                // ("Republicans said").
                return w.size() - s == 1 && Lexicon.TITLES.contains(w.lower(k)) && !isGroupNoun(w, k) ? null
                        : w.span(s, w.size());
            }
            if (k > s && head == w.size() - 1 && (!w.isWord(k) || Lexicon.PREPOSITIONS.contains(w.lower(k)))) {
                head = k - 1;
            }
        }
        // The head is the noun before a preposition or the last word; an over-long phrase still starts with it.
        return isSpeakerNoun(w.lower(head)) || isSpeakerNoun(w.lower(s)) || isGroupNoun(w, head) || isGroup(w)
                ? w.span(s, w.size()) : null;
    }

    static boolean isSpeakerNoun(String word) {
        String noun = stripPossessive(word);
        return Lexicon.SPEAKER_NOUNS.contains(noun) || Lexicon.INSTITUTIONS.contains(noun)
                || Lexicon.DOCUMENTS.contains(noun) || isInstitutionPlural(noun);
    }

    /** "parties", "unions", "companies": bodies of a kind, speaking together. */
    private static boolean isInstitutionPlural(String noun) {
        if (noun.length() < 4 || !noun.endsWith("s")) {
            return false;
        }
        String singular = noun.endsWith("ies") ? noun.substring(0, noun.length() - 3) + "y"
                : noun.substring(0, noun.length() - 1);
        return Lexicon.INSTITUTIONS.contains(singular) && !Lexicon.DOCUMENTS.contains(singular);
    }

    static String stripDeterminer(Words w) {
        int s = 0;
        // "one of the family's attorneys" keeps its quantity.
        while (s < w.size() - 1 && (Lexicon.DETERMINERS.contains(w.lower(s)) && !w.is(s + 1, "of")
                || s > 0 && Lexicon.DAYS.contains(w.lower(s)))) {
            // "a Wednesday foreign ministry statement": the day is when, not whose.
            s++;
        }
        return w.span(s, w.size());
    }

    /**
     * The first name in a speaker phrase that names a person (or, with {@code person} false, a place or outlet): a
     * capitalized run once titles are dropped ("Tulsa police Chief Chuck Jordan", "Washington Post reporter Bob
     * Woodward"); null when an institution is the head.
     */
    static String firstName(Words w, boolean person) {
        if (withoutArea(w).size() < w.size()) {
            // "DIG East": a rank and the area it serves, no one's name.
            return null;
        }
        int holder = person ? officeHolderStart(w) : -1;
        if (holder >= 0) {
            return holder == w.size() - 1 ? stripPossessive(w.text(holder)) : personName(w, holder, w.size());
        }
        String affiliated = person ? personBeforeAffiliation(w) : null;
        if (affiliated != null) {
            return affiliated;
        }
        for (int k = w.size() - 3; person && k > 0; k--) {
            if (w.is(k, ")")) {
                // "Additional PRO (Delhi Police) Anil Mittal": the name after the bracketed body the office serves.
                String named = personName(w, k + 1, w.size());
                if (named != null) {
                    return named;
                }
                break;
            }
        }
        if (Lexicon.INSTITUTIONS.contains(w.lower(w.size() - 1))) {
            return null;
        }
        int i = 0;
        String owner = null;
        while (i < w.size()) {
            if (!w.isCapitalized(i)) {
                i++;
                continue;
            }
            int j = i;
            // A lower-case particle stays inside a name ("Bill de Blasio", "Ursula von der Leyen").
            while (j < w.size() && (w.isCapitalized(j) || j > i && pastParticles(w, j) > j)) {
                j = w.isCapitalized(j) ? j + 1 : pastParticles(w, j);
            }
            if (joinsName(w, j) && hasInstitutionWord(w, i, j)) {
                // "the Chartis Center for Rural Health": the words joined to an institution's name are part of it.
                while (joinsName(w, j)) {
                    j = joinedPartStart(w, j);
                    while (j < w.size() && w.isCapitalized(j)) {
                        j++;
                    }
                }
                i = j;
                continue;
            }
            if (j == w.size() && i >= 3 && w.is(i - 1, "and") && w.isCapitalized(i - 2) && hasOf(w, i - 2)) {
                // "The Minister of Health and Social Care": the office's second field closing the phrase is no name.
                break;
            }
            if (person && (w.is(i - 1, "of") || w.is(i - 1, "for")) && fieldsOnly(w, i - 1, j)) {
                // "Minister for Emergency Management, Kieran McAnulty,": the field an office serves.
                i = j;
                continue;
            }
            // "NBC’s Dante Chinni", "Fox News’s Bret Baier": the person named after an owner.
            String owned = person ? afterPossessive(w, i, j) : null;
            if (owned != null && isPerson(owned, w)) {
                return owned;
            }
            String name = personName(w, i, j);
            // "campaign spokesperson", "oil minister": lower-case words ending in a role.
            int role = j;
            while (role < w.size() && role < j + MAX_ROLE_WORDS && w.isWord(role) && !w.isCapitalized(role)
                    && !Lexicon.isCue(w.lower(role))) {
                role++;
            }
            role = role > j && Lexicon.isRole(w.lower(role - 1)) ? role : j;
            boolean bearerAfter = person && role > j && w.isCapitalized(role);
            if (bearerAfter && role == w.size() - 1 && !Lexicon.NOT_NAMES.contains(w.lower(role))) {
                // "Mavs coach Kidd", "Harlow Rovers manager Alder": a surname alone after the role is its bearer.
                return stripPossessive(w.text(role));
            }
            if (name != null && isPerson(name, w) == person) {
                // "Donald Trump campaign spokesperson Jason Miller": the role's bearer named after it speaks.
                if (!person || stripPossessive(w.text(j - 1)).equals(w.text(j - 1)) && !bearerAfter) {
                    return name;
                }
                // "Hillary Clinton’s campaign manager Robby Mook": the owner speaks only if no one is named after.
                owner = owner == null ? name : owner;
            }
            i = j;
        }
        // "Donald Trump's campaign chairman said": a person's role names someone else, whom the owner is not.
        boolean ownedPersonRole = owner != null && w.size() > 1 && !w.isCapitalized(w.size() - 1)
                && isPersonRole(w.lower(w.size() - 1));
        return ownedPersonRole ? null : owner;
    }

    /**
     * "British retailer Marks and Spencer", "US carmaker Ford": the firm's name after its kind, which may join two
     * names; else null.
     */
    static String firmAfterItsKind(Words w) {
        int kind = -1;
        for (int k = 0; k < w.size() - 1; k++) {
            if (w.isWord(k) && !w.isCapitalized(k) && Lexicon.ORGANISATION_KINDS.contains(w.lower(k))) {
                kind = k;
            }
        }
        if (kind < 0 || !w.isCapitalized(kind + 1)) {
            return null;
        }
        for (int k = kind + 1; k < w.size(); k++) {
            if (!w.isCapitalized(k) && !w.is(k, "and") && !w.is(k, "&") && !w.is(k, "of")) {
                return null;
            }
        }
        return w.isCapitalized(w.size() - 1) ? stripPossessive(w.span(kind + 1, w.size())) : null;
    }

    /** The closing bracket of one to three capitalized words in brackets opening at {@code open}; else -1. */
    private static int bracketedCapitalsEnd(Words w, int open) {
        int k = open + 1;
        while (k < w.size() && k <= open + 3 && w.isCapitalized(k)) {
            k++;
        }
        return k > open + 1 && w.is(k, ")") ? k : -1;
    }

    /** "A resident of the area named Esther", "a man identified as Tom Alder": the name the phrase ends with. */
    static String namedAtEnd(Words w) {
        int k = w.size() - 1;
        while (k > 0 && w.isCapitalized(k) && w.size() - k <= MAX_NAME_WORDS) {
            k--;
        }
        boolean naming = k > 0 && k < w.size() - 1 && (w.is(k, "named")
                || w.is(k, "as") && w.is(k - 1, "identified") || w.is(k, "called") && w.isWord(k - 1)
                && Lexicon.isRole(w.lower(k - 1)));
        return naming ? stripPossessive(w.span(k + 1, w.size())) : null;
    }

    /**
     * "Bonnie Glaser of the German Marshall Fund", "Ana Ruiz at the Cato Institute", "Rignot from NASA": a name before
     * where the person works; null for institutions named with "of" ("Bank of America", "Federal Reserve Bank of").
     */
    static String personBeforeAffiliation(Words w) {
        int k = 0;
        while (k < w.size() && w.isCapitalized(k) && Lexicon.TITLES.contains(w.lower(k))) {
            k++;
        }
        int from = k;
        while (k < w.size() && w.isCapitalized(k)) {
            k++;
        }
        // A surname alone only before "at" or "from" ("Rignot from NASA"): "Friends of the Earth" is no person.
        boolean at = k < w.size() && w.isWord(k) && (w.lower(k).equals("at") || w.lower(k).equals("from"));
        boolean affiliation = (k - from >= 2 || k - from == 1 && at) && k - from <= 3 && k + 1 < w.size()
                && (at || w.isWord(k) && w.lower(k).equals("of")) && (w.is(k + 1, "the") || w.isCapitalized(k + 1));
        for (int j = from; affiliation && j < k; j++) {
            affiliation = !Lexicon.INSTITUTIONS.contains(w.lower(j));
        }
        String name = affiliation ? personName(w, from, k) : null;
        return name != null && isPerson(name, w) ? name : null;
    }

    /** "News", "Network", "News/Wall" (of "NBC News/Wall Street Journal"): a word that goes on an outlet's name. */
    private static boolean isOutletOrInstitutionWord(String lower) {
        String first = lower.split("/", 2)[0];
        return Lexicon.OUTLETS.contains(first) || Lexicon.INSTITUTIONS.contains(first);
    }

    /** "CNN", "NBC", "AP": an outlet written in capitals. */
    static boolean isOutletAcronym(String word) {
        return word.length() > 1 && word.equals(word.toUpperCase(Locale.ROOT))
                && Lexicon.OUTLETS.contains(word.toLowerCase(Locale.ROOT));
    }

    /** Whether "of" or "for" stands before {@code to} in the capitalized run holding it ("Minister of Health"). */
    private static boolean hasOf(Words w, int to) {
        for (int k = to - 1; k > 0 && (w.isCapitalized(k) || w.is(k, "of") || w.is(k, "for")); k--) {
            if (w.is(k, "of") || w.is(k, "for")) {
                return true;
            }
        }
        return false;
    }

    /** "for", "of" or "on" before a capitalized word: a name goes on ("Center for Rural Health"). */
    private static boolean joinsName(Words w, int j) {
        return joinedPartStart(w, j) > j;
    }

    /**
     * Where the part of a name joined at {@code j} starts: after "for", "of" or "on" and an article ("Committee for a
     * Responsible Federal Budget"); else {@code j}.
     */
    private static int joinedPartStart(Words w, int j) {
        if (!w.is(j, "for") && !w.is(j, "of") && !w.is(j, "on")) {
            return j;
        }
        int part = w.is(j + 1, "a") || w.is(j + 1, "the") ? j + 2 : j + 1;
        return w.isCapitalized(part) ? part : j;
    }

    /** Whether the name {@code [from, to)}, joined by "of" or "for" to what follows, holds an institution's noun. */
    private static boolean hasInstitutionWord(Words w, int from, int to) {
        for (int k = from; k < to; k++) {
            if (Lexicon.INSTITUTIONS.contains(w.lower(k))) {
                return true;
            }
        }
        // "The Centers for Disease Control and Prevention": a plural noun only right before the joining word.
        return isInstitutionPlural(w.lower(to - 1));
    }

    static String afterPossessive(Words w, int from, int to) {
        for (int k = to - 2; k >= from; k--) {
            if (!stripPossessive(w.text(k)).equals(w.text(k))) {
                return personName(w, k + 1, to);
            }
        }
        return null;
    }

    /**
     * "a spokeswoman for Sen. Ana Ruiz", "the wife of Donald Trump", "Officials at Homeland Security Investigations": a
     * role or group heading the phrase, serving or working where a name after it says; the role speaks, not the
     * one named. A role serving an institution speaks for it ("a spokesman for the Justice Department").
     */
    static boolean speaksForSomeone(Words w) {
        int k = 0;
        while (k < w.size() && w.isWord(k) && (Lexicon.DETERMINERS.contains(w.lower(k))
                || !w.isCapitalized(k) && !Lexicon.isRole(w.lower(k)))) {
            k++;
        }
        if (k + 2 >= w.size() || !w.isWord(k) || !Lexicon.isRole(w.lower(k)) || !w.isWord(k + 1)) {
            return false;
        }
        boolean group = Lexicon.SPEAKER_NOUNS.contains(w.lower(k)) && w.lower(k).endsWith("s");
        String preposition = w.lower(k + 1);
        if (w.isCapitalized(k) && !group
                || !Lexicon.SERVING_PREPOSITIONS.contains(preposition)
                && !(group && Lexicon.AFFILIATION_PREPOSITIONS.contains(preposition))) {
            return false;
        }
        if (CHILD_COUNTS.contains(w.lower(k + 2)) || Character.isDigit(w.text(k + 2).charAt(0))) {
            // "mother of three Mary Ann Avelino": how many children she has, not whom she speaks for.
            return false;
        }
        String served = w.span(k + 2, w.size());
        Words rest = new Words(served, 0, served.length());
        return !isInstitution(rest) && (firstName(rest, true) != null || singleName(rest) != null);
    }

    /**
     * [modifier [and modifier]] GROUP [preposition …]: a plural speaker noun heading the whole phrase, with at most
     * three words before it ("Federal and state officials", "Experts on North Korea and nuclear nonproliferation",
     * "Clinton aides"); the group speaks, not a name among its modifiers.
     */
    static boolean isGroup(Words w) {
        // "Nearly eight of 10 voters", "Two-thirds of respondents", "Most Americans": a share of a group.
        int share = shareEnd(w);
        int reach = share + 4;
        int head = share;
        while (head < w.size() && head < reach && !isGroupNoun(w, head) && !(share > 0 && isPeoplesName(w, head))
                && !(w.lower(head).equals("those") && modifierTail(w, head + 1) > head + 1)) {
            head++;
        }
        if (head >= w.size() || head >= reach) {
            return false;
        }
        // "Mumbai police sources": the last of the group nouns heads the phrase.
        while (head + 1 < w.size() && head + 1 < reach && isGroupNoun(w, head + 1)) {
            head++;
        }
        for (int k = share; k < head; k++) {
            boolean and = w.is(k, "and") && k > share;
            if (!w.isWord(k) || !and && (Lexicon.CLAUSE_WORDS.contains(w.lower(k))
                    || Lexicon.CLAUSE_OPENERS.contains(w.lower(k)) || Lexicon.PREPOSITIONS.contains(w.lower(k))
                    || Lexicon.REPORTING_VERBS.contains(w.lower(k)))) {
                return false;
            }
        }
        // "People familiar with the matter", "Sources close to the minister": what ties the group to its subject.
        int tail = modifierTail(w, head + 1);
        return tail == w.size() || Lexicon.PREPOSITIONS.contains(w.lower(tail)) && w.size() - tail <= MAX_GROUP_TAIL
                && isPhraseTail(w, tail + 1, w.size());
    }

    private static final int MAX_GROUP_TAIL = 10;

    /** Past a tie adjective at {@code k} when a preposition follows it ("close to"); else {@code k}. */
    static int modifierTail(Words w, int k) {
        return w.isWord(k) && Lexicon.TIE_ADJECTIVES.contains(w.lower(k)) && w.isWord(k + 1)
                && Lexicon.PREPOSITIONS.contains(w.lower(k + 1)) ? k + 1 : k;
    }

    /** Words of a share before its group ("Nearly eight of 10", "Two-thirds of", "Most", "73 percent of"). */
    private static final Set<String> SHARE_WORDS = Lexicon.words("most", "many", "some", "few", "half", "nearly",
            "almost", "about", "around", "roughly", "over", "more", "less", "fewer", "than", "of", "in", "the", "a",
            "majority", "minority", "third", "thirds", "quarter", "quarters", "fifth", "fifths", "percent", "per",
            "cent", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "out");

    private static final Set<String> FRACTIONS = Lexicon.words("one-third", "two-thirds", "one-quarter",
            "three-quarters");

    /** "Nearly eight of 10 voters", "Most Americans": a share of a group, who answer polls rather than issue them. */
    static boolean isShareOfGroup(Words w) {
        return shareEnd(w) > 0 && isGroup(w);
    }

    /** The token after a share opening the phrase ("Nearly eight of 10 voters" → "voters"), or 0 if none. */
    private static int shareEnd(Words w) {
        int k = 0;
        boolean figure = false;
        while (k < w.size() && w.isWord(k) && (SHARE_WORDS.contains(w.lower(k))
                || Character.isDigit(w.text(k).charAt(0)) || FRACTIONS.contains(w.lower(k)))) {
            figure |= !Lexicon.DETERMINERS.contains(w.lower(k)) && !Lexicon.PREPOSITIONS.contains(w.lower(k));
            k++;
        }
        return figure && k < w.size() ? k : 0;
    }

    /** A people named by country or region in the plural ("Americans", "Britons", "Israelis"). */
    private static boolean isPeoplesName(Words w, int k) {
        String t = w.text(k);
        return w.isCapitalized(k) && t.length() > 4 && (t.endsWith("ans") || t.endsWith("ons") || t.endsWith("is"));
    }

    /** A plural speaker noun: "officials", "Experts". */
    static boolean isGroupNoun(Words w, int k) {
        // "police" is plural without its "s"; "31 percent of those surveyed" and "half of voters" are parts of one;
        // "Poorer countries say", "Developing country participants say": bodies and people by what they do.
        if (!w.isWord(k)) {
            return false;
        }
        String lower = w.lower(k);
        // "60% said": a share written with its sign standing for its group ("22% of Democratic claims" is of things).
        boolean percent = lower.length() > 1 && lower.endsWith("%") && Character.isDigit(lower.charAt(0))
                && !w.is(k + 1, "of");
        // "boss", "witness", "actress" end in "s" but are one person.
        return percent || Lexicon.SPEAKER_NOUNS.contains(lower) && lower.endsWith("s") && !lower.endsWith("ss")
                || Lexicon.COLLECTIVE_NOUNS.contains(lower)
                || Lexicon.PLURAL_BODIES.contains(lower) || lower.endsWith("s") && !Lexicon.NOT_AGENTS.contains(lower)
                        && !w.isCapitalized(k) && looksLikeAgentPlural(w.text(k));
    }

    /** Whether the tokens in {@code [from, to)} are words with no verb or clause word ("of residents in Ohio"). */
    private static boolean isPhraseTail(Words w, int from, int to) {
        for (int k = from; k < to; k++) {
            if (!w.isWord(k) || Lexicon.AUXILIARIES.contains(w.lower(k)) || Lexicon.MODALS.contains(w.lower(k))
                    || Lexicon.isCue(w.lower(k)) || !w.is(k, "and") && Lexicon.CLAUSE_WORDS.contains(w.lower(k))) {
                return false;
            }
        }
        return true;
    }

    /** The name an apposition opens with ("Scott's niece, state Del. Marcia Price, said"), or null. */
    static String nameOpening(String description) {
        if (description == null) {
            return null;
        }
        Words d = new Words(description, 0, description.length());
        if (d.size() > 0 && Lexicon.RELATIVE_WORDS.contains(d.lower(0))) {
            // "who is backing Rep. Byron Donalds": the clause names someone else.
            return null;
        }
        // "His wife, Carol, agreed", "another fan, Nadine, tweeting from Austria": a first name alone.
        boolean alone = d.size() == 1 || d.is(1, ",") && d.isWord(2) && d.lower(2).endsWith("ing");
        // "the Minister of State, Home, tweeted": the office's field, set off as Indian papers write it.
        if (alone && d.isCapitalized(0) && !Lexicon.NOT_NAMES.contains(d.lower(0))
                && !Lexicon.TITLES.contains(d.lower(0)) && !OFFICE_FIELDS.contains(d.lower(0))) {
            return d.text(0);
        }
        int c = 0;
        // Up to four role words before the name ("former state attorney general Diane Cole"); a preposition means the
        // name is someone else's ("wife of Donald Trump").
        // "Democratic presidential nominee Hillary Clinton": a capitalized title word is a role word too.
        while (c < d.size() && c < 4 && d.isWord(c) && (!d.isCapitalized(c) || Lexicon.TITLES.contains(d.lower(c))
                && d.isWord(c + 1) && !d.isCapitalized(c + 1)) && !Lexicon.DETERMINERS.contains(d.lower(c))
                && !Lexicon.PREPOSITIONS.contains(d.lower(c))) {
            c++;
        }
        int j = c;
        while (j < d.size() && d.isCapitalized(j)) {
            j++;
        }
        if (j > c && j == d.size() && Lexicon.TITLES.contains(d.lower(j - 1))) {
            // "Mr. Ryan, Wisconsin Republican, said": a party and state, no name.
            return null;
        }
        return j > c ? personName(d, c, j) : null;
    }

    /** The name words of a capitalized run without leading titles and trailing party tags: "Rep. Jim Clyburn" → "Jim Clyburn". */
    static String personName(Words w, int from, int to) {
        int s = nameStart(w, from, to);
        if (s > from && (w.is(s - 1, "of") || w.is(s - 1, "for")) && allOfficeFields(w, s, to)) {
            // "Director of Public Health": the field an office serves, no one's name.
            return null;
        }
        for (int k = s + 1; k < to; k++) {
            // "Tennessee Sen. Corker": an abbreviated title inside the run ends what stands before it.
            if (w.isWord(k) && w.text(k).endsWith(".") && Lexicon.TITLES.contains(w.lower(k))) {
                s = k + 1;
            }
        }
        // "told CNN Ryan told …": an outlet's acronym is no first name ("NBC News" stays the outlet's name).
        while (s + 1 < to && isOutletAcronym(w.text(s)) && !isOutletOrInstitutionWord(w.lower(s + 1))) {
            s++;
        }
        // "the editorial board of the Washington Post Trump said": the name starts after a paper's masthead.
        for (int k = s + 1; k < to - 1; k++) {
            if (w.isWord(k) && Lexicon.MASTHEAD_WORDS.contains(w.text(k).toLowerCase(Locale.ROOT))) {
                s = k + 1;
            }
        }
        StringBuilder name = new StringBuilder();
        int count = 0;
        // "Luiz Inácio Lula da Silva", "Mohammed bin Rashid Al Maktoum": particles join a name's words, they add none.
        int particles = 0;
        for (int k = s; k < to; k++) {
            if (!w.isWord(k) || w.text(k).indexOf('-') > 0 && w.text(k).endsWith(".")) {
                break;
            }
            String word = stripPossessive(w.text(k));
            String lower = word.toLowerCase(Locale.ROOT);
            if (count >= 2 && Lexicon.DAYS.contains(lower) || count >= 1 && Lexicon.POSTNOMINALS.contains(lower)) {
                // "shouted down Mayor London Breed Wednesday": the day is when, not a name; "John Price KC": an
                // honour after it.
                break;
            }
            // "Republicans Against Trump" is a slogan, not a Mr. Against Trump.
            if (Lexicon.INSTITUTIONS.contains(lower) || Lexicon.NOT_NAMES.contains(lower) && count > 0
                    || Lexicon.TITLE_PREPOSITIONS.contains(lower)) {
                return null;
            }
            if (count > 0) {
                name.append(' ');
                if (Lexicon.NAME_PARTICLES.contains(lower)) {
                    particles++;
                }
            }
            name.append(word);
            count++;
            if (!word.equals(w.text(k))) {
                break;
            }
        }
        // "the INEC Resident Electoral Commissioner": an office, not a person's name; "DIG Karachi East": an area.
        String last = name.substring(name.lastIndexOf(" ") + 1).toLowerCase(Locale.ROOT);
        // "Jason West", "Kanye West": after a given name the compass word is a surname.
        boolean area = COMPASS_POINTS.contains(last) && givenNameGender(name.toString()) == null;
        boolean office = count >= 2 && (OFFICES.contains(last) || area);
        // "Sheikh Mohammed bin Abdulrahman bin Jassim Al-Thani": a chain of "bin"s names a father and grandfather too.
        int most = particles >= 2 ? MAX_NAME_WORDS_WITH_LINEAGE : MAX_NAME_WORDS;
        return count >= 2 && count - particles <= most && !office ? name.toString() : null;
    }

    private static boolean allOfficeFields(Words w, int from, int to) {
        for (int k = from; k < to; k++) {
            if (!w.isWord(k) || !OFFICE_FIELDS.contains(w.lower(k))) {
                return false;
            }
        }
        return true;
    }

    /** Most words of a person's name, particles not counted ("Luiz Inácio Lula da Silva"). */
    private static final int MAX_NAME_WORDS = 4;
    private static final int MAX_NAME_WORDS_WITH_LINEAGE = 5;

    /** Offices no one bears as a surname: a capitalized run ending in one names the office. */
    private static final Set<String> OFFICES = Lexicon.words("commissioner", "minister", "secretary", "director",
            "chairman", "chairwoman", "chairperson", "president", "spokesman", "spokeswoman", "spokesperson",
            "superintendent", "inspector", "magistrate", "ambassador", "senator", "councillor", "officer", "ceo",
            "cfo", "coo", "cto", "general", "chief", "commander", "governor", "chancellor", "premier");

    /**
     * Where the holder's name starts after an office whose words run over "and", "of", "for" or commas ("Health and
     * Human Services Secretary Xavier Becerra", "Minister for Planning, Development and Special Initiatives Professor
     * Ahsan Iqbal", "Deputy Prime Minister and Minister for Home Affairs Teo Chee Hean"); -1 when the phrase is no such
     * office, as when "and" joins two people ("Xi Jinping and Foreign Minister Wang Yi").
     */
    static int officeHolderStart(Words w) {
        int from = officeStart(w);
        int holder = nameAfterOffice(w, from, w.size());
        if (holder < 0 || holder < w.size() - 1 && personName(w, holder, w.size()) == null) {
            return -1;
        }
        if (holder == w.size() - 1 && isField(w, holder - 1)) {
            // "The Minister of Health and Social Care": a field's last word is no surname after it.
            return -1;
        }
        for (int k = holder + 1; k < w.size() - 1; k++) {
            if (Lexicon.MALE_FIRST_NAMES.contains(w.lower(k)) || Lexicon.FEMALE_FIRST_NAMES.contains(w.lower(k))) {
                // "Minister for Social Protection Mary Ruiz": a known given name starts the name.
                holder = k;
                break;
            }
        }
        boolean joined = false;
        boolean titled = false;
        boolean courtesy = false;
        int segment = from;
        for (int k = from; k <= holder; k++) {
            boolean joiner = k < holder && (w.is(k, "and") || w.is(k, "&") || w.is(k, ","));
            if (joiner || k == holder) {
                // Each part joined by "and" or a comma is an office ("Deputy Prime Minister") or the fields one serves
                // ("Health", "Planning"); a part that is neither is a person ("Xi Jinping", "Mr. King").
                if (k == segment || joiner && courtesy || !(isOfficeWord(w.lower(k - 1))
                        && (k == holder || !isField(w, k - 1)) || fieldsOnly(w, segment, k))) {
                    return -1;
                }
                joined |= joiner;
                courtesy = false;
                segment = k + 1;
            } else if (w.is(k, "of") || w.is(k, "for")) {
                if (k == segment || !isOfficeWord(w.lower(k - 1)) && !Lexicon.INSTITUTIONS.contains(w.lower(k - 1))) {
                    // "Rev. Wanda Macintyre of King Solomon …": a person of a place, not an office's field.
                    return -1;
                }
                joined = true;
            } else if (w.is(k, "(") && bracketedCapitalsEnd(w, k) > 0 && bracketedCapitalsEnd(w, k) < holder) {
                // "Department of National Defense (DND) Secretary": the body's initials; "Minister of State
                // (Independent Charge)": how the office is held.
                k = bracketedCapitalsEnd(w, k);
            } else if (!w.isCapitalized(k) && !(w.is(k, "the") && (w.is(k - 1, "of") || w.is(k - 1, "for")))) {
                // "Minister of the Interior": an office's "the" after its "of".
                return -1;
            } else {
                titled |= isTitle(w.lower(k)) || isPersonRole(w.lower(k));
                courtesy |= Lexicon.COURTESY_TITLES.contains(w.lower(k));
            }
        }
        return joined && titled ? holder : -1;
    }

    /**
     * Where the office starts when the phrase {@code [s, end)} holds the last of its parts joined by commas or "and"
     * and its holder's name ("Minister for Planning, Development and Special Initiatives Ahsan Iqbal" from "Development
     * …"); {@code s} when nothing before it belongs to an office.
     */
    static int officeStartBefore(Words w, int s, int end) {
        if (!w.is(s - 1, ",") && !w.is(s - 1, "and") && !w.is(s - 1, "&") && !w.is(s - 1, "of")
                && !w.is(s - 1, "for") || nameAfterOffice(w, 0, end) < 0) {
            // Each phrase tried below ends in the same name, which an office word must come right before.
            return s;
        }
        int start = s;
        for (int k = s - 1; k >= 0 && s - k <= MAX_OFFICE_TOKENS
                && (w.isWord(k) || w.is(k, ",") || w.is(k, "(") || w.is(k, ")")); k--) {
            if (w.isWord(k) && !w.isCapitalized(k) && !OFFICE_LINKS.contains(w.lower(k))
                    && !Lexicon.DETERMINERS.contains(w.lower(k))) {
                // A lower-case word no office is joined by ("said", "2016") ends every phrase that would hold it.
                break;
            }
            if (w.isWord(k) && officeHolderStart(w.sub(k, end)) >= 0) {
                start = k;
            }
        }
        return start;
    }

    /**
     * Where the capitalized name ending at {@code end} starts, after an office word ("… Secretary Xavier Becerra"), no
     * further back than {@code from}; -1 when no office word stands right before it.
     */
    private static int nameAfterOffice(Words w, int from, int end) {
        int holder = end;
        while (holder > from && end - holder < MAX_HOLDER_WORDS && w.isCapitalized(holder - 1)
                && !isOfficeWord(w.lower(holder - 1))) {
            holder--;
        }
        return holder == end || holder == from || !isOfficeWord(w.lower(holder - 1)) ? -1 : holder;
    }

    /** The lower-case words inside an office's name ("Minister of the Interior and Coordination of Government"). */
    private static final Set<String> OFFICE_LINKS = Lexicon.words("and", "of", "for", "the");

    /** Most tokens of the parts of an office before the one its holder's phrase starts with. */
    private static final int MAX_OFFICE_TOKENS = 16;

    /** The office before its holder's name at {@code holder}, without a personal title ("… for Health Dr"). */
    private static String officeBefore(Words w, int holder) {
        int end = holder;
        while (end > 0 && (Lexicon.COURTESY_TITLES.contains(w.lower(end - 1)) || w.lower(end - 1).startsWith("prof")
                || w.is(end - 1, ","))) {
            // "…, Rural Development Minister, Dr Anxious Masuka": the comma before the holder too.
            end--;
        }
        return w.span(officeStart(w), end);
    }

    /** Where an office's words start in a phrase: past its determiners ("The Minister of …"). */
    static int officeStart(Words w) {
        int from = 0;
        while (from < w.size() && w.isWord(from) && Lexicon.DETERMINERS.contains(w.lower(from))) {
            from++;
        }
        return from;
    }

    /** Most words of a name after an office. */
    private static final int MAX_HOLDER_WORDS = 4;

    private static boolean isOfficeWord(String lower) {
        return isTitle(lower) || isPersonRole(lower) || OFFICE_FIELDS.contains(lower);
    }

    private static boolean isField(Words w, int k) {
        return OFFICE_FIELDS.contains(w.lower(k)) && !isTitle(w.lower(k)) && !isPersonRole(w.lower(k));
    }

    /** Whether the words of {@code [from, to)} after their last "of" or "for" (all, if none) are fields of offices. */
    private static boolean fieldsOnly(Words w, int from, int to) {
        int k = to;
        while (k > from && !w.is(k - 1, "of") && !w.is(k - 1, "for")) {
            if (!OFFICE_FIELDS.contains(w.lower(k - 1))) {
                return false;
            }
            k--;
        }
        return k < to;
    }

    /** A role noun naming a person ("witness", "spokesman"), not an institution or a document. */
    static boolean isPersonRole(String lower) {
        // "homeowners", "clerks": the plural of a person's role too.
        String role = Lexicon.SPEAKER_NOUNS.contains(lower) ? lower : Lexicon.singular(lower);
        return Lexicon.SPEAKER_NOUNS.contains(role) && !Lexicon.INSTITUTIONS.contains(role)
                && !Lexicon.DOCUMENTS.contains(role);
    }

    /** Where the name words of a capitalized run start, past its leading titles. */
    static int nameStart(Words w, int from, int to) {
        int s = from;
        for (int k = to - 3; k >= from; k--) {
            // "Italian Prime Minister Matteo Renzi", "Witness Jamal Brown": the name follows the last title or role,
            // whatever stands before it.
            // "Incumbents Ginny Hovsepian, …": a plural role before a list of names.
            if (isTitle(w.lower(k)) || isPersonRole(w.lower(k))
                    || w.lower(k).endsWith("s") && isPersonRole(Lexicon.singular(w.lower(k)))) {
                s = k + 1;
                break;
            }
        }
        // "Canadian Summer McIntosh", "Does Akshay Kumar, 56, fear …": a nationality or a question's auxiliary
        // opens the run, not the name; "MS Dhoni" is initials, not "Ms".
        while (s < to && (isTitle(w.lower(s)) && !isInitials(w.text(s))
                || Lexicon.NOT_NAMES.contains(w.lower(s)) && !opensInitials(w, s, to)
                || s + 1 < to && (Lexicon.DEMONYMS.contains(w.lower(s)) && !Lexicon.DEMONYMS.contains(w.lower(s + 1))
                        || QUESTION_AUXILIARIES.contains(w.lower(s)) || isCompoundAdjective(w.text(s)))
                || s > from && s + 2 < to && COMPASS_POINTS.contains(w.lower(s)))) {
            // "ACP North West Garvin Henry": the area a rank serves.
            s++;
        }
        for (int k = Math.max(s, Math.max(from, 1)); k < to - 2; k++) {
            // "Minister of Foreign Affairs of Ukraine Dmytro Kuleba", "Ambassador to the Philippines MaryKay
            // Carlson": the country an office serves ends it.
            // "Leader of the Opposition Don Polye": the field may take its article.
            int served = w.is(k - 1, "the") && k >= 2 ? k - 2 : k - 1;
            boolean field = (w.is(served, "of") || w.is(served, "for")) && OFFICE_FIELDS.contains(w.lower(k));
            if ((w.is(k - 1, "of") || w.is(k - 1, "to") || w.is(k - 1, "the"))
                    && Lexicon.STATE_NAMES.contains(w.lower(k)) || field) {
                // "Inspector General of Police Japheth Koome": so does the field it serves, however many words it
                // has ("Minister of Environmental Affairs Edena Molewa").
                s = k + 1;
                while (field && s < to - 2 && OFFICE_FIELDS.contains(w.lower(s))) {
                    s++;
                }
            }
        }
        // "Minister for Social Protection Mary Ruiz": the run may start after the office's "for".
        boolean office = from > 0 && (w.is(from - 1, "of") || w.is(from - 1, "for"));
        for (int k = from; k < to - 1; k++) {
            // "Superintendent of Public Instruction Tony Thurmond": a known given name starts the name after the
            // words of the office.
            office |= w.is(k, "of") || w.is(k, "for");
            if (office && k > s && (Lexicon.MALE_FIRST_NAMES.contains(w.lower(k))
                    || Lexicon.FEMALE_FIRST_NAMES.contains(w.lower(k)))) {
                return k;
            }
        }
        return s;
    }

    /** Adjectives that open an organisation's name and stand before no surname. */
    private static final Set<String> ORGANISATION_ADJECTIVES = Lexicon.words("national", "federal", "royal",
            "international", "central");

    /**
     * Words that name the fields offices serve ("Home Affairs", "Health and Human Services", "Water Resources"):
     * after an office's "of" or "for", or joined by "and" before its title, they are the office's, not a name's.
     */
    private static final Set<String> OFFICE_FIELDS = Lexicon.words("police", "defense", "defence", "health", "finance",
            "environmental", "protection", "gender", "equality", "wildlife", "marine", "cabinet", "higher", "basic",
            "minerals", "sanitation", "electricity", "statistics", "fiscal", "monetary", "corporate", "cooperatives",
            "justice", "education", "interior", "agriculture", "labour", "labor", "energy", "commerce", "transport",
            "housing", "state", "home", "foreign", "affairs", "human", "services", "information", "culture",
            "water", "resources", "planning", "development", "security", "trade", "industry", "industries",
            "environment", "tourism", "sport", "sports", "youth", "women", "social", "welfare", "works",
            "infrastructure", "communications", "technology", "science", "innovation", "economic", "economy",
            "revenue", "fisheries", "forestry", "mines", "petroleum", "power", "railways", "roads", "aviation",
            "transportation", "land", "lands", "local", "government", "rural", "urban", "public", "natural",
            "veterans", "immigration", "heritage", "arts", "media", "digital", "climate", "employment", "investment",
            "treasury", "special", "initiatives", "internal", "external", "homeland", "family", "children",
            "budget", "disaster", "management", "relief", "cooperation", "parliamentary", "legal", "constitutional",
            "religious", "minority", "consumer", "food", "broadcasting", "telecommunications", "prisons", "maritime",
            "ports", "shipping", "irrigation", "livestock", "civil", "national", "governance", "cooperative",
            "traditional", "emergency", "emergencies", "care", "opposition", "prosecutions", "conservation",
            "mineral", "oil", "gas");

    /** Words after "General" that make a company or a body, not General Milley. */
    private static final Set<String> GENERAL_COMPANIES = Lexicon.words("motors", "electric", "mills", "dynamics",
            "atomics", "assembly", "hospital");

    private static final Set<String> CHILD_COUNTS = Lexicon.words("one", "two", "three", "four", "five", "six", "seven",
            "eight", "nine", "ten");

    /** "Softly-spoken Trudi", "Long-serving …": a capitalized adjective joined by a hyphen to a lower-case word. */
    private static boolean isCompoundAdjective(String word) {
        int hyphen = word.indexOf('-');
        return hyphen > 0 && hyphen + 1 < word.length() && Character.isLowerCase(word.charAt(hyphen + 1))
                && !Lexicon.HYPHENED_PARTICLES.contains(word.substring(0, hyphen).toLowerCase(Locale.ROOT));
    }

    /** "DIG Karachi East" → "DIG": a rank without the area it serves; other phrases as they are. */
    static Words withoutArea(Words w) {
        int end = w.size();
        while (end > 1 && COMPASS_POINTS.contains(w.lower(end - 1))) {
            end--;
        }
        if (end > 1 && end < w.size() && !isTitle(w.lower(end - 1)) && isTitle(w.lower(end - 2))) {
            end--;
        }
        return end < w.size() && isTitle(w.lower(end - 1)) ? w.sub(0, end) : w;
    }

    /** Areas a rank serves ("DIG East", "ACP North West"), which end no one's name either. */
    private static final Set<String> COMPASS_POINTS = Lexicon.words("north", "south", "east", "west", "northeast",
            "northwest", "southeast", "southwest");

    /** Auxiliaries that open a question ("Does Akshay Kumar fear …"); "Will" and "May" are also given names. */
    private static final Set<String> QUESTION_AUXILIARIES = Lexicon.words("does", "did", "do", "is", "are", "was",
            "were", "has", "have", "had", "can", "could", "should", "would");

    /** "MS" of "MS Dhoni": two capitals are a person's initials, not the title they spell. */
    /** "IMF", "S.E.C.", "NATO": capitals (and dots) only, two letters or more. */
    static boolean isAcronym(String word) {
        int letters = 0;
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            if (Character.isUpperCase(c)) {
                letters += Character.isLetter(c) ? 1 : 0;
            } else if (c != '.') {
                return false;
            }
        }
        return letters >= 2;
    }

    /** "A K Antony", "A.K. Antony": a capital "A" before another initial is one too, not the article. */
    private static boolean opensInitials(Words w, int s, int to) {
        return s + 2 < to && w.text(s).charAt(0) == 'A' && w.text(s).replace(".", "").length() == 1
                && w.text(s + 1).replace(".", "").length() == 1 && Character.isUpperCase(w.text(s + 1).charAt(0));
    }

    private static boolean isInitials(String word) {
        return word.length() == 2 && Character.isUpperCase(word.charAt(0)) && Character.isUpperCase(word.charAt(1))
                && Lexicon.COURTESY_TITLES.contains(word.toLowerCase(Locale.ROOT));
    }

    /** A title, also joined by hyphens ("Director-General", "Secretary-General"). */
    static boolean isTitle(String lower) {
        if (Lexicon.TITLES.contains(lower)) {
            return true;
        }
        int hyphen = lower.indexOf('-');
        return hyphen > 0 && Lexicon.TITLES.contains(lower.substring(0, hyphen))
                && Lexicon.TITLES.contains(lower.substring(hyphen + 1));
    }

    /**
     * The role written before a name, as a description: "Federal Reserve Chair" for "Federal Reserve Chair Jerome
     * Powell", "Clinton spokesman" for "Clinton spokesman Jesse Lehrich"; null when only a courtesy title or nothing
     * stands there ("Mr. Lee").
     */
    static String titleBefore(Words w, int nameStart) {
        if (nameStart > 0 && officeHolderStart(w) == nameStart) {
            return officeBefore(w, nameStart);
        }
        int s = 0;
        // "As Senate Majority Leader Mitch McConnell walked …": a sentence's first word is no part of the role; "WHO
        // Director-General" is the organisation's.
        while (s < nameStart && !isUpperCase(w.text(s)) && (Lexicon.DETERMINERS.contains(w.lower(s))
                || Lexicon.CLAUSE_OPENERS.contains(w.lower(s)) || Lexicon.PREPOSITIONS.contains(w.lower(s)))) {
            s++;
        }
        boolean role = false;
        boolean office = false;
        for (int k = s; k < nameStart; k++) {
            if (!w.isWord(k) || !stripPossessive(w.text(k)).equals(w.text(k)) && k == nameStart - 1) {
                // "NBC’s Dante Chinni": an owner alone is not a role.
                return null;
            }
            role |= !Lexicon.COURTESY_TITLES.contains(w.lower(k));
            // "Superintendent of Public Instruction": the role is named before its field.
            office |= w.is(k + 1, "of") && Lexicon.isRole(w.lower(k));
        }
        if (!role) {
            return null;
        }
        int end = nameStart;
        while (end > s + 1 && COMPASS_POINTS.contains(w.lower(end - 1))) {
            // "DIG East": the area the rank serves.
            end--;
        }
        String last = w.lower(end - 1);
        // "Zanu PF national spokesperson Cde Christopher Mutsvangwa": the courtesy title is no part of the role.
        int roleEnd = nameStart;
        while (roleEnd > s + 1 && Lexicon.COURTESY_TITLES.contains(w.lower(roleEnd - 1))) {
            roleEnd--;
        }
        return office || Lexicon.isRole(last) || isTitle(last) ? w.span(s, roleEnd) : null;
    }

    private static boolean isUpperCase(String word) {
        return word.length() > 1 && word.equals(word.toUpperCase(Locale.ROOT));
    }

    /** "Donald Trump Jr.", "Martin Luther King Sr.", "John Smith III": a son or father of the name. */
    static boolean hasGenerationalSuffix(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        return lower.endsWith(" jr.") || lower.endsWith(" jr") || lower.endsWith(" sr.") || lower.endsWith(" sr")
                || lower.endsWith(" ii") || lower.endsWith(" iii");
    }

    /**
     * Whether a name names a person: not when it opens with a place modifier ("North Korea", "New York") or holds a
     * country, institution, outlet or event word after its first ("Washington Post", "World War II") — unless a
     * personal title in the phrase says otherwise ("Mr. Post").
     */
    static boolean isPerson(String name, Words phrase) {
        String[] words = name.toLowerCase(Locale.ROOT).split(" ");
        if (words.length > 1 && Lexicon.COMPANY_SUFFIXES.contains(words[words.length - 1])) {
            // "Volkswagen AG", "Samsung Electronics Co.": a firm.
            return false;
        }
        boolean placeLike = Lexicon.PLACE_MODIFIERS.contains(words[0]);
        for (int k = 1; k < words.length && !placeLike; k++) {
            placeLike = Lexicon.NON_PERSON_WORDS.contains(words[k]) || Lexicon.FIRM_NAME_WORDS.contains(words[k]);
        }
        return !placeLike || genderOf(phrase.lower(0)) != null;
    }

    /** The surname in a run of titles and one name ("President Obama", "Mr. Clarke's"), or null. */
    static String titledSurname(Words w) {
        if (withoutArea(w).size() < w.size()) {
            // "DIG East": the area a rank serves.
            return null;
        }
        // "Tennessee Sen. Corker": the place whose office the title is may come first.
        int first = w.size() > 2 && w.isCapitalized(0) && !Lexicon.TITLES.contains(w.lower(0))
                && Lexicon.TITLES.contains(w.lower(1)) ? 1 : 0;
        int k = first;
        while (k < w.size() - 1 && Lexicon.TITLES.contains(w.lower(k))) {
            k++;
        }
        // "U.S. Deaths", "Chinese Exports": a country or its people before a word qualify no one's surname.
        boolean place = k > 0 && (Lexicon.STATE_NAMES.contains(w.lower(k - 1))
                || Lexicon.DEMONYMS.contains(w.lower(k - 1)));
        return k > first && k == w.size() - 1 && w.isWord(k) && !place && !Lexicon.NOT_NAMES.contains(w.lower(k))
                && !Lexicon.INSTITUTIONS.contains(w.lower(k)) ? stripPossessive(w.text(k)) : null;
    }

    /** The one name in a speaker phrase ("Zhu", "President Obama"); null when it only owns the speaker ("Mr. Clarke’s lawyer"). */
    static String singleName(Words w) {
        if (w.size() == 1 && Lexicon.DOCUMENTS.contains(w.lower(0))) {
            // "Research suggests …": the common noun opening a sentence, no name to expand into "Cancer Research UK".
            return null;
        }
        if (w.size() == 2 && w.isCapitalized(0) && !w.isCapitalized(1) && Lexicon.DOCUMENTS.contains(w.lower(1))
                && !Names.isAcronym(w.text(0)) && stripPossessive(w.text(0)).equals(w.text(0))) {
            // "Instant polls showed", "New data showed": an adjective before the document, no one's name.
            return null;
        }
        for (int k = 0; k < w.size(); k++) {
            // "The U.S. said": the country, though "U.S." titles the name in "U.S. Ambassador Ana Ruiz".
            boolean country = w.lower(k).equals("u.s.") && k == w.size() - 1;
            // "Aussie Jones": the nationality before a surname is not the name; "the Kuwaiti" is a person's.
            boolean nationality = Lexicon.DEMONYMS.contains(w.lower(k))
                    && (w.isCapitalized(k + 1) || k > 0 && Lexicon.DETERMINERS.contains(w.lower(k - 1)));
            if (nationality && k + 2 == w.size() && NATIONAL_FIRM_WORDS.contains(w.lower(k + 1))) {
                // "British Airways", "American Airlines": a firm named for its country, no one's surname.
                return null;
            }
            boolean company = k > 0 && w.lower(k - 1).equals("general") && GENERAL_COMPANIES.contains(w.lower(k));
            if (k > 0 && w.isCapitalized(k) && w.isCapitalized(k - 1)
                    && (ORGANISATION_ADJECTIVES.contains(w.lower(k - 1)) || company)) {
                // "National Rail", "Federal Police", "General Motors": an organisation's name, no one's surname.
                return null;
            }
            // "DIG Karachi East", "DIG East": the area a rank serves, no surname.
            boolean area = k > 0 && isTitle(w.lower(k - 1)) && (COMPASS_POINTS.contains(w.lower(k))
                    || w.isWord(k + 1) && COMPASS_POINTS.contains(w.lower(k + 1)));
            if (area) {
                return null;
            }
            if (w.isCapitalized(k) && Lexicon.NON_PERSON_WORDS.contains(w.lower(k))
                    || k == 0 && w.isCapitalized(w.size() - 1)
                            && Lexicon.INSTITUTIONS.contains(w.lower(w.size() - 1))) {
                // "the Democratic Republic of Congo", "the US Geological Survey": a country's or a body's name, no
                // surname in it.
                return null;
            }
            // "Tennessee Sen. Corker", "NYC Mayor Adams": the place whose office the title is comes first.
            boolean placeOfTitle = k + 2 < w.size() && w.isCapitalized(k + 1) && isTitle(w.lower(k + 1))
                    && w.isCapitalized(w.size() - 1) && w.text(k).equals(stripPossessive(w.text(k)));
            if (w.isCapitalized(k) && (!Lexicon.TITLES.contains(w.lower(k)) || country) && !placeOfTitle
                    && !Lexicon.NOT_NAMES.contains(w.lower(k)) && !nationality && !isCompoundAdjective(w.text(k))) {
                String name = stripPossessive(w.text(k));
                // "Sauber's letter (to shareholders)" speaks for Sauber; "Mr. Clarke’s lawyer" does not.
                String head = w.lower(w.size() - 1);
                String owned = w.isWord(k + 1) ? w.lower(k + 1) : "";
                boolean document = Lexicon.DOCUMENTS.contains(head) || Lexicon.UTTERANCE_NOUNS.contains(head)
                        || Lexicon.DOCUMENTS.contains(owned) || Lexicon.UTTERANCE_NOUNS.contains(owned);
                if (k == w.size() - 2 && w.isCapitalized(k + 1)
                        && Lexicon.TITLE_EXPANSIONS.containsKey(w.lower(k + 1))) {
                    // "Grab CEO says": the firm's officer speaks, not the firm.
                    return null;
                }
                return name.equals(w.text(k)) || k == w.size() - 1 || document ? name : null;
            }
        }
        return null;
    }

    /** Past the lower-case particles at {@code j} when a name word follows them ("von der Leyen"); else {@code j}. */
    static int pastParticles(Words w, int j) {
        int k = j;
        while (k < j + 2 && w.isWord(k) && Lexicon.NAME_PARTICLES.contains(w.lower(k))) {
            k++;
        }
        return k > j && w.isCapitalized(k) ? k : j;
    }

    /** "the report by the IPCC revealed …", "a new study found …": words opening with a phrase headed by a document. */
    static boolean opensWithDocument(String phrase) {
        Words w = new Words(phrase, 0, phrase.length());
        for (int k = 0; k < w.size() && w.isWord(k) && !Lexicon.PREPOSITIONS.contains(w.lower(k)); k++) {
            if (Lexicon.DOCUMENTS.contains(w.lower(k)) && !w.isCapitalized(k)) {
                return true;
            }
        }
        return false;
    }

    /**
     * "The UN mission in South Sudan", "the Minister of Information in Yei": a body or office, then where it serves.
     */
    static boolean namesOfficeOf(Words w) {
        int k = w.size() > 0 && Lexicon.DETERMINERS.contains(w.lower(0)) ? 1 : 0;
        for (int limit = Math.min(w.size() - 1, k + MAX_OFFICE_MODIFIERS + 1); k < limit && w.isWord(k); k++) {
            String lower = w.lower(k);
            boolean head = Lexicon.INSTITUTIONS.contains(lower) || Lexicon.SPEAKER_NOUNS.contains(lower)
                    || w.isCapitalized(k) && Lexicon.TITLES.contains(lower);
            String next = w.isWord(k + 1) ? w.lower(k + 1) : "";
            if (head && (next.equals("of") || next.equals("in") || next.equals("at") || next.equals("for"))) {
                return true;
            }
        }
        return false;
    }

    /** "Journalists", "Regulators": a plural of someone who does something, capitalized at a sentence's start. */
    /** "schoolteacher", "campaigner", "novelist": a lower-case noun for someone who does something. */
    static boolean looksLikeAgent(String word) {
        if (word.length() < 6 || !word.equals(Lexicon.lower(word))) {
            return false;
        }
        for (String suffix : AGENT_SUFFIXES) {
            if (word.endsWith(suffix)) {
                return true;
            }
        }
        return false;
    }

    static boolean looksLikeAgentPlural(String word) {
        String lower = Lexicon.lower(word);
        if (lower.endsWith("men") && Lexicon.SPEAKER_NOUNS.contains(lower.substring(0, lower.length() - 2) + "an")) {
            // "Policemen", "Gunmen": the plural of a speaker noun in -man.
            return true;
        }
        if (lower.length() < 6 || !lower.endsWith("s") || lower.endsWith("ss")
                || word.equals(word.toUpperCase(Locale.ROOT))) {
            return false;
        }
        String singular = lower.substring(0, lower.length() - 1);
        for (String suffix : AGENT_SUFFIXES) {
            if (singular.endsWith(suffix)) {
                return true;
            }
        }
        return false;
    }

    static String stripPossessive(String word) {
        if (word.endsWith("s'") || word.endsWith("s’")) {
            // "Flowers’", "News'".
            return word.substring(0, word.length() - 1);
        }
        return word.endsWith("'s") || word.endsWith("’s") || word.endsWith("‘s") ? word.substring(0, word.length() - 2)
                : word;
    }
}
