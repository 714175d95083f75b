package com.quotecheck.matching;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class ParsedQuoteTest {

    @ParameterizedTest
    @ValueSource(strings = {"…", "...", ". . .", "[...]", "[…]", "(...)", "...."})
    void everyEllipsisStyleIsOneMarkBetweenTheWords(String mark) {
        String quote = "we will " + mark + " stand firm";
        ParsedQuote q = ParsedQuote.parse(quote);
        assertArrayEquals(new String[] {"we", "will", "stand", "firm"}, q.words().norms());
        assertEquals(1, q.markers().size());
        Marker m = q.markers().get(0);
        assertTrue(m.ellipsis());
        assertEquals(2, m.boundary());
        assertEquals(mark, quote.substring(m.start(), m.end()));
    }

    @Test
    void bracketsAreEditorialInsertionsKeptOutOfTheWords() {
        ParsedQuote q = ParsedQuote.parse("[South Korea] was more likely to fear [sic] it");
        assertArrayEquals(new String[] {"was", "more", "likely", "to", "fear", "it"}, q.words().norms());
        assertEquals(2, q.markers().size());
        Marker first = q.markers().get(0);
        assertFalse(first.ellipsis());
        assertEquals(0, first.boundary());
        assertArrayEquals(new String[] {"south", "korea"}, first.inner());
        assertEquals(5, q.markers().get(1).boundary());
    }

    @Test
    void aBracketInsideAWordOnlyChangesItsCase() {
        ParsedQuote q = ParsedQuote.parse("[t]he talks were useful[ly] held");
        assertArrayEquals(new String[] {"the", "talks", "were", "usefully", "held"}, q.words().norms());
        assertTrue(q.markers().isEmpty());
        assertEquals("[t]he", q.text().substring(q.words().starts()[0], q.words().ends()[0]));
    }

    @Test
    void anAbbreviationBeforeAnEllipsisKeepsItsLetters() {
        ParsedQuote q = ParsedQuote.parse("relations with the U.S... and others");
        assertArrayEquals(new String[] {"relations", "with", "the", "us", "and", "others"}, q.words().norms());
        assertEquals(1, q.markers().size());
    }
}
