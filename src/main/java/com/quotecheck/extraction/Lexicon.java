package com.quotecheck.extraction;

import java.util.Collections;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/** Word lists for attribution: cue verbs, pronouns, titles, speaker nouns, outlets and institutions. */
final class Lexicon {

    private Lexicon() {
    }

    /**
     * A word list as a hash set: the extractor looks words up millions of times per megabyte, and a HashSet answers
     * about twice as fast as Set.of, whose probing compares strings where a HashSet compares hashes first. Built
     * through Set.of so that a word listed twice still fails at once.
     */
    static Set<String> words(String... words) {
        return Collections.unmodifiableSet(new HashSet<>(Set.of(words)));
    }

    /** Verbs that attribute words to a speaker, in the forms news prose uses. */
    static final Set<String> CUE_VERBS = words(
            "say", "says", "said", "saying", "tell", "tells", "told", "telling", "add", "adds", "added", "adding",
            "warn", "warns", "warned", "warning", "stress", "stresses", "stressed", "note", "notes", "noted", "noting",
            "argue", "argues", "argued", "arguing", "insist", "insists", "insisted", "ask", "asks", "asked", "asking",
            "write", "writes", "wrote", "writing", "explain", "explains", "explained", "claim", "claims", "claimed",
            "states", "stated", "declare", "declares", "declared", "announce", "announces", "announced",
            "continue", "continues", "continued", "acknowledge", "acknowledged", "admit", "admits", "admitted",
            "affirmed", "affirms", "clarified", "clarifies", "intimated",
            "recall", "recalls", "recalled", "reply", "replies", "replied", "respond", "responds", "responded",
            "tweet", "tweets", "tweeted", "tweeting", "post", "posted", "quip", "quipped", "joke", "joked",
            "suggest", "suggests", "suggested", "predict", "predicted", "emphasize", "emphasized", "emphasised",
            "concede", "conceded", "conclude", "concluded", "observe", "observed", "testify", "testified",
            "contend", "contended", "complain", "complained", "report", "reports", "reported", "read", "reads",
            "shout", "shouted", "yell", "yelled", "chant", "chanted", "chanting", "exclaimed", "boast", "boasted",
            "lament", "lamented", "deny", "denied", "remark", "remarked", "demand", "demanded", "scolded", "sings",
            "sang", "sing", "singing", "agree", "agreed", "asserted", "asserting", "assert", "charge", "charged", "vow", "vowed",
            "promise", "promised", "urge", "urged", "confirm", "confirmed", "thundered", "mused", "pointed",
            "found", "finds", "show", "shows", "showed", "believe", "believes", "believed", "think", "thinks",
            "thought", "according", "put", "labeled", "titled", "typed", "speaks", "call", "calls", "called",
            "claiming", "explaining", "insisting", "stating", "declaring", "announcing", "admitting", "recalling",
            "replying", "responding", "suggesting", "predicting", "emphasizing", "conceding", "concluding",
            "testifying", "contending", "complaining", "reporting", "boasting", "lamenting", "denying", "remarking",
            "vowing", "promising", "urging", "confirming", "maintain", "maintains", "maintained", "maintaining",
            "allege", "alleges", "alleged", "alleging", "countered", "retorted", "cautioned", "wondered", "pleaded",
            "pledged", "recounted", "ruled", "interjected", "interrupted", "answer", "answers", "answered",
            "reiterate", "reiterates", "reiterated",
            "reveal", "reveals", "revealed", "disclose", "discloses", "disclosed", "posit", "posits", "posited",
            // Features give the manner of speaking or the medium ("she begins", "Otto emailed me").
            "emailed", "e-mailed", "texted", "messaged", "laughs", "laughed", "shrugs", "shrugged", "sighs", "sighed",
            "challenged", "pressed", "shouting", "yelling", "shouts", "yells", "chants", "screamed", "exclaims",
            "commented", "confessed", "confesses", "mentioned", "retorts", "quips", "informed", "informs",
            "bellowed", "gushed", "roared", "boomed", "fumed", "raged", "sobbed", "enthused", "enthuses", "marvelled",
            "marveled", "scoffed", "sniffed", "chirped", "growled", "hissed", "barked", "groaned", "whispered",
            "muttered", "murmured", "blurted", "bragged", "exulted", "implored", "wailed", "mumbled", "teased",
            "teases", "echoed", "grumbled", "stammered", "snapped", "griped", "moaned", "opined", "reasoned",
            "reflected", "elaborated", "raved", "vented", "chuckled", "beamed", "grinned", "smiled", "assured",
            "reminded", "reminds",
            "assures", "reassured", "reaffirmed", "reaffirms", "boasts", "reckons", "reckoned",
            // Verbs of praise and blame whose object is the speaker's own words ("Trump attacked “the hateful …”").
            "attacked", "denounced", "condemned", "criticized", "criticised", "praised", "blasted", "slammed",
            "decried", "mocked", "hailed", "touted", "derided", "ridiculed", "lambasted", "accused", "lauded",
            "applauded", "commended", "saluted", "remembered");

    /** Verbs that are cues only with their particle ("shot back", "chimed in"), by that particle. */
    static final Map<String, String> PHRASAL_CUES = Map.ofEntries(Map.entry("shot", "back"),
            Map.entry("fired", "back"), Map.entry("hit", "back"), Map.entry("pushed", "back"),
            Map.entry("chimed", "in"), Map.entry("piped", "up"), Map.entry("went", "on"), Map.entry("pointed", "out"),
            Map.entry("broke", "in"), Map.entry("points", "out"), Map.entry("pointing", "out"),
            Map.entry("paid", "tribute"), Map.entry("pays", "tribute"));

    /** Verbs that tell others to act with a particle ("called on", "appealed to"), by their particles. */
    static final Map<String, Set<String>> PHRASAL_DIRECTIVES = Map.of("called", Set.of("on", "upon", "for"),
            "calls", Set.of("on", "upon", "for"), "calling", Set.of("on", "upon", "for"), "appealed", Set.of("to"),
            "appeals", Set.of("to"));

    /** Cue verbs that introduce reported speech without quote marks ("says the burden is …"). */
    static final Set<String> REPORTING_VERBS = words(
            "say", "says", "said", "told", "tells", "added", "adds", "warned", "warns", "argued", "argues",
            "insisted", "insists", "noted", "notes", "stressed", "stresses", "explained", "claimed", "claims",
            "stated", "announced", "acknowledged", "admitted", "suggested", "suggests", "predicted", "emphasized",
            "concluded", "concludes", "found", "finds", "showed", "shows", "reported", "reports", "wrote", "writes",
            "believes", "confirmed", "contended", "maintained", "conceded", "estimated", "testified", "alleged",
            "denied", "recalled", "complained", "warn", "argue", "insist", "believe", "think", "thinks", "saying",
            "claiming", "arguing", "insisting", "warning", "noting", "suggesting", "adding", "explaining", "stressing",
            "acknowledging", "asserting", "predicting", "asserted", "asserts", "reiterated", "reiterates",
            "remarked", "cautioned", "cautions", "countered", "posited", "posits", "pointed", "ruled", "stating",
            "declaring", "telling", "tweeted", "tweets", "posted", "indicated", "indicates", "pointing",
            "claim", "allege", "alleges", "replied", "replies", "responded", "pledged", "pledges", "vowed", "vows",
            "reckons", "reckoned", "caution", "lamented", "laments",
            "promised", "promises", "assured", "assures", "reassured", "opined", "expressed", "shared", "points",
            "revealed", "disclosed", "declared", "observed", "predicts", "admits", "acknowledges", "contends",
            "confessed", "confesses", "mentioned", "commented", "informed", "informs", "charged", "affirmed",
            "affirms", "clarified", "clarifies", "intimated", "agreed", "agrees", "emphasised", "emphasises",
            "emphasizes", "predict", "repeated", "repeats", "stress", "emphasize", "emphasise", "hinted", "hints",
            "signaled", "signalled", "signals", "suggest", "estimate", "estimates", "acknowledge", "admit",
            "concede", "concedes", "confirms", "announces", "confirming", "announcing", "revealing", "denying",
            "admitting", "alleging", "emphasising", "emphasizing", "reiterating", "maintaining", "conceding",
            "contending",
            "recalling", "complaining", "reaffirmed", "reaffirms", "boasts", "judged", "demanded", "reminded",
            "reminds");

