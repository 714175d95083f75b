package com.quotecheck.export.format;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;

import static com.quotecheck.export.format.ExportFixtures.MISQUOTE;
import static com.quotecheck.export.format.ExportFixtures.ROWS;
import static com.quotecheck.export.format.ExportFixtures.UNVERIFIABLE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MarkdownExportTest {

    @Test
    void writesTheExpectedDocument() {
        assertEquals(ExportFixtures.expected("fixture.md"), ExportFixtures.exportText(ExportFormat.MARKDOWN, ROWS));
    }

    @Test
    void quotesEveryLineOfAMultiLineQuote() {
        String markdown = ExportFixtures.exportText(ExportFormat.MARKDOWN, List.of(MISQUOTE));
        assertTrue(markdown.contains("\n> Wir schaffen das – für Zürich.\n> And we will keep going.\n"), markdown);
    }

    @Test
    void showsSourceLinkRetrievalTimeAndChecksum() {
        String markdown = ExportFixtures.exportText(ExportFormat.MARKDOWN, List.of(MISQUOTE));
        assertTrue(markdown.contains("- **Source:** [Pressekonferenz in Zürich](https://gov.example/pk-2026-03-01), "
                + "Bundesregierung, published 2026-02-28, retrieved 2026-03-01T12:00:00Z, "
                + "SHA-256 9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08, "
                + "[stored copy](https://quotecheck.example.org/sources/3)\n"), markdown);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '¦', quoteCharacter = '"', value = {
            "[Click](javascript:alert(1)) ¦ \\[Click\\]\\(javascript:alert\\(1\\)\\)",
            "![img](http://x/y.png) ¦ \\!\\[img\\]\\(http://x/y.png\\)",
            "<img src=x onerror=alert(1)> ¦ \\<img src\\=x onerror\\=alert\\(1\\)\\>",
            "<http://evil.example> ¦ \\<http://evil.example\\>",
            "&lt;b&gt; ¦ \\&lt;b\\&gt;",
            "*bold* _em_ `code` ~~gone~~ ¦ \\*bold\\* \\_em\\_ \\`code\\` \\~\\~gone\\~\\~",
            "# heading ¦ \\# heading",
            "1. item ¦ 1\\. item",
            "2026) not a list either ¦ 2026\\) not a list either",
            "a | table ¦ a \\| table",
            "back\\slash ¦ back\\\\slash"})
    void escapesMarkdownSyntaxSoUserTextCannotBecomeLinksOrHtml(String text, String escaped) {
        assertEquals(escaped, MarkdownExportWriter.escape(text));
    }

    @Test
    void keepsEachLineOfUserTextInsideItsListItem() {
        assertEquals("first\\\n  \\- second\\\n  \\=\\=\\=", MarkdownExportWriter.escape("first\n- second\r\n==="));
    }

    @Test
    void linksOnlyWebAddresses() {
        assertEquals("[Site](https://example.org/a%20b%28c%29)", MarkdownExportWriter.link("Site", "https://example.org/a b(c)"));
        assertEquals("Site", MarkdownExportWriter.link("Site", "javascript:alert(1)"));
        assertEquals("Site", MarkdownExportWriter.link("Site", null));
        String markdown = ExportFixtures.exportText(ExportFormat.MARKDOWN, List.of(UNVERIFIABLE));
        assertTrue(markdown.contains("- **Article:** Rail strike, Evening Post"), markdown);
    }
}
