package com.quotecheck.matching;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Tells whether the words a quote changed carry meaning: a negation, a number or a qualifier. */
final class MeaningCheck {

    private static final Set<String> NEGATIONS = Set.of("not", "no", "never", "none", "nor", "neither",
            "nobody", "nothing", "nowhere", "without", "cannot");
    private static final Set<String> QUALIFIERS = Set.of("only", "some", "just", "almost", "nearly",
            "approximately", "roughly", "partly", "partially", "mostly", "largely", "may", "might", "could",
            "possibly", "probably", "likely", "perhaps", "sometimes", "often", "rarely", "seldom", "few",
            "several", "many", "most", "all", "every", "always", "usually", "generally", "slightly", "somewhat");
    private static final Set<String> NUMBER_WORDS = Set.of("zero", "one", "two", "three", "four", "five", "six",
            "seven", "eight", "nine", "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen",
            "seventeen", "eighteen", "nineteen", "twenty", "thirty", "forty", "fifty", "sixty", "seventy",
            "eighty", "ninety", "hundred", "thousand", "million", "billion", "trillion", "half", "dozen",
            "percent", "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth",
            "once", "twice", "thrice");

    private MeaningCheck() {
    }

    /** Why replacing {@code source} words with {@code quote} words may change the meaning, or null. */
    static String change(List<String> quote, List<String> source) {
        long negQuote = quote.stream().filter(MeaningCheck::isNegation).count();
        long negSource = source.stream().filter(MeaningCheck::isNegation).count();
        if (negSource > negQuote) {
            return "negation dropped";
        }
        if (negQuote > negSource) {
            return "negation added";
        }
        List<String> numQuote = numbers(quote);
        List<String> numSource = numbers(source);
        if (!numQuote.equals(numSource)) {
            return numQuote.isEmpty() ? "number dropped" : numSource.isEmpty() ? "number added" : "number changed";
        }
        for (String w : source) {
            if (QUALIFIERS.contains(w) && !quote.contains(w)) {
                return "qualifier dropped: " + w;
            }
        }
        for (String w : quote) {
            if (QUALIFIERS.contains(w) && !source.contains(w)) {
                return "qualifier added: " + w;
            }
        }
        return null;
    }

    static boolean isNegation(String word) {
        return NEGATIONS.contains(word) || word.endsWith("n't");
    }

    private static List<String> numbers(List<String> words) {
        List<String> out = new ArrayList<>();
        for (String w : words) {
            if (NUMBER_WORDS.contains(w) || w.chars().anyMatch(Character::isDigit)) {
                out.add(w);
            }
        }
        out.sort(null);
        return out;
    }
}