    /** Reporting verbs that often take a plain noun as object ("reported losses", "found the body"), not a clause. */
    static final Set<String> OBJECT_TAKING_REPORTING_VERBS = words("found", "finds", "showed", "shows", "reported",
            "reports", "announced", "confirmed", "estimated", "denied", "wrote", "writes", "recalled", "ruled",
            "indicated", "indicates");

    /** Words after a verb of saying that are its object, not the start of a reported clause ("said nothing"). */
    static final Set<String> NOT_CLAUSE_OPENERS = words("nothing", "something", "anything", "everything", "goodbye",
            "hello", "so", "otherwise", "thanks", "sorry", "grace", "as", "when", "while", "because", "if", "though",
            "although", "but", "and", "or", "during", "after", "before", "later", "earlier", "repeatedly", "again",
            "recently", "previously", "publicly", "privately", "separately", "also", "not", "only", "about", "over",
            "into", "against", "through", "under", "via", "like", "than", "toward", "towards", "upon", "without",
            "within", "across", "around", "who", "which", "whom", "whose", "be", "been", "here");

    /** Platforms people post on ("took to Twitter"). */
    static final Set<String> PLATFORMS = words("twitter", "facebook", "instagram", "x", "threads", "truth", "tiktok",
            "youtube", "linkedin", "bluesky", "telegram", "weibo");

    /** Verbs that make someone speak ("prompting Trump to ask"). */
    static final Set<String> CAUSATIVE_VERBS = words("prompting", "prompted", "leading", "led", "causing", "caused",
            "forcing", "forced", "inviting", "invited", "urging", "urged", "pushing", "pushed");

    /** Words before "to say" that take a turn in speaking ("cut in to say", "went on to say", "paused to ask"). */
    static final Set<String> TURN_TAKING_WORDS = words("in", "on", "up", "back", "paused", "stopped", "rose", "stood",
            "returned", "interrupted", "interjected", "hastened", "rushed");

    /** Quantities that stand alone for people no one names ("Many say …", "Some said …"). */
    static final Set<String> QUANTITY_PRONOUNS = words("many", "some", "most", "others");

    /** Nouns of a group or a share of one that speak in the plural ("police said", "31 percent said"). */
    static final Set<String> COLLECTIVE_NOUNS = words("police", "percent", "half", "third", "quarter", "majority",
            "minority", "plurality", "family", "media", "people", "men", "women");

    /** Bodies in the plural that speak as a group ("Poorer countries say"); not "states" (the United States). */
    static final Set<String> PLURAL_BODIES = words("countries", "nations", "governments", "companies", "firms",
            "banks", "parties", "unions", "groups", "organisations", "organizations", "agencies", "ministries",
            "authorities", "charities", "universities", "hospitals", "schools", "councils", "airlines", "carriers",
            "lenders", "insurers", "retailers", "automakers", "carmakers", "manufacturers", "businesses", "clubs",
            "tribes", "communities", "churches", "campaigns", "teams", "families", "districts", "cities", "towns");

    /** Plurals in "-ers", "-ors" or "-ents" that name no one who speaks ("numbers", "orders", "components"). */
    static final Set<String> NOT_AGENTS = words("numbers", "orders", "matters", "centers", "centres", "letters",
            "papers", "waters", "powers", "borders", "chapters", "offers", "layers", "meters", "metres",
            "quarters", "headquarters", "shelters", "corners", "barriers", "markers", "filters", "fibers", "fibres",
            "components", "documents", "comments", "statements", "payments", "investments", "governments",
            "departments", "agreements", "elements", "events", "arguments", "moments", "segments",
            "amendments", "settlements", "treatments", "requirements", "developments", "improvements", "assessments",
            "announcements", "incidents", "accidents", "percents", "cents", "contents", "patents", "talents",
            "factors", "sectors", "errors", "doors", "floors", "colors", "colours", "mirrors", "motors", "vectors",
            "honors", "honours", "favors", "favours", "terrors", "horrors");

    /** Adjectives tying a group to what it knows or whom it serves ("close to", "familiar with", "briefed on"). */
    static final Set<String> TIE_ADJECTIVES = words("familiar", "close", "knowledgeable", "briefed", "involved",
            "loyal", "allied", "aligned", "opposed", "sympathetic", "connected");

    /** Prepositions that, capitalized, mark a title or slogan rather than a name ("Republicans Against Trump"). */
    static final Set<String> TITLE_PREPOSITIONS = words("against", "without", "about", "into", "over", "under",
            "through", "via", "upon", "within", "across", "around", "toward", "towards", "versus", "vs");

    /** Words opening a subordinate clause that a reported main clause may follow ("said while …, this arrest …"). */
    static final Set<String> SUBORDINATORS = words("while", "though", "although", "if", "when", "because", "unless",
            "once");

    /** Words opening a relative clause after a comma (", where Arab leaders meet"). */
    static final Set<String> RELATIVE_WORDS = words("where", "which", "who", "when", "whose");

    /** Finite auxiliaries: a clause does not open with one, and a word before one is its subject. */
    static final Set<String> AUXILIARIES = words("is", "are", "was", "were", "has", "have", "had", "will", "would",
            "can", "could", "should", "may", "might", "must", "does", "did", "do", "cannot");

    /** Words that open a clause, before its subject ("shortly after Trump said …", "… and as Trump went on …"). */
    static final Set<String> CLAUSE_OPENERS = words("after", "when", "because", "as", "while", "since", "before",
            "if", "although", "though", "whereas", "which", "whom", "where", "once", "until", "but", "and", "or", "so");

    /** Marks that open a quote. */
    static final String OPENING_MARKS = "\"\u201C\u2018\u00AB'";

    /** Marks that close a quote. */
    static final String CLOSING_MARKS = "\"\u201D\u2019\u00BB'";

    /** Days and time adverbs that open a phrase before "that" ("said Monday that"). */
    static final Set<String> TIME_WORDS = words("monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
            "sunday", "today", "yesterday", "tonight", "earlier", "later", "recently", "repeatedly", "publicly", "last",
            "next", "late");

    /** Days a report is dated by ("said Tuesday the plan …"). */
    static final Set<String> DAYS = words("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
            "today", "yesterday", "tonight");

    /** Parts of a day after its name ("Tuesday night"). */
    static final Set<String> PARTS_OF_DAY = words("morning", "afternoon", "evening", "night");

    /** Nouns of time after "this" ("said this week that"). */
    static final Set<String> TIME_NOUNS = words("week", "month", "year", "morning", "afternoon", "evening",
            "weekend", "spring", "summer", "fall", "autumn", "winter");

    /** Prepositions of time that may open a phrase between a cue and its clause ("said after the vote he …"). */
    static final Set<String> TIME_PREPOSITIONS = words("after", "before", "during", "since");

    /** Verbs whose object is the audience or outlet, not the speaker ("told reporters", "told the Global Times"). */
    static final Set<String> AUDIENCE_VERBS = words("told", "tells", "tell", "telling", "assured", "assures",
            "reassured", "reassures", "informed", "informs", "reminded", "reminds");

