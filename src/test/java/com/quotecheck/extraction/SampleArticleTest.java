package com.quotecheck.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The commissioned sample article: every quote the hand check lists, with its speaker. */
class SampleArticleTest {

    /** The application's own copy of the sample (the one "Load the sample" uses). */
    private static final String SAMPLE = "/sample/article-blinken-beijing-2023-06-16.txt";

    private static List<ExtractedQuote> quotes;

    @BeforeAll
    static void extract() throws IOException {
        try (InputStream in = SampleArticleTest.class.getResourceAsStream(SAMPLE)) {
            quotes = new QuoteExtractor().extract(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
    }

    private static ExtractedQuote quote(QuoteKind kind, String startOfText) {
        return quotes.stream().filter(q -> q.kind() == kind && q.text().startsWith(startOfText)).findFirst()
                .orElseThrow(() -> new AssertionError("no " + kind + " starting " + startOfText));
    }

    @Test
    void findsEveryDirectQuoteWithItsFullSpeakerName() {
        assertEquals("Ryan Hass", quote(QuoteKind.DIRECT, "The trip is the initial stage").speakerName());
        assertEquals("Ryan Hass", quote(QuoteKind.DIRECT, "It’s going to be difficult").speakerName());
        assertEquals("Li Haidong", quote(QuoteKind.DIRECT, "The phone call serves").speakerName());
        assertEquals("Nathaniel Sher", quote(QuoteKind.DIRECT, "When the Chinese side says").speakerName());
        assertEquals("Zhu Feng", quote(QuoteKind.DIRECT, "Minister Qin has said").speakerName());
        assertEquals("Kurt Campbell", quote(QuoteKind.DIRECT, "After investing at home").speakerName());
        assertEquals("Kurt Campbell", quote(QuoteKind.DIRECT, "At the same time, there is nothing").speakerName());
        assertEquals("Mark Hannah", quote(QuoteKind.DIRECT, "[South Korea] was more likely").speakerName());
        assertEquals(11, quotes.stream().filter(q -> q.kind() == QuoteKind.DIRECT).count());
    }

    @Test
    void keepsTheSpeakersDescriptionAlsoWhereOnlyTheSurnameIsWritten() {
        assertTrue(quote(QuoteKind.DIRECT, "The trip is the initial stage").speakerDescription()
                .startsWith("a former National Security Council official"));
        assertTrue(quote(QuoteKind.DIRECT, "It’s going to be difficult").speakerDescription()
                .startsWith("a former National Security Council official"));
        assertEquals("a professor of international relations at Nanjing University",
                quote(QuoteKind.DIRECT, "For now, the most important thing").speakerDescription());
    }

    @Test
    void unclosedZhuQuoteEndsAtOppression() {
        ExtractedQuote q = quote(QuoteKind.DIRECT, "For now, the most important thing");
        assertTrue(q.text().endsWith("China’s current oppression."), q.text());
        assertEquals("Zhu", q.speaker());
        assertEquals("Zhu Feng", q.speakerName());
    }

    @Test
    void stateDepartmentQuoteIsTheDepartments() {
        ExtractedQuote q = quote(QuoteKind.DIRECT, "discussed the importance");
        assertEquals("the US State Department", q.speaker());
        assertEquals("said", q.cue());
    }

    @Test
    void chineseReportQuoteResolvesToTheForeignMinistry() {
        ExtractedQuote q = quote(QuoteKind.DIRECT, "stressed that the United States");
        assertEquals("the Chinese report", q.speaker());
        assertEquals("Foreign Ministry", q.speakerName());
        assertEquals("said", q.cue());
    }

    @Test
    void liHaidongSpokeToTheGlobalTimes() {
        assertEquals("Global Times", quote(QuoteKind.DIRECT, "The phone call serves").citedOutlet());
    }

    @Test
    void fragmentsAndScareQuotesArePartial() {
        assertEquals("Foreign Ministry", quote(QuoteKind.PARTIAL, "new difficulties and challenges").speakerName());
        quote(QuoteKind.PARTIAL, "sincerity");
        quote(QuoteKind.PARTIAL, "Bali consensus");
        quote(QuoteKind.PARTIAL, "consensus");
    }

    @Test
    void findsReportedSpeechAndSurveyFindings() {
        ExtractedQuote burden = quote(QuoteKind.INDIRECT, "the burden is on the US");
        assertEquals("Zhu Feng", burden.speakerName());
        assertEquals("says", burden.cue());
        assertEquals("Foreign Ministry", quote(QuoteKind.INDIRECT, "Qin addressed").speakerName());
        ExtractedQuote poll = quote(QuoteKind.INDIRECT, "90% of people are worried");
        assertEquals("Eurasia Group Foundation", poll.speakerName());
        assertEquals("found", poll.cue());
        ExtractedQuote survey = quote(QuoteKind.INDIRECT, "63% said they believe");
        assertEquals("European Council on Foreign Relations", survey.speakerName());
    }
}
