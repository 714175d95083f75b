package com.quotecheck.matching;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The quotes of the sample article against its three sources, as a reviewer checked them by hand. */
class SampleSourcesTest {

    private static final long STATE = 1;
    private static final long MINISTRY = 2;
    private static final long POST = 3;

    private static SourceMatcher matcher;

    @BeforeAll
    static void loadSamples() throws IOException {
        // The application's own copy of the sample sources (the ones "Load the sample" uses).
        Path dir = Path.of(System.getProperty("user.dir")).resolve("src/main/resources/sample");
        matcher = new SourceMatcher();
        matcher.add(new SourceText(STATE, body(dir.resolve("state-department-readout-2023-06-13.txt"))));
        matcher.add(new SourceText(MINISTRY, body(dir.resolve("chinese-foreign-ministry-readout-2023-06-14.txt"))));
        matcher.add(new SourceText(POST, body(dir.resolve("blinken-post-2023-06-14.txt"))));
    }

    /** The text after the header block (which ends at the first blank line). */
    static String body(Path file) throws IOException {
        String all = Files.readString(file, StandardCharsets.UTF_8).replace("\r\n", "\n");
        int blank = all.indexOf("\n\n");
        return blank < 0 ? all : all.substring(blank + 2);
    }

    @Test
    void stateDepartmentQuoteDeviatesFromTheReadout() {
        MatchResult r = matcher.match("discussed the importance of maintaining open lines of communication to "
                + "responsibly manage US-PRC [People’s Republic of China] relations to avoid miscalculations and "
                + "conflicts, addressed a range of bilateral and global issues, and made it clear that the US will "
                + "continue to use diplomatic engagement to raise areas of concern as well as areas of potential "
                + "cooperation.", STATE);
        assertEquals(MatchClass.DEVIATES, r.matchClass());
        assertEquals(STATE, r.best().sourceId());
        assertTrue(r.best().text().startsWith("discussed the importance"), r.best().text());
        assertTrue(r.best().text().endsWith("potential cooperation"), r.best().text());
        assertTrue(r.edits().stream().anyMatch(e -> e.type() == EditType.BRACKET
                && e.quoteText().equals("[People’s Republic of China]")), r.edits().toString());
        assertTrue(r.edits().stream().anyMatch(e -> e.type() == EditType.REPLACE
                && e.quoteText().equals("relations") && e.sourceText().equals("relationship")), r.edits().toString());
        assertEquals(Boolean.TRUE, r.attributedSourceMatches());
    }

    @Test
    void newDifficultiesAndChallengesIsExactInTheMinistryReadout() {
        MatchResult r = matcher.match("new difficulties and challenges", MINISTRY);
        assertEquals(MatchClass.EXACT, r.matchClass());
        assertEquals(MINISTRY, r.best().sourceId());
        assertEquals("new difficulties and challenges", r.best().text());
    }

    @Test
    void liHaidongQuoteIsNotFound() {
        MatchResult r = matcher.match("The phone call serves as a reminder to the US side: we would not reject its "
                + "request for a visit, but it should come only when it is made with sincerity and true intentions "
                + "to improve bilateral relations", null);
        assertEquals(MatchClass.NOT_FOUND, r.matchClass());
        assertNull(r.best());
    }

    @Test
    void qinQuoteLocatesTheEmphasizingPassage() {
        MatchResult r = matcher.match("stressed that the United States should respect them, stop interfering in "
                + "China’s internal affairs, and stop undermining China’s sovereignty, security and development "
                + "interests in the name of competition,", MINISTRY);
        assertEquals(MatchClass.DEVIATES, r.matchClass());
        assertEquals(MINISTRY, r.best().sourceId());
        assertTrue(r.best().text().startsWith("emphasizing that the United States"), r.best().text());
        assertEquals(new Edit(EditType.REPLACE, "stressed", "emphasizing", null), r.edits().get(0));
    }

    @Test
    void quoteAttributedToThePostButFromTheReadoutIsFlagged() {
        MatchResult r = matcher.match("discussed the importance of maintaining open lines of communication", POST);
        assertEquals(MatchClass.EXACT, r.matchClass());
        assertEquals(STATE, r.best().sourceId());
        assertFalse(r.attributedSourceMatches());
    }
}