    /** Reporting verbs whose object is a thing unless "that" follows ("vowed a fight", "shared the news"). */
    static final Set<String> THAT_ONLY_VERBS = words("pledged", "pledges", "vowed", "vows", "promised", "promises",
            "expressed", "shared", "revealed", "disclosed", "opined", "replied", "replies", "responded", "observed",
            "declared", "confessed", "confesses", "mentioned", "commented", "charged", "affirmed", "affirms",
            "clarified", "clarifies", "intimated", "judged", "reaffirmed", "reaffirms", "boasts", "demanded",
            "alleged", "contended");

    /**
     * Reporting verbs that as often take a noun for what was confirmed, denied or noted ("confirmed a cholera
     * outbreak", "denied the charges", "claimed responsibility", "acknowledged the concerns") as a clause: they report
     * only a clause with a verb of its own ("announced he had reached a settlement") or a question ("explained why").
     */
    static final Set<String> CLAUSE_OR_OBJECT_VERBS = words("confirmed", "confirms", "announced", "announces",
            "posted", "denied", "denies", "claimed", "claims", "acknowledged", "acknowledges", "noted", "notes",
            "tweeted", "maintained", "maintains", "explained", "explains", "countered", "pointed", "added", "adds",
            "conceded",
            "concedes", "concluded", "concludes", "asserted", "asserts", "noting", "agreed", "agrees", "repeated",
            "repeats", "predicted", "predicts", "predict", "signaled", "signalled", "signals", "hinted", "hints",
            "confirming", "announcing", "denying", "maintaining", "conceding", "cautioned", "cautions", "urged",
            "urges");

    /** Pictures, which show things but say nothing ("Footage showed …", "Satellite images show …"). */
    static final Set<String> DEPICTIONS = words("footage", "video", "videos", "image", "images", "photo", "photos",
            "photograph", "photographs", "picture", "pictures", "cctv", "clip", "clips", "map", "maps", "imagery");

    /** Weak cues that are verbs of saying where no noun can be ("“…,” Chan and Casert report."). */
    static final Set<String> SPEECH_NOUN_VERBS = words("report", "note", "notes", "state", "states", "post");

    /** Verbs that are cues only before a quote or a clause, never after it as inversion ("put", "read"). */
    static final Set<String> WEAK_CUES = words("put", "read", "reads", "call", "calls", "called", "labeled",
            "titled", "typed", "show", "shows", "showed", "found", "finds", "believe", "believes", "believed",
            "think", "thinks", "thought", "post", "state", "states", "report", "note", "notes", "charge",
            "promise", "agree");

    /** Verbs that are cues only ending the sentence after the speaker ("“…,” Powell began."), elsewhere no cue. */
    static final Set<String> CLOSING_ONLY_CUES = words("begins", "began", "described", "describes", "shares",
            "shared", "questioned", "wondered");

    /** Verbs whose complement is a name or label ("call them “…”", "labeled the plan “…”", "had typed “…”"). */
    static final Set<String> NAMING_VERBS = words("call", "calls", "called", "calling", "dub", "dubs", "dubbed",
            "label", "labels", "labeled", "labelled", "term", "terms", "termed", "brand", "brands", "branded",
            "nickname", "nicknamed", "type", "types", "typed");

    /** Verbs that liken something to a quoted phrase ("likened the rules to “…”"). */
    static final Set<String> LIKENING_VERBS = words("liken", "likens", "likened", "compare", "compares",
            "compared", "equate", "equates", "equated");

    /** Verbs that describe something as a quoted phrase ("described the plan as “…”", "dismissed it as “…”"). */
    static final Set<String> DESCRIBING_VERBS = words("describe", "describes", "described", "describing",
            "characterize", "characterizes", "characterized", "characterise", "characterises", "characterised",
            "dismiss", "dismisses", "dismissed", "dismissing", "portray", "portrays", "portrayed", "brand", "brands", "branded", "label", "labels", "labeled", "labelled",
            "paint", "paints", "painted", "hail", "hails", "hailed", "deride", "derides", "derided", "pan", "pans",
            "panned", "praise", "praises", "praised");

    /** Verbs whose object is a quoted phrase named as such ("has used the phrase “…”"). */
    static final Set<String> PHRASE_VERBS = words("use", "uses", "used", "using", "coin", "coins", "coined",
            "invoke", "invokes", "invoked", "repeat", "repeats", "repeated", "utter", "utters", "uttered",
            "employ", "employs", "employed");

    /** Nouns that announce a quoted phrase ("the phrase “…”", "the words “…”"). */
    static final Set<String> PHRASE_NOUNS = words("phrase", "word", "words", "term", "expression", "slogan",
            "nickname", "label", "motto", "catchphrase");

    /** Nouns for words someone said or wrote, whose author follows "by" or "from" ("this statement by Trump:"). */
    static final Set<String> UTTERANCE_NOUNS = words("statement", "statements", "comment", "comments", "remark",
            "remarks", "tweet", "tweets", "post", "words", "speech", "letter", "memo", "message", "testimony",
            "email", "quote", "answer", "response", "reply", "note");

    /** Nouns whose "that" clause states what someone said ("his claim that …"). */
    static final Set<String> CLAIM_NOUNS = words("claim", "claims", "assertion", "assertions", "insistence",
            "argument", "contention", "allegation", "allegations", "accusation", "accusations", "charge", "pledge",
            "promise", "prediction", "warning", "suggestion", "boast", "vow");

    /** Prepositions naming where a group of speakers works ("officials at the Pentagon"). */
    static final Set<String> AFFILIATION_PREPOSITIONS = words("at", "in", "from", "with", "inside", "within");

    /** Prepositions naming whom a role serves ("a spokeswoman for …", "an aide to …", "the wife of …"). */
    static final Set<String> SERVING_PREPOSITIONS = words("for", "to", "of");

    /** Object pronouns by the subject pronoun the resolver reads ("according to him"). */
    static final Map<String, String> OBJECT_PRONOUNS = Map.of("him", "he", "her", "she", "them", "they");

    /** Possessive pronouns by the subject pronoun that names their owner as a speaker ("his claim" → "he"). */
    static final Map<String, String> OWNER_PRONOUNS = Map.of("his", "he", "her", "she", "their", "they", "its", "it");

    /** Month names, which end a name after "on" or "of" ("Trump on June 11"). */
    static final Set<String> MONTHS = words("january", "february", "march", "april", "may", "june", "july",
            "august", "september", "october", "november", "december", "jan.", "feb.", "aug.", "sept.", "oct.",
            "nov.", "dec.");

    /** Words that open a relative clause before its subject ("which Apple's chief executive … called"). */
    static final Set<String> RELATIVES = words("which", "that", "whom", "what");

    /** Lower-case particles inside a person's name ("Bill de Blasio", "Ludwig van Beethoven"). */
    /** Particles written joined to the name by a hyphen ("al-Resheq", "el-Sisi", "ad-Din"). */
    static final Set<String> HYPHENED_PARTICLES = words("al", "el", "ad", "ar", "as", "ash", "at", "az", "an", "bin",
            "ibn", "abu", "ul", "ud");

    static final Set<String> NAME_PARTICLES = words("de", "van", "von", "bin", "al", "la", "le", "da", "del", "du",
            "der", "den", "ter", "dos", "das", "ul", "ud", "binti", "ibn");

    /** Pronouns that open a clause as its subject ("told the Mercury News she was angry", "revealed he had"). */
    static final Set<String> SUBJECT_PRONOUNS = words("he", "she", "they", "we", "i", "it");

    /** Auxiliaries of the perfect between a subject and its verb ("Trump has said", "a doctor had typed"). */
    static final Set<String> PERFECT_AUXILIARIES = words("has", "have", "had");

    /** Words a title-case heading leaves in lower case. */
    static final Set<String> TITLE_FUNCTION_WORDS = words("the", "and", "for", "but", "nor", "with", "from",
            "into", "over", "upon", "off", "out");

    static final Set<String> CONJUNCTIONS = words("and", "but", "or", "so", "yet");

    static final Set<String> MODALS = words("would", "will", "can", "could", "might", "may", "should", "must",
            "did", "does", "do");

