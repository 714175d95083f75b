package com.quotecheck.export.format;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.List;

import static com.quotecheck.export.format.ExportFixtures.FORMULA;
import static com.quotecheck.export.format.ExportFixtures.MISQUOTE;
import static com.quotecheck.export.format.ExportFixtures.ROWS;
import static com.quotecheck.export.format.ExportFixtures.UNREVIEWED;
import static com.quotecheck.export.format.ExportFixtures.UNVERIFIABLE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ClaimReviewExportTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    @Test
    void writesTheExpectedDocument() {
        assertEquals(ExportFixtures.expected("fixture.claimreview.jsonld"),
                ExportFixtures.exportText(ExportFormat.CLAIMREVIEW, ROWS));
    }

    @Test
    void everyReviewHasTheFieldsGoogleRequiresAndRecommends() throws IOException {
        JsonNode document = read(ROWS);
        assertEquals("https://schema.org", document.get("@context").textValue());
        for (JsonNode review : document.get("@graph")) {
            assertEquals("ClaimReview", review.get("@type").textValue());
            // Required by Google's fact-check rich results.
            assertTrue(review.get("claimReviewed").textValue().length() > 0);
            assertTrue(review.get("url").textValue().startsWith("https://quotecheck.example.org/quotes/"));
            assertEquals("Rating", review.at("/reviewRating/@type").textValue());
            assertTrue(review.at("/reviewRating/alternateName").textValue().length() > 0);
            // Recommended.
            assertEquals("Organization", review.at("/author/@type").textValue());
            assertEquals("Dagblad Fact Desk", review.at("/author/name").textValue());
            assertTrue(review.get("datePublished").textValue().matches("\\d{4}-\\d{2}-\\d{2}"));
            assertEquals("Claim", review.at("/itemReviewed/@type").textValue());
            assertEquals("NewsArticle", review.at("/itemReviewed/appearance/@type").textValue());
        }
    }

    @Test
    void linksTheReviewToTheQuoteTheSpeakerTheArticleAndTheSource() throws IOException {
        JsonNode review = read(List.of(MISQUOTE)).get("@graph").get(0);
        assertEquals("https://quotecheck.example.org/quotes/42", review.get("url").textValue());
        assertEquals(MISQUOTE.quote(), review.get("claimReviewed").textValue());
        assertEquals("2026-03-03", review.get("datePublished").textValue(), "the sign-off date");
        assertEquals("Person", review.at("/itemReviewed/author/@type").textValue());
        assertEquals("Angela Merkel", review.at("/itemReviewed/author/name").textValue());
        assertEquals("https://news.example/merkel?id=1&lang=de", review.at("/itemReviewed/appearance/url").textValue());
        assertEquals("Dagblad", review.at("/itemReviewed/appearance/publisher/name").textValue());
        assertEquals("https://gov.example/pk-2026-03-01", review.at("/itemReviewed/firstAppearance/url").textValue());
        assertEquals("Bundesregierung", review.at("/itemReviewed/firstAppearance/publisher/name").textValue());
    }

    @Test
    void ratesOnTheDocumentedScaleAndPublishesUnverifiableAsALabelOnly() throws IOException {
        JsonNode graph = read(List.of(MISQUOTE, FORMULA, UNVERIFIABLE)).get("@graph");
        assertEquals(1, graph.at("/0/reviewRating/ratingValue").intValue());
        assertEquals(5, graph.at("/1/reviewRating/ratingValue").intValue());
        assertEquals(5, graph.at("/1/reviewRating/bestRating").intValue());
        assertEquals(1, graph.at("/1/reviewRating/worstRating").intValue());
        assertEquals("Unverifiable", graph.at("/2/reviewRating/alternateName").textValue());
        assertTrue(graph.at("/2/reviewRating/ratingValue").isMissingNode());
    }

    @Test
    void skipsQuotesWithoutAVerdictBecauseAReviewNeedsARating() throws IOException {
        assertEquals(0, read(List.of(UNREVIEWED)).get("@graph").size());
    }

    @Test
    void leavesOutAddressesThatAreNotWebAddresses() throws IOException {
        JsonNode review = read(List.of(UNVERIFIABLE)).get("@graph").get(0);
        assertTrue(review.at("/itemReviewed/appearance/url").isMissingNode());
        assertEquals("Rail strike", review.at("/itemReviewed/appearance/headline").textValue());
    }

    private static JsonNode read(List<ExportRow> rows) throws IOException {
        return MAPPER.readTree(ExportFixtures.export(ExportFormat.CLAIMREVIEW, rows));
    }
}
