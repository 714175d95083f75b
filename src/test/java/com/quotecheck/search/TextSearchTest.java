package com.quotecheck.search;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TextSearchTest {

    private final TextSearch search = new TextSearch();

    @AfterEach
    void close() throws IOException {
        search.close();
    }

    private void quote(long id, String text, String speaker, String verdict) {
        search.put(new SearchDocument(SearchHit.Kind.QUOTE, id, 0, text, "Article", speaker, verdict, "Daily", null,
                7L));
    }

    @Test
    void requiresEveryWordInTextTitleOrSpeaker() {
        quote(1, "Tariffs will rise next year", "Ann Lee", null);
        quote(2, "Tariffs will fall", "Bo Chen", null);
        search.refresh();
        assertEquals(List.of(1L), ids(search.search("tariffs rise", 10, 0, 0).quotes()));
        assertEquals(List.of(2L), ids(search.search("tariffs chen", 10, 0, 0).quotes()));
    }

    @Test
    void narrowsByFieldAndReplacesUpdatedDocuments() {
        quote(1, "Budget talks resume", "Ann Lee", "ACCURATE");
        search.refresh();
        assertTrue(search.search("budget verdict:misquoted", 10, 0, 0).quotes().isEmpty());
        quote(1, "Budget talks resume", "Ann Lee", "MISQUOTED");
        search.refresh();
        List<SearchHit> hits = search.search("budget verdict:misquoted", 10, 0, 0).quotes();
        assertEquals(List.of(1L), ids(hits));
        assertEquals(7L, hits.get(0).parentId());
        search.remove(SearchHit.Kind.QUOTE, 1);
        search.refresh();
        assertTrue(search.search("budget", 10, 0, 0).isEmpty());
    }

    @Test
    void searchesPhrasesAndSurvivesBrokenSyntax() {
        quote(1, "the red line was crossed", "Ann Lee", null);
        quote(2, "the line was red", "Ann Lee", null);
        search.refresh();
        assertEquals(List.of(1L), ids(search.search("\"red line\"", 10, 0, 0).quotes()));
        assertEquals(2, search.search("(red AND", 10, 0, 0).quotes().size());
        assertTrue(search.search("   ", 10, 0, 0).isEmpty());
    }

    private static List<Long> ids(List<SearchHit> hits) {
        return hits.stream().map(SearchHit::id).toList();
    }
}