    static final Set<String> PERSON_PRONOUNS = words("he", "she", "i", "we");

    static final Set<String> PRONOUNS = words("he", "she", "i", "we", "they", "it", "you");

    static final Set<String> DETERMINERS = words("the", "a", "an", "this", "these", "his", "her", "my", "your",
            "its", "their", "our", "one", "another", "some", "several", "many", "two", "three", "other", "both");

    /** Words that may stand before a name without being part of it. */
    static final Set<String> TITLES = words("mr", "mr.", "mrs", "mrs.", "ms", "ms.", "dr", "dr.", "sen", "sen.",
            "cde", "comrade", "engr", "engr.", "barr", "barr.", "alhaji", "miss", "recorder",
            "rep", "rep.", "gov", "gov.", "prof", "prof.", "del.", "gen", "gen.", "lt", "lt.", "col", "col.", "sgt",
            "sgt.", "adm", "adm.", "capt", "capt.", "cllr", "cllr.", "insp", "insp.", "det", "det.", "cpl", "cpl.",
            "supt", "supt.", "asst", "asst.", "barrister", "solicitor", "councillor", "councilman", "councilwoman",
            "mp", "coun", "coun.", "president", "vice", "secretary", "minister", "senator", "senators",
            "representative", "congressman", "congresswoman", "governor", "mayor", "judge", "justice", "chairman",
            "chairwoman", "chair", "director", "professor", "general", "ambassador", "speaker", "leader", "chief",
            "deputy", "attorney", "candidate", "nominee", "democratic", "republican", "foreign", "defense", "state",
            "treasury", "commerce", "prime", "premier", "former", "sheriff", "officer", "spokesman", "spokeswoman",
            "spokesperson", "host", "anchor", "pastor", "reverend", "rev.", "pope", "king", "queen", "prince",
            "princess", "lord", "dame", "sir", "chinese", "american", "russian", "british", "french", "german",
            "japanese", "indian", "mexican", "us", "u.s.", "gop", "democrat", "republicans", "presidential",
            "national", "security", "adviser", "advisor", "economist", "analyst", "author", "editor", "columnist",
            "reporter", "correspondent", "ceo", "coo", "cfo", "cto", "cio", "founder", "td", "mla", "msp", "mpp",
            "whip", "taoiseach", "tánaiste", "tanaiste", "coach", "activist", "trade", "labor", "economic", "energy",
            "homeland", "majority", "minority", "house", "senate", "first", "lady", "independent", "libertarian",
            "green", "party", "campaign", "manager", "sergeant", "captain", "detective", "corporal", "colonel",
            "admiral", "inspector", "superintendent", "commissioner", "trooper", "magistrate", "foreman", "forewoman",
            "bishop", "archbishop", "canon", "cardinal", "imam", "rabbi", "rt", "rt.", "hon", "hon.", "rev", "cr",
            "cr.", "clr", "ser", "dci", "dsp", "asp", "acp", "dcp", "igp", "dig", "ssp", "asi", "cec", "asg", "cji",
            "dgp", "mmc", "mec", "qb", "rb", "cm", "ig", "dm", "adgp", "collector", "gda", "garda", "cp", "dsg",
            "fr", "fr.", "datuk", "dato", "dato'", "datin", "seri", "tun", "sp", "comptroller", "auditor", "cs", "ps",
            "rc", "mpa", "mna", "class", "constable", "pc", "dc", "pfc", "pfc.", "pvt", "pvt.", "spc", "spc.", "airman",
            "petty", "maj", "maj.", "brig", "brig.", "cmdr", "cmdr.", "lieut", "lieut.", "amb", "amb.", "clerk",
            "trustee", "treasurer", "assessor", "supervisor", "alderman", "alderwoman", "selectman", "selectwoman",
            "councilor", "councilmember", "councilperson", "administrator", "registrar", "coroner", "controller",
            "prosecutor", "marshal", "warden", "chancellor", "provost", "principal");

    /** Nationalities written before a name ("Canadian Summer McIntosh", "Aussie Jones"): no part of it. */
    static final Set<String> DEMONYMS = words("american", "british", "english", "scottish", "welsh", "irish",
            "canadian", "australian", "aussie", "kiwi", "french", "german", "spanish", "italian", "dutch", "belgian",
            "swiss", "austrian", "swedish", "norwegian", "danish", "finnish", "polish", "czech", "hungarian",
            "romanian", "bulgarian", "serbian", "croatian", "greek", "turkish", "portuguese", "russian", "ukrainian",
            "israeli", "palestinian", "lebanese", "syrian", "iraqi", "iranian", "saudi", "arabian", "qatari", "emirati",
            "kuwaiti", "egyptian", "moroccan", "algerian", "tunisian", "nigerian", "ghanaian", "kenyan", "ugandan",
            "tanzanian", "ethiopian", "somali", "sudanese", "zimbabwean", "zambian", "cameroonian", "senegalese",
            "indian", "pakistani", "afghan", "bangladeshi", "nepali", "chinese", "japanese", "korean", "taiwanese",
            "vietnamese", "thai", "filipino", "indonesian", "malaysian", "singaporean", "mexican", "brazilian",
            "argentine", "argentinian", "chilean", "colombian", "peruvian", "venezuelan", "cuban", "jamaican");

    /** Words before a title that make it another office ("Vice President", "former senator"). */
    /** Nouns for a person of a nation ("the Spaniard said"). */
    static final Set<String> NATIONALITY_NOUNS = words("spaniard", "frenchman", "frenchwoman", "dutchman",
            "dutchwoman", "englishman", "englishwoman", "scot", "scotsman", "welshman", "irishman", "irishwoman",
            "swede", "dane", "finn", "pole", "brit", "argentine", "serb", "croat", "slovak", "slovenian", "belarusian",
            "georgian", "armenian", "colombian", "uruguayan", "ecuadorian", "paraguayan", "kazakh", "uzbek");

    /** Names of police forces without the word "police" ("the Nova Scotia RCMP", "An Garda Síochána"). */
    static final Set<String> POLICE_FORCES = words("rcmp", "constabulary", "garda", "gardaí", "gardai",
            "síochána", "siochana", "nypd", "lapd", "psni", "gendarmerie", "carabinieri", "opp", "saps");

    /** Buildings and sites a body works from ("police station", "party headquarters"). */
    static final Set<String> PLACE_NOUNS = words("station", "stations", "headquarters", "post", "premises", "base",
            "building", "compound", "barracks", "cell", "cells", "custody", "van", "car", "cars", "line", "lines");

    /** Members of a party ("the Texas Republican", "the Vermont Democrat"). */
    static final Set<String> PARTY_MEMBERS = words("republican", "democrat", "conservative", "tory", "liberal",
            "socialist", "nationalist", "unionist", "labourite", "libertarian", "progressive");

    /** Words marking an office as held before: its holder now is someone else. */
    static final Set<String> FORMER_WORDS = words("former", "ex", "erstwhile", "one-time", "onetime");

    static final Set<String> RANK_WORDS = words("vice", "deputy", "assistant", "associate", "acting", "former",
            "ex", "interim", "lieutenant", "additional", "shadow");

    /** Determiners that make a role someone's ("his lawyer"). */
    static final Set<String> POSSESSIVE_DETERMINERS = words("his", "her", "their", "its", "my", "our", "your");

    /** Titles that say nothing of a person's role ("Mr. Lee"). */
    static final Set<String> COURTESY_TITLES = words("mr", "mr.", "mrs", "mrs.", "ms", "ms.", "miss", "mx", "mx.",
            "sir", "dame", "dr", "dr.", "fr", "fr.", "cde", "comrade", "engr", "engr.", "barr", "barr.", "alhaji");

