package com.quotecheck.matching;

/**
 * Normalized words of a text, each with its [start, end) offsets into the original text.
 *
 * @param norms  the comparable form of each word (NFKC, lower case, unified apostrophes, abbreviations joined)
 * @param starts offset of each word's first character in the original text
 * @param ends   offset just past each word's last character in the original text
 */
record Words(String[] norms, int[] starts, int[] ends) {

    int size() {
        return norms.length;
    }
}
