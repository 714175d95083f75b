package com.quotecheck.export.format;

import org.commonmark.node.BlockQuote;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static com.quotecheck.export.format.ExportFixtures.MISQUOTE;
import static com.quotecheck.export.format.ExportFixtures.ROWS;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/** Renders the Markdown export with a CommonMark parser, as a CMS would, and checks what readers get. */
class MarkdownRenderingTest {

    private static final Parser PARSER = Parser.builder().build();

    @Test
    void rendersOnlyTheLinksQuoteCheckWrites() {
        Node document = render(ROWS);
        List<String> links = new ArrayList<>();
        walk(document, node -> {
            if (node instanceof Link link) {
                links.add(link.getDestination());
            }
        });
        assertEquals(List.of("https://dagblad.example",
                "https://quotecheck.example.org/quotes/42", "https://news.example/merkel?id=1&lang=de",
                "https://quotecheck.example.org/articles/7", "https://gov.example/pk-2026-03-01",
                "https://quotecheck.example.org/sources/3",
                "https://quotecheck.example.org/quotes/43", "https://biz.example/q1", "https://quotecheck.example.org/articles/8",
                "https://quotecheck.example.org/quotes/44", "https://quotecheck.example.org/articles/9",
                "https://quotecheck.example.org/quotes/45", "https://quotecheck.example.org/articles/10",
                "https://transport.example/statements", "https://quotecheck.example.org/sources/5"), links);
        String html = HtmlRenderer.builder().build().render(document);
        assertFalse(html.contains("<script"), html);
        assertFalse(html.contains("<b>"), html);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "[Click](javascript:alert(1))", "![x](https://evil.example/p.png)", "<img src=x onerror=alert(1)>",
            "<https://evil.example>", "[a]: https://evil.example\n[a]", "&lt;b&gt; &#60;script&#62;",
            "# Heading\n## Another", "1. one\n2) two", "- item\n* item\n+ item", "> nested",
            "```\ncode\n```", "    indented code", "Setext\n===", "Setext\n---", "*em* **strong** _em_ `code` ~~del~~",
            "a | b\n--|--\nc | d", "<div>\n\nblock\n\n</div>", "line\\\nbreak", "trailing two spaces  \nnext",
            "<!-- comment -->", "Wir schaffen das – für Zürich."})
    void userTextRendersAsItselfWithNoMarkupOfItsOwn(String text) {
        // The same lines with letters only: blank lines may still split paragraphs, but nothing else may differ.
        ExportRow benign = withText(MISQUOTE, text.replaceAll("\\S", "x"));
        ExportRow hostile = withText(MISQUOTE, text);
        assertEquals(structure(render(List.of(benign))), structure(render(List.of(hostile))));
        assertEquals(text.lines().map(String::strip).filter(l -> !l.isEmpty()).toList(),
                quoteText(render(List.of(hostile))).lines().toList());
    }

    /** The same row with the text as quote, note, speaker, cue and titles. */
    private static ExportRow withText(ExportRow r, String text) {
        return new ExportRow(r.quoteId(), text, text, text, r.speakerType(), text, r.kind(), r.articleId(), text,
                text, r.articleUrl(), r.articlePublishedOn(), r.quoteStart(), r.quoteEnd(), r.quotePrefix(),
                r.quoteSuffix(), r.verdict(), text, text, r.reviewedAt(), r.status(), text, r.signedOffAt(), r.sourceId(),
                text, text, r.sourceUrl(), r.sourcePublishedOn(), r.sourceRetrievedAt(), r.sourceSha256(),
                r.passageStart(), r.passageEnd(), text, r.passagePrefix(), r.passageSuffix(), r.matchClass());
    }

    private static Node render(List<ExportRow> rows) {
        return PARSER.parse(ExportFixtures.exportText(ExportFormat.MARKDOWN, rows));
    }

    /** How many nodes of each kind the document has, ignoring text and line breaks. */
    private static Map<String, Integer> structure(Node document) {
        Map<String, Integer> counts = new TreeMap<>();
        walk(document, node -> {
            if (!(node instanceof Text || node instanceof SoftLineBreak || node instanceof HardLineBreak)) {
                counts.merge(node.getClass().getSimpleName(), 1, Integer::sum);
            }
        });
        return counts;
    }

    private static String quoteText(Node document) {
        StringBuilder text = new StringBuilder();
        walk(document, node -> {
            if (node instanceof BlockQuote quote) {
                walk(quote, inner -> {
                    if (inner instanceof Text t) {
                        text.append(t.getLiteral());
                    } else if (inner instanceof SoftLineBreak || inner instanceof Paragraph && !text.isEmpty()) {
                        text.append('\n');
                    }
                });
            }
        });
        return text.toString();
    }

    private static void walk(Node node, java.util.function.Consumer<Node> visitor) {
        visitor.accept(node);
        for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
            walk(child, visitor);
        }
    }
}