    /** Abbreviated titles by the role noun they stand for ("Sen. Ruiz" is "the senator"). */
    static final Map<String, String> TITLE_ABBREVIATIONS = Map.ofEntries(Map.entry("sen", "senator"),
            Map.entry("rep", "representative"), Map.entry("gov", "governor"), Map.entry("gen", "general"),
            Map.entry("prof", "professor"), Map.entry("sgt", "sergeant"), Map.entry("lt", "lieutenant"),
            Map.entry("col", "colonel"), Map.entry("adm", "admiral"), Map.entry("capt", "captain"),
            Map.entry("del", "delegate"), Map.entry("rev", "reverend"), Map.entry("dr", "doctor"),
            Map.entry("atty", "attorney"), Map.entry("supt", "superintendent"), Map.entry("cllr", "councillor"),
            Map.entry("coun", "councillor"), Map.entry("insp", "inspector"), Map.entry("det", "detective"),
            Map.entry("cpl", "corporal"), Map.entry("cr", "councillor"), Map.entry("clr", "councillor"),
            Map.entry("hon", "honourable"), Map.entry("gda", "garda"), Map.entry("fr", "father"),
            Map.entry("maj", "major"), Map.entry("brig", "brigadier"), Map.entry("cmdr", "commander"),
            Map.entry("lieut", "lieutenant"), Map.entry("amb", "ambassador"), Map.entry("pfc", "private"),
            Map.entry("pvt", "private"), Map.entry("spc", "specialist"));

    /** Titles written as initials, by the words they stand for ("CEO Lino Saputo" is "the chief executive"). */
    static final Map<String, String> TITLE_EXPANSIONS = Map.ofEntries(
            Map.entry("ceo", "chief executive officer"), Map.entry("cfo", "chief financial officer"),
            Map.entry("coo", "chief operating officer"), Map.entry("dci", "detective chief inspector"),
            Map.entry("sp", "superintendent of police"), Map.entry("dsp", "deputy superintendent of police"),
            Map.entry("asp", "assistant superintendent of police"),
            Map.entry("acp", "assistant commissioner of police"),
            Map.entry("dcp", "deputy commissioner of police"), Map.entry("igp", "inspector general of police"),
            Map.entry("cec", "chief election commissioner"), Map.entry("asg", "additional solicitor general"),
            Map.entry("mmc", "member of the mayoral committee"), Map.entry("qb", "quarterback"),
            Map.entry("rb", "running back"), Map.entry("cm", "chief minister"),
            Map.entry("ig", "inspector general"), Map.entry("dm", "district magistrate"),
            Map.entry("cs", "cabinet secretary"), Map.entry("ps", "principal secretary"),
            Map.entry("cji", "chief justice"), Map.entry("ag", "attorney general"),
            Map.entry("rc", "regional commissioner"), Map.entry("mpa", "member of the provincial assembly"),
            Map.entry("mna", "member of the national assembly"), Map.entry("mla", "member of the legislative assembly"),
            Map.entry("dgp", "director general of police"),
            Map.entry("adgp", "additional director general of police"), Map.entry("cp", "commissioner of police"),
            Map.entry("dsg", "deputy solicitor general"), Map.entry("dig", "deputy inspector general"));

    /** Words whose stop does not end them: titles, "Jr.", and companies' "Co.", "Inc." inside an apposition. */
    static final Set<String> ABBREVIATED_WORDS = words("mr", "mrs", "ms", "dr", "sen", "rep", "gov", "prof", "gen",
            "lt", "col", "sgt", "adm", "capt", "rev", "jr", "sr", "st", "del", "cllr", "insp", "det", "cpl", "pct",
            "brig", "maj", "lieut", "co", "inc", "corp", "ltd", "hon", "fr", "gda", "amb", "supt", "asst", "cmdr",
            "pfc", "pvt", "spc");

    /** Head nouns of speakers that are organisations or documents rather than people. */
    static final Set<String> INSTITUTIONS = words(
            "department", "ministry", "office", "agency", "commission", "committee", "council", "foundation",
            "institute", "institution", "university", "party", "court", "bureau", "service", "house", "pentagon",
            "administration", "government", "campaign", "union", "association", "group", "center", "centre",
            "company", "corporation", "fund", "bank", "organization", "organisation", "board", "authority",
            "police", "army", "embassy", "consulate", "senate", "congress", "parliament", "kremlin", "report",
            "statement", "readout", "release", "survey", "poll", "study", "article", "paper", "newspaper", "imf",
            "fbi", "cia", "nato", "w.h.o.", "network", "firm", "endowment", "caucus", "team", "club", "district",
            "mission", "panel", "prefecture", "municipality", "regulator", "tribunal", "bench", "coalition",
            "alliance", "federation", "secretariat", "directorate", "inspectorate", "ombudsman", "prosecution",
            "defence", "defense", "trust", "province", "hospital", "charity", "society", "utility", "airline",
            "college", "school", "church", "military", "militia", "city");

    /**
     * First words that make a capitalized run a place rather than a person: compass points and the modifiers of
     * place names ("North Korea", "New York", "United States"); no given name is one of them.
     */
    static final Set<String> PLACE_MODIFIERS = words("north", "south", "east", "west", "northern", "southern",
            "eastern", "western", "central", "new", "united", "great");

    /**
     * Words that, after the first, make a capitalized run a country, region, institution, outlet or event rather
     * than a person ("Czech Republic", "Defense Ministry", "Washington Post", "World War II").
     */
    static final Set<String> NON_PERSON_WORDS = words("korea", "states", "kingdom", "republic", "emirates",
            "islands", "city", "county", "province", "ministry", "department", "council", "party", "committee",
            "agency", "university", "college", "school", "times", "post", "news", "journal", "tribune", "herald",
            "gazette", "magazine", "war", "act", "street", "avenue", "square", "drive", "road", "boulevard",
            "crescent", "terrace", "highway", "parkway", "stadium", "airport", "church", "force",
            "forces", "army", "navy", "corps", "guard", "command", "bureau", "office", "institute", "foundation",
            "center", "centre", "house", "senate", "congress", "bank", "fund", "group", "company", "ocean", "sea",
            "gulf", "coast", "valley", "peninsula", "canal", "desert", "mountains", "change", "women", "uk", "usa",
            "trust", "society", "association", "union", "authority", "commission", "service", "services");

    /**
     * Words of firms' and clubs' names, never of a person's ("Delta Air Lines", "Texas Instruments", "Newcastle
     * United").
     */
    static final Set<String> FIRM_NAME_WORDS = words("lines", "airlines", "airways", "motors", "electronics",
            "systems", "technologies", "industries", "networks", "communications", "pharmaceuticals", "energy",
            "holdings", "partners", "capital", "securities", "insurance", "mobility", "instruments", "stores", "foods",
            "brands", "labs", "media", "entertainment", "studios", "watch", "mobile", "therapeutics", "semiconductor",
            "airline", "united", "rovers", "wanderers", "athletic", "albion", "hotspur", "rangers", "fc", "afc");

    /** Documents whose findings or text are reported ("the report said", "a poll … found"). */
    static final Set<String> DOCUMENTS = words("report", "statement", "readout", "release", "survey", "poll",
            "study", "article", "paper", "memo", "letter", "filing", "ruling", "analysis", "ad", "document",
            "book", "piece", "data", "estimate", "figure", "record", "transcript", "tally", "count", "code",
            "charter", "guidance", "guidelines", "email", "e-mail", "message", "notice", "circular", "affidavit",
            "petition", "research", "records", "figures", "statistics", "studies", "surveys", "polls", "findings",
            "reports", "statements", "estimates");

    /**
     * Documents someone issues to speak for them, named by who sent them ("sent a statement"); a poll's or a report's
     * sentence is often about someone else.
     */
    static final Set<String> ISSUED_DOCUMENTS = words("statement", "readout", "release", "memo", "letter", "post",
            "tweet", "alert", "notice", "announcement", "advisory", "filing", "motion", "brief", "email", "e-mail",
            "message", "circular");

