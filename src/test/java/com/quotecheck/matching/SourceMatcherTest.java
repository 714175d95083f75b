package com.quotecheck.matching;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SourceMatcherTest {

    private static final String SPEECH = "Four score and seven years ago our fathers brought forth on this continent, "
            + "a new nation, conceived in Liberty, and dedicated to the proposition that all men are created equal. "
            + "Now we are engaged in a great civil war, testing whether that nation, or any nation so conceived and "
            + "so dedicated, can long endure. We are met on a great battle-field of that war. The world will little "
            + "note, nor long remember what we say here, but it can never forget what they did here. They stood "
            + "firm, and the U.S. Army lost 3,155 men; only some regiments were not relieved.";
    private static final String OTHER = "The Secretary met the Foreign Minister on Tuesday and discussed trade, "
            + "climate and the fentanyl crisis; the two sides agreed to keep talking.";

    private static SourceMatcher library(String... texts) {
        SourceMatcher m = new SourceMatcher();
        for (int k = 0; k < texts.length; k++) {
            m.add(new SourceText(k + 1, texts[k]));
        }
        return m;
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Now we are engaged in a great civil war|EXACT",
            "“now WE are engaged — in a great civil war”|EXACT",
            "the US Army lost 3,155 men|EXACT",
            "a new nation … dedicated to the proposition that all men are created equal|EDITED",
            "[They] stood firm, and the U.S. Army lost 3,155 men|EDITED",
            "we are engaged in a great [and terrible] civil war|EDITED",
            "Now we are engaged in a huge civil war, testing whether that nation|DEVIATES",
            "Now we are engaged in a great war, testing whether that nation|DEVIATES",
            "The world will little note what we say here, but it can never forget|DEVIATES",
            "our fathers brought forth a new nation. We are met on a great battle-field|DEVIATES",
            "conceived in freedom our forefathers brought a new country here, devoted to the idea that men are equal|PARAPHRASE",
            "The harvest festival drew record crowds to the village square this autumn|NOT_FOUND"})
    void classifiesHowFaithfullyTheQuoteReproducesTheSource(String quote, MatchClass expected) {
        MatchResult r = library(SPEECH, OTHER).match(quote, null);
        assertEquals(expected, r.matchClass(), () -> r.edits().toString());
        if (expected != MatchClass.NOT_FOUND) {
            assertEquals(1, r.best().sourceId());
            assertEquals(SPEECH.substring(r.best().start(), r.best().end()), r.best().text());
        }
    }

    @Test
    void ellipsisCarriesTheOmittedSourceWords() {
        MatchResult r = library(SPEECH).match("a new nation … dedicated to the proposition", null);
        assertEquals(List.of(
                new Edit(EditType.EQUAL, "a new nation", "a new nation", null),
                new Edit(EditType.ELLIPSIS, "…", "conceived in Liberty, and", null),
                new Edit(EditType.EQUAL, "dedicated to the proposition", "dedicated to the proposition", null)),
                r.edits());
        assertEquals("a new nation, conceived in Liberty, and dedicated to the proposition", r.best().text());
    }

    @Test
    void bracketCarriesTheSourceWordsItStandsFor() {
        MatchResult r = library(SPEECH).match("but it can never forget what [the soldiers] did here", null);
        assertEquals(MatchClass.EDITED, r.matchClass());
        assertTrue(r.edits().contains(new Edit(EditType.BRACKET, "[the soldiers]", "they", null)), r.edits()::toString);
    }

    @Test
    void writersWordsAroundTheQuoteAreInsertionsOutsideThePassage() {
        MatchResult r = library(SPEECH).match("Indeed, we are engaged in a great civil war, he said", null);
        assertEquals(MatchClass.DEVIATES, r.matchClass());
        assertEquals("we are engaged in a great civil war", r.best().text());
        assertEquals(new Edit(EditType.INSERT, "Indeed", "", null), r.edits().get(0));
        assertEquals(new Edit(EditType.INSERT, "he said", "", null), r.edits().get(r.edits().size() - 1));
    }

    @Test
    void clausesInSwappedOrderAreOnePassageWithTheShorterClauseMoved() {
        MatchResult r = library(SPEECH, OTHER).match("testing whether that nation, or any nation so conceived and so "
                + "dedicated, can long endure, now we are engaged in a great civil war", null);
        assertEquals(MatchClass.DEVIATES, r.matchClass(), r.edits()::toString);
        assertEquals("Now we are engaged in a great civil war, testing whether that nation, or any nation so conceived "
                + "and so dedicated, can long endure", r.best().text());
        String kept = "testing whether that nation, or any nation so conceived and so dedicated, can long endure";
        assertEquals(List.of(
                new Edit(EditType.EQUAL, kept, kept, null),
                new Edit(EditType.MOVE, "now we are engaged in a great civil war", "Now we are engaged in a great "
                        + "civil war", null)), r.edits());
    }

    @Test
    void aClauseMovedPastItsNeighbourBeforeASharedEndingIsShownAsMoved() {
        MatchResult r = library(SPEECH).match("nor long remember what we say here, the world will little note, but it "
                + "can never forget what they did here", null);
        assertEquals(MatchClass.DEVIATES, r.matchClass(), r.edits()::toString);
        assertEquals("The world will little note, nor long remember what we say here, but it can never forget what "
                + "they did here", r.best().text());
        assertEquals(List.of(
                new Edit(EditType.MOVE, "nor long remember what we say here", "nor long remember what we say here",
                        null),
                new Edit(EditType.EQUAL, "the world will little note", "The world will little note", null),
                new Edit(EditType.EQUAL, "but it can never forget what they did here",
                        "but it can never forget what they did here", null)), r.edits());
    }

    @Test
    void aMovedClauseThatLostItsNegationIsFlagged() {
        MatchResult r = library(SPEECH).match("but it can forget what they did here, the world will little note, nor "
                + "long remember what we say here", null);
        assertEquals(MatchClass.DEVIATES, r.matchClass(), r.edits()::toString);
        assertTrue(r.edits().stream().anyMatch(e -> e.type() == EditType.MOVE
                && "negation dropped".equals(e.meaningChange())), r.edits()::toString);
    }

    @Test
    void rewordedQuoteIsLocatedOverItsWholeLengthEvenWhenItsEdgeWordsAreReplaced() {
        MatchResult r = library(SPEECH, OTHER).match("Today we are involved in a great civil war, testing whether "
                + "that country, or any nation so conceived and so devoted, can long last", null);
        assertEquals(MatchClass.PARAPHRASE, r.matchClass(), r.edits()::toString);
        assertEquals("Now we are engaged in a great civil war, testing whether that nation, or any nation so conceived "
                + "and so dedicated, can long endure", r.best().text());
        assertEquals(new Edit(EditType.REPLACE, "Today", "Now", null), r.edits().get(0));
    }

    @Test
    void sentencesSplicedFromFarApartAreOnePassageThatDeviates() {
        MatchResult r = library(SPEECH).match("Four score and seven years ago our fathers brought forth the U.S. Army "
                + "lost 3,155 men", null);
        assertEquals(MatchClass.DEVIATES, r.matchClass());
        assertTrue(r.best().text().startsWith("Four score") && r.best().text().endsWith("3,155 men"), r.best().text());
        assertTrue(r.meaningChanges().isEmpty(), r.edits()::toString);
    }

    @Test
    void rewordingAThirdOfTheContentWordsIsAParaphrase() {
        MatchResult r = library(SPEECH, OTHER).match("the globe will barely notice, nor long recall what we say here, "
                + "but it can never forget what they did here", null);
        assertEquals(MatchClass.PARAPHRASE, r.matchClass(), r.edits()::toString);
        assertTrue(r.best().text().contains("what we say here"), r.best().text());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "some regiments were relieved|negation dropped",
            "the U.S. Army lost 3,100 men|number changed",
            "only regiments were not relieved|qualifier dropped: some",
            "it can always forget what they did here|negation dropped",
            "that all men are not created equal|negation added"})
    void flagsChangesThatAlterTheMeaning(String quote, String change) {
        MatchResult r = library(SPEECH).match(quote, null);
        assertEquals(MatchClass.DEVIATES, r.matchClass());
        assertEquals(List.of(change), r.meaningChanges().stream().map(Edit::meaningChange).toList(),
                r.edits()::toString);
    }

    @Test
    void wordSwapsAreNotFlaggedAsMeaningChanges() {
        MatchResult r = library(SPEECH).match("Now we are engaged in a great civil conflict", null);
        assertEquals(MatchClass.DEVIATES, r.matchClass());
        assertTrue(r.meaningChanges().isEmpty());
    }

    @Test
    void prefersTheAttributedSourceWhenTwoHoldThePassageEqually() {
        SourceMatcher m = library(SPEECH, OTHER, "Preface. " + SPEECH);
        assertEquals(3, m.match("we are met on a great battle-field", 3L).best().sourceId());
        assertEquals(1, m.match("we are met on a great battle-field", 1L).best().sourceId());
        assertEquals(Boolean.TRUE, m.match("we are met on a great battle-field", 3L).attributedSourceMatches());
    }

    @Test
    void reportsAPossibleMisattribution() {
        MatchResult r = library(SPEECH, OTHER).match("we are met on a great battle-field", 2L);
        assertEquals(1, r.best().sourceId());
        assertFalse(r.attributedSourceMatches());
        assertNull(library(SPEECH).match("we are met on a great battle-field", null).attributedSourceMatches());
    }

    @Test
    void quoteOfPunctuationOnlyFindsNothing() {
        MatchResult r = library(SPEECH).match(" … “ — ” [...] !? ", 1L);
        assertEquals(MatchClass.NOT_FOUND, r.matchClass());
        assertNull(r.best());
        assertNull(r.attributedSourceMatches());
        assertEquals(MatchClass.NOT_FOUND, library(SPEECH).match(null, null).matchClass());
    }

    @Test
    void addIsIdempotentAndRemoveForgetsTheSource() {
        SourceMatcher m = library(SPEECH);
        m.add(new SourceText(1, OTHER));
        assertEquals(1, m.size());
        assertEquals(MatchClass.EXACT, m.match("testing whether that nation", null).matchClass());
        m.remove(1);
        assertEquals(0, m.size());
        assertEquals(MatchClass.NOT_FOUND, m.match("testing whether that nation", null).matchClass());
        m.add(new SourceText(7, SPEECH));
        assertEquals(7, m.match("testing whether that nation", null).best().sourceId());
    }

    @Test
    void findsSourcesAddedAfterEarlierMatches() {
        SourceMatcher m = new SourceMatcher();
        for (int k = 0; k < 3000; k++) {
            m.add(new SourceText(k, "Filler text number " + k + " about nothing in particular, item " + (k * 7)));
            if (k == 1500) {
                assertEquals(MatchClass.NOT_FOUND, m.match("agreed to keep talking", null).matchClass());
                m.add(new SourceText(100_000, OTHER));
            }
        }
        MatchResult r = m.match("the two sides agreed to keep talking", null);
        assertEquals(MatchClass.EXACT, r.matchClass());
        assertEquals(100_000, r.best().sourceId());
    }
}
