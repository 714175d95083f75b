package com.quotecheck.export.format;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.List;

import static com.quotecheck.export.format.ExportFixtures.MISQUOTE;
import static com.quotecheck.export.format.ExportFixtures.ROWS;
import static com.quotecheck.export.format.ExportFixtures.UNREVIEWED;
import static com.quotecheck.export.format.ExportFixtures.UNVERIFIABLE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AnnotationExportTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    @Test
    void writesTheExpectedDocument() {
        assertEquals(ExportFixtures.expected("fixture.annotations.jsonld"),
                ExportFixtures.exportText(ExportFormat.ANNOTATIONS, ROWS));
    }

    @Test
    void isAnAnnotationCollectionWhoseTotalCountsItsAnnotations() throws IOException {
        JsonNode collection = read(ROWS);
        assertEquals("http://www.w3.org/ns/anno.jsonld", collection.get("@context").textValue());
        assertEquals("AnnotationCollection", collection.get("type").textValue());
        assertTrue(collection.get("id").textValue().startsWith("https://quotecheck.example.org/"));
        assertEquals("AnnotationPage", collection.at("/first/type").textValue());
        assertEquals(ROWS.size(), collection.get("total").intValue());
        assertEquals(ROWS.size(), collection.at("/first/items").size());
        for (JsonNode annotation : collection.at("/first/items")) {
            assertEquals("Annotation", annotation.get("type").textValue());
            assertTrue(annotation.get("id").textValue().startsWith("https://quotecheck.example.org/quotes/"));
            assertTrue(annotation.get("target").size() >= 1);
        }
    }

    @Test
    void targetsTheQuoteInTheStoredArticleAndThePassageInTheStoredSource() throws IOException {
        JsonNode annotation = read(List.of(MISQUOTE)).at("/first/items/0");
        JsonNode article = annotation.at("/target/0");
        assertEquals("https://quotecheck.example.org/articles/7", article.at("/source/id").textValue());
        assertEquals("https://news.example/merkel?id=1&lang=de", article.at("/source/via").textValue());
        assertEquals("TextQuoteSelector", article.at("/selector/0/type").textValue());
        assertEquals(MISQUOTE.quote(), article.at("/selector/0/exact").textValue());
        assertEquals(MISQUOTE.quotePrefix(), article.at("/selector/0/prefix").textValue());
        assertEquals(MISQUOTE.quoteSuffix(), article.at("/selector/0/suffix").textValue());
        assertEquals("TextPositionSelector", article.at("/selector/1/type").textValue());
        assertEquals(120, article.at("/selector/1/start").intValue());
        assertEquals(175, article.at("/selector/1/end").intValue());

        JsonNode source = annotation.at("/target/1");
        assertEquals("https://quotecheck.example.org/sources/3", source.at("/source/id").textValue());
        assertEquals("https://gov.example/pk-2026-03-01", source.at("/source/via").textValue());
        assertEquals(MISQUOTE.passage(), source.at("/selector/0/exact").textValue());
        assertEquals(1040, source.at("/selector/1/start").intValue());
        assertEquals(1071, source.at("/selector/1/end").intValue());
    }

    @Test
    void bodyCarriesTheVerdictAndTheNoteAndTheReviewerIsTheCreator() throws IOException {
        JsonNode annotation = read(List.of(MISQUOTE)).at("/first/items/0");
        assertEquals("assessing", annotation.get("motivation").textValue());
        assertEquals("TextualBody", annotation.at("/body/0/type").textValue());
        assertEquals("assessing", annotation.at("/body/0/purpose").textValue());
        assertEquals("Misquoted", annotation.at("/body/0/value").textValue());
        assertEquals("commenting", annotation.at("/body/1/purpose").textValue());
        assertEquals(MISQUOTE.note(), annotation.at("/body/1/value").textValue());
        assertEquals("Ana Núñez", annotation.at("/creator/name").textValue());
    }

    @Test
    void anUnmatchedOrUnreviewedQuoteHasOnlyTheArticleTarget() throws IOException {
        JsonNode items = read(List.of(UNREVIEWED, UNVERIFIABLE)).at("/first/items");
        assertEquals(1, items.at("/0/target").size());
        assertEquals("highlighting", items.at("/0/motivation").textValue());
        assertTrue(items.at("/0/body").isMissingNode());
        assertEquals(1, items.at("/1/target").size());
        assertTrue(items.at("/1/target/0/source/via").isMissingNode(), "javascript: is not kept as an address");
    }

    private static JsonNode read(List<ExportRow> rows) throws IOException {
        return MAPPER.readTree(ExportFixtures.export(ExportFormat.ANNOTATIONS, rows));
    }
}