    /** Nouns for two people spoken of together ("the pair said"). */
    static final Set<String> PAIR_NOUNS = words("pair", "two", "duo", "couple");

    /** Head nouns that make a determiner phrase a plausible speaker ("a senior official", "sources"). */
    static final Set<String> SPEAKER_NOUNS = words("official", "officials", "source", "sources", "media", "spokesman",
            "spokeswoman", "spokesperson", "aide", "aides", "analyst", "analysts", "expert", "experts", "critic",
            "critics", "lawmaker", "lawmakers", "professor", "researcher", "researchers", "economist", "economists",
            "author", "authors", "adviser", "advisers", "advisor", "advisors", "president", "candidate", "nominee",
            "businessman", "businesswoman", "senator", "governor", "mayor", "leader", "leaders", "minister",
            "secretary", "diplomat", "diplomats", "woman", "man", "people", "voters", "residents", "respondents",
            "supporters", "opponents", "democrats", "republicans", "scholar", "scholars", "observers", "lawyer",
            "lawyers", "attorney", "attorneys", "judge", "group", "campaign", "union", "administration", "government",
            "ministry", "department", "agency", "report", "statement", "readout", "survey", "poll", "study", "article",
            "paper", "newspaper", "company", "firm", "committee", "organizers", "organisers", "police", "prosecutors",
            "investigators", "witnesses", "activists", "executive", "executives", "director", "chairman", "founder",
            "host", "reporter", "reporters", "columnist", "editor", "editors", "writer", "letter", "memo", "ruling",
            "ad", "website", "post", "tweet", "side", "team", "daughter", "son", "wife", "husband", "mother", "father",
            "friend", "spokespeople", "representatives", "members", "member", "majority", "percent", "person",
            "candidates", "questioner", "narrator", "reader", "readers", "surrogates", "crowd", "protesters",
            "demonstrators", "students", "workers", "parents", "teachers", "fans", "audience", "doctor", "doctors",
            "officer", "officers", "partner", "voter", "resident", "neighbor", "neighbors", "veteran", "veterans",
            "moderator", "anchor", "interviewer", "panelist", "panelists", "prosecutor", "investigator", "witness",
            "historian", "historians", "strategist", "strategists", "pollster", "pollsters", "consultant",
            "consultants", "chairwoman", "chief", "sheriff", "pastor", "owner", "owners", "employee", "employees",
            "staff", "band", "manager", "announcer", "counsel", "commissioner", "envoy", "negotiator", "chancellor",
            "administrator", "commander", "detective", "scientist", "scientists", "physician", "nurse", "organizer",
            "lobbyist", "regulators", "treasurer", "coordinator", "captain", "pundit", "player", "players", "defender",
            "striker", "goalkeeper", "midfielder", "forward", "quarterback", "pitcher", "teammate", "sergeant",
            "lieutenant", "colonel", "inspector", "trooper", "deputy", "councillor", "councilman", "councilwoman",
            "constable", "superintendent", "authorities", "cleric", "clerics", "clergy", "priests", "bishops",
            "deputies", "firefighters", "paramedics", "rescuers",
            "troopers", "agents", "medics", "nurses", "relatives", "families", "villagers", "survivors",
            "eyewitnesses", "commanders", "rebels", "militants", "ministers", "senators", "legislators", "councillors",
            "inspectors", "detectives", "sergeants", "spokesmen", "spokeswomen", "campaigners", "advocates",
            "defenders", "coaches", "managers", "judges", "justices", "jurors", "speaker", "parent", "teacher",
            "student", "patient", "worker", "neighbour", "mp", "mps", "brother", "sister", "cousin", "uncle", "aunt",
            "nephew", "niece", "grandmother", "grandfather", "girlfriend", "boyfriend", "fiance", "fiancee", "actor",
            "actress", "singer", "rapper", "musician", "comedian", "filmmaker", "producer", "artist", "novelist",
            "poet", "star", "athlete", "entrepreneur", "investor", "banker", "rival", "ally", "successor",
            "predecessor", "mentor", "head", "boss", "bosses", "chiefs", "journalist", "journalists", "skipper",
            "delegates", "envoys",
            "coach", "winner", "champion", "contestant", "finalist", "medallist", "medalist", "frontrunner",
            "front-runner", "hopeful", "contender", "challenger", "incumbent",
            "englishman",
            "englishwoman", "frenchman", "frenchwoman", "scotsman", "scotswoman", "welshman", "welshwoman", "irishman",
            "irishwoman", "dutchman", "dutchwoman", "magistrate", "magistrates", "foreman", "dealer", "broker",
            "trader", "curator", "architect", "engineer", "farmer", "pilot", "driver", "chef", "priest", "bishop",
            "imam", "rabbi", "pontiff", "vicar", "lecturer", "surgeon", "psychologist", "psychiatrist", "paramedic",
            "firefighter", "soldier", "commuter", "commuters", "passenger", "passengers", "tourist", "pensioner",
            "landlord", "tenant", "homeowner", "shopkeeper", "vendor", "fisherman", "chairperson", "gaffer", "winger",
            "batsman", "batter", "bowler", "sprinter", "swimmer", "cyclist", "golfer", "boxer", "jockey", "trainer",
            "referee", "umpire", "complainant", "defendant", "plaintiff", "claimant", "petitioner", "victim",
            "suspect", "coroner", "juror", "advocate", "barrister", "solicitor", "accountant", "designer",
            "photographer", "presenter", "broadcaster", "campaigner", "councilor", "family", "protester",
            "demonstrator", "emcee", "eyewitness", "bystander", "onlooker", "motorist", "shopper", "agencies",
            "charities", "organisations", "organizations", "unions", "qc", "kc", "superstar", "accuser", "publicist",
            "survivor", "agent", "fan", "native", "men", "women", "policeman", "fireman", "gunman", "congressman",
            "serviceman", "cameraman", "clerk", "clerks", "trustee", "trustees", "assessor", "supervisor",
            "supervisors", "alderman", "alderwoman", "selectman", "selectwoman", "registrar", "controller", "warden",
            "provost", "principal", "centenarian", "creator");

    /** Titles and nouns that say a person is a man ("Mr. Lee", "the spokesman"). */
    static final Set<String> MALE_WORDS = words("mr", "mr.", "man", "father", "husband", "son", "brother", "nephew",
            "uncle", "spokesman", "congressman", "businessman", "grandfather", "boyfriend", "king", "prince", "sir");

    /** Titles and nouns that say a person is a woman ("Ms. Ruiz", "the mother of three"). */
    static final Set<String> FEMALE_WORDS = words("mrs", "mrs.", "ms", "ms.", "woman", "mother", "wife", "daughter",
            "sister", "niece", "aunt", "spokeswoman", "congresswoman", "chairwoman", "businesswoman", "grandmother",
            "girlfriend", "queen", "princess", "dame", "lady");

    /** Common first names of men: "he" may mean Mike Pence, "she" may not. */
    static final Set<String> MALE_FIRST_NAMES = words(
            "aaron", "adam", "alan", "albert", "alexander", "andrew", "anthony", "antonio", "arthur", "ben",
            "benjamin", "bernie", "bill", "billy", "bob", "bobby", "brad", "bradley", "brandon", "brian", "bruce",
            "bryan", "carl", "carlos", "charles", "charlie", "christopher", "chuck", "colin", "craig", "dan",
            "daniel", "danny", "darren", "dave", "david", "dennis", "derek", "don", "donald", "doug", "douglas",
            "dwight", "ed", "eddie", "edward", "eric", "ernest", "frank", "fred", "gary", "george", "gerald", "glenn",
            "gordon", "greg", "gregory", "harold", "harry", "henry", "howard", "ian", "jack", "jacob", "jake", "james",
            "jason", "jeb", "jeff", "jeffrey", "jeremy", "jerry", "jim", "jimmy", "joe", "joel", "john",
            "johnny", "jon", "jonathan", "jose", "joseph", "josh", "joshua", "juan", "justin", "keith", "ken",
            "kenneth", "kevin", "kurt", "larry", "lawrence", "leon", "louis", "luis", "marco", "mark", "martin",
            "matt", "matthew", "michael", "mike", "mitch", "mitt", "nathan", "nathaniel", "neil", "nicholas", "nick",
            "oliver", "patrick", "paul", "peter", "phil", "philip", "ralph", "randy", "ray", "raymond", "reince",
            "richard", "rick", "rob", "robert", "roger", "ron", "ronald", "roy", "russell", "ryan", "samuel",
            "scott", "sean", "sergei", "stephen", "steve", "steven", "ted", "thomas", "tim", "timothy", "todd",
            "tom", "tony", "travis", "troy", "victor", "vladimir", "walter", "wayne", "william", "xi");

    /** Common first names of women. */
    static final Set<String> FEMALE_FIRST_NAMES = words(
            "abigail", "alice", "alicia", "alison", "amanda", "amy", "ana", "andrea", "angela", "ann", "anna", "anne",
            "barbara", "betty", "beverly", "brenda", "carol", "carolyn", "catherine", "cheryl", "christina",
            "christine", "claire", "cynthia", "debbie", "deborah", "debra", "denise", "diana", "diane", "donna",
            "doris", "dorothy", "elizabeth", "ellen", "emily", "emma", "evelyn", "frances", "gloria", "grace", "hannah",
            "heather", "heidi", "helen", "hillary", "huma", "jane", "janet", "janice", "jennifer", "jessica", "jill",
            "joan", "joanne", "joyce", "judith", "judy", "julia", "julie", "karen", "kate", "katherine", "kathleen",
            "kathryn", "kathy", "kellyanne", "kimberly", "laura", "lauren", "linda", "lisa", "loretta", "lori",
            "louise", "margaret", "maria", "marie", "marilyn", "martha", "mary", "megan", "melania", "melissa",
            "michelle", "nancy", "natalie", "nicole", "nikki", "olivia", "pamela", "patricia", "paula", "rachel",
            "rebecca", "rose", "ruth", "samantha", "sandra", "sara", "sarah", "sharon", "shirley", "sophia",
            "stephanie", "susan", "tammy", "teresa", "theresa", "tiffany", "tina", "valerie", "victoria", "virginia",
            "wendy", "liz", "beth", "katie", "jen", "jenny", "sue", "meg", "becky", "vicky", "gina", "rosie", "ellie",
            "lucy", "sophie", "chloe", "priti", "nadine", "suella", "kemi", "yvette");

    /** Speaker nouns that count a share of a group rather than name a role ("52 percent of voters"). */
    static final Set<String> QUANTITY_NOUNS = words("percent", "majority", "members", "member", "people");

    /** Prepositions that end the head of a common-noun speaker phrase ("minister of the economy"). */
    static final Set<String> PREPOSITIONS = words("of", "for", "at", "in", "on", "with", "from", "to", "by");

    /** Words that start an outlet's name or make one ("told the Global Times", "told CNN"). */
    static final Set<String> OUTLETS = words(
            "times", "post", "journal", "news", "tribune", "herald", "globe", "guardian", "gazette", "telegraph",
            "daily", "magazine", "cnn", "msnbc", "fox", "reuters", "ap", "associated", "bloomberg", "bbc", "npr",
            "politico", "axios", "xinhua", "afp", "radio", "television", "tv", "newsweek", "atlantic", "abc", "cbs",
            "nbc", "pbs", "breitbart", "hill", "examiner", "observer", "economist", "chronicle", "independent",
            "mail", "express", "sun", "star", "wire", "press", "channel", "network", "podcast", "show", "sports",
            "sky", "univision", "telemundo", "cnbc", "c-span", "espn", "vox", "wsj", "yahoo", "huffpost", "buzzfeed",
            "tass", "kyodo", "yonhap", "dpa", "efe", "ansa", "interfax", "al-jazeera", "aljazeera", "jazeera", "sport",
            "itv", "cctv", "cgtn", "sputnik", "nhk", "rte", "pti", "ians", "bernama", "antara", "kuna", "wam", "irna",
            "anadolu", "bss", "ndtv", "ptv", "sabc", "kbc", "aap", "rnz", "cbc", "ctv");

    /** The last word of a paper's name ("Washington Post", "NBC News"): no name goes on past it. */
    static final Set<String> MASTHEAD_WORDS = words("times", "post", "journal", "news", "tribune", "herald", "gazette",
            "telegraph", "chronicle", "examiner");

    /** Acronyms that spell a pronoun, by the dotted form they are read as when written in capitals ("WHO", "US"). */
    static final Map<String, String> SPELLED_ACRONYMS = Map.of("who", "w.h.o.", "us", "u.s.");

    /** Nouns an apposition after a quote uses for the words themselves ("…,” said Ruiz, a reference to …). */
    static final Set<String> REMARK_NOUNS = words("reference", "nod", "allusion", "jab", "dig", "swipe", "remark",
            "comment", "reminder", "sign", "signal", "warning", "rebuke", "response", "retort");

    /** Verbs of putting out a statement ("sent a statement, saying"). */
    static final Set<String> ISSUING_VERBS = words("sent", "issued", "released", "posted", "published", "emailed",
            "e-mailed", "shared", "tweeted", "gave", "provided", "put");

    /** Letters after a name for an honour, a rank at the bar or a seat ("John Price KC", "Ana Ruiz MP"). */
    static final Set<String> POSTNOMINALS = words("kc", "qc", "sc", "bl", "mp", "msp", "mla", "mep", "td", "obe",
            "cbe", "mbe", "kbe", "dbe", "phd");

    /** Roles a writer gives someone left unnamed ("the source", "a spokesman"): never the person just named. */
    static final Set<String> UNNAMED_ROLES = words("source", "sources", "official", "officials", "aide", "aides",
            "spokesman", "spokeswoman", "spokesperson", "witness", "insider", "person", "expert", "analyst",
            "observer", "critic", "supporter", "opponent", "resident", "neighbor", "neighbour", "friend", "relative",
            "man", "woman", "officer", "diplomat", "lawmaker");

    /** Titles of heads of state and government, of which a story often names more than one. */
    static final Set<String> LEADER_TITLES = words("president", "prime minister", "chancellor", "premier", "king",
            "queen", "leader");

    /** Common irregular past tenses that follow a subject ("Coyle felt the dismissal hurt"). */
    static final Set<String> IRREGULAR_PAST = words("felt", "made", "took", "gave", "knew", "saw", "came", "went",
            "spoke", "kept", "held", "left", "met", "sent", "began", "got", "won", "lost", "led", "ran", "stood", "sat",
            "brought", "caught", "thought", "fought", "sought", "became", "chose", "drew", "grew", "hit", "put", "set");

    /** Nouns for a company ("the company said"). */
    static final Set<String> COMPANY_NOUNS = words("company", "firm", "group", "corporation");
    /** Kinds of organisation a text names again as "the company", "the airline", "the party". */
    static final Set<String> ORGANISATION_KINDS = words("company", "firm", "group", "corporation", "party", "union",
            "association", "bank", "airline", "carrier", "utility", "club", "charity", "foundation", "institute",
            "university", "college", "hospital", "trust", "network", "coalition", "alliance", "federation", "society",
            "organisation", "organization", "lender", "retailer", "supermarket", "insurer", "carmaker", "automaker",
            "manufacturer", "startup", "start-up", "conglomerate", "chain", "operator", "giant", "miner", "developer",
            "publisher", "outfit", "business", "maker", "producer", "platform", "deliverer", "titan", "behemoth",
            "powerhouse");

    /** Titles of people sent to a country ("Ambassador to the Philippines"). */
    static final Set<String> ENVOY_TITLES = words("ambassador", "envoy", "representative", "delegate", "consul",
            "emissary");

    /** Countries and capitals that speak for governments in the news ("Beijing said"): never "the company". */
    static final Set<String> STATE_NAMES = words("china", "beijing", "washington", "america", "u.s.", "russia",
            "moscow", "kremlin", "ukraine", "kyiv", "kiev", "taiwan", "taipei", "japan", "tokyo", "korea", "seoul",
            "pyongyang", "india", "delhi", "pakistan", "islamabad", "iran", "tehran", "israel", "jerusalem", "gaza",
            "britain", "london", "france", "paris", "germany", "berlin", "brussels", "europe", "eu", "e.u.", "canada",
            "ottawa", "mexico", "brazil", "turkey", "ankara", "egypt", "cairo", "syria", "damascus", "iraq",
            "baghdad", "afghanistan", "kabul", "australia", "canberra", "italy", "rome", "spain", "madrid", "poland",
            "warsaw", "vietnam", "hanoi", "philippines", "manila", "indonesia", "jakarta", "singapore", "qatar",
            "doha", "saudi", "riyadh", "nigeria", "abuja", "kenya", "nairobi", "hong", "kong");

    /** Nouns for a public body ("the agency said" after the Food and Drug Administration). */
    static final Set<String> PUBLIC_BODY_NOUNS = words("agency", "department", "ministry", "office", "bureau",
            "administration", "commission", "authority", "service", "regulator", "organization", "organisation",
            "programme", "centers", "centres", "institutes", "board");

    /** Last words of a company's name ("Tecan Group AG", "Saputo Inc."). */
    static final Set<String> COMPANY_SUFFIXES = words("inc", "inc.", "corp", "corp.", "co.", "ltd", "ltd.", "plc",
            "ag", "sa", "llc", "gmbh", "group", "holdings", "corporation", "company");

    /** Nouns that describe an outlet before its name ("state broadcaster CCTV", "the newspaper Caixin"). */
    static final Set<String> OUTLET_NOUNS = words("station", "broadcaster", "newspaper", "tabloid", "channel",
            "network", "outlet", "daily", "weekly", "magazine", "website", "agency", "paper");

    /** Nouns for the occasion an outlet gave someone to speak ("in an interview with CNN"). */
    static final Set<String> INTERVIEW_NOUNS = words("interview", "interviews", "appearance", "remarks",
            "conversation", "podcast", "broadcast", "writing", "speaking", "talking", "statement", "email", "e-mail",
            "message");

    /** Capitalized words that open sentences or clauses without naming anyone. */
    static final Set<String> NOT_NAMES = words("once", "per",
            "the", "a", "an", "but", "and", "or", "so", "yet", "however", "meanwhile", "still", "also", "then",
            "in", "on", "at", "of", "for", "with", "from", "by", "after", "before", "during", "as", "when", "while",
            "if", "because", "although", "though", "since", "this", "that", "these", "those", "there", "here",
            "it", "he", "she", "they", "we", "i", "you", "his", "her", "their", "our", "its", "my", "your", "earlier",
            "later", "now", "today", "yesterday", "monday", "tuesday", "wednesday", "thursday", "friday",
            "saturday", "sunday", "instead", "indeed", "asked", "speaking", "according", "last", "next",
            "neither", "nor", "not", "no", "yes", "what", "who", "why", "how", "where", "which", "many", "most",
            "some", "all", "both", "each", "every", "one", "two", "three", "said", "says", "told", "like", "unlike",
            "other", "another", "under", "amid", "despite", "several", "few", "numerous", "to", "shortly",
            "elsewhere", "separately", "similarly", "additionally", "moreover", "furthermore", "likewise");

    /** Connectives and prepositions that open an introductory phrase before a sentence's subject. */
    static final Set<String> INTRODUCERS = words("in", "on", "at", "after", "before", "during", "for", "from",
            "toward", "towards",
            "with", "since", "under", "as", "however", "but", "and", "meanwhile", "still", "earlier", "later",
            "yet", "so", "also", "instead", "indeed", "last", "this", "when", "while", "if", "although", "though",
            "according", "or", "speaking", "asked", "separately", "similarly", "now", "then", "today", "once",
            "ultimately", "eventually", "finally", "recently", "afterward", "afterwards", "again", "yesterday", "by",
            "despite", "amid", "throughout", "until", "within", "elsewhere", "additionally", "moreover",
            "furthermore", "likewise", "early", "late", "shortly", "soon", "moments", "minutes", "hours", "days",
            "weeks", "immediately", "just", "right");

    /** The introducers that are adverbs: without a comma they open no phrase ("Meanwhile Sarah Jones said"). */
    static final Set<String> OPENING_ADVERBS = words("however", "meanwhile", "still", "earlier", "later", "also",
            "instead", "indeed", "separately", "similarly", "now", "then", "today", "ultimately", "eventually",
            "finally", "recently", "afterward", "afterwards", "again", "yesterday", "elsewhere", "additionally",
            "moreover", "furthermore", "likewise");

    /** Words that end a noun phrase being read as a speaker. */
    static final Set<String> CLAUSE_WORDS = words("that", "who", "which", "whose", "whom", "because", "and",
            "but", "or", "if", "when", "while", "where", "as", "to", "is", "was", "are", "were", "has", "had",
            "have", "will", "would", "can", "could", "should", "may", "might", "must", "did", "does", "do");

    /** A role noun or title: "spokeswoman", "secretary", "Gov.". */
    static boolean isRole(String lower) {
        // "co-trainer", "ex-manager": a role shared or held before.
        String role = lower.startsWith("co-") || lower.startsWith("ex-") ? lower.substring(3) : lower;
        return SPEAKER_NOUNS.contains(role) || TITLES.contains(role);
    }

    static boolean isCue(String lower) {
        return CUE_VERBS.contains(lower);
    }

    /** Words set off by commas that link a sentence to the one before ("Smith, however, said"). */
    static final Set<String> CONNECTIVES = words("however", "though", "meanwhile", "instead", "moreover",
            "nonetheless", "nevertheless", "therefore", "thus", "likewise", "meantime", "separately", "too");

    private static final Set<String> ADVERBS = words("also", "later", "then", "again", "once", "previously",
            "recently", "earlier", "now", "still", "often", "further", "too", "long", "always", "just", "already",
            "never", "instead");

    /** The listed adverbs that stand between a subject and its verb ("also", "later"), without guessing from -ly. */
    static boolean isSentenceAdverb(String lower) {
        return ADVERBS.contains(lower);
    }

    /** Words ending in -ly that are nouns ("a lawyer for the family said"), not adverbs. */
    private static final Set<String> LY_NOUNS = words("family", "assembly", "rally", "supply", "reply", "anomaly",
            "monopoly", "belly", "bully", "italy", "butterfly", "tally", "folly", "homily", "ally", "july");

    static boolean isAdverb(String lower) {
        return lower.endsWith("ly") && lower.length() > 4 && !LY_NOUNS.contains(lower) || ADVERBS.contains(lower);
    }

    /** A plural noun's singular by its last letter ("documents" → "document"); other words as they are. */
    static String singular(String lowerWord) {
        return lowerWord.length() > 3 && lowerWord.endsWith("s") && !lowerWord.endsWith("ss")
                ? lowerWord.substring(0, lowerWord.length() - 1) : lowerWord;
    }

    /** Runs of anything but letters: what splits a phrase into its words. */
    static final Pattern NON_LETTERS = Pattern.compile("[^\\p{L}]+");

    /** Two or more capitals, nothing else ("CWU", "NPS"). */
    static final Pattern CAPITALS = Pattern.compile("\\p{Lu}{2,}");

    static String lower(String s) {
        return s.toLowerCase(Locale.ROOT);
    }
}
