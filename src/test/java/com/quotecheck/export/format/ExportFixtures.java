package com.quotecheck.export.format;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** A small fixed set of rows that exercises what exports must survive: non-ASCII, line breaks, formulas, markup, nulls. */
final class ExportFixtures {

    static final ExportContext CONTEXT = new ExportContext("https://quotecheck.example.org/", "Dagblad Fact Desk",
            "https://dagblad.example", Instant.parse("2026-03-05T09:30:00Z"));

    /** Fully filled: a misquote matched to a source passage, with German text and a line break inside the quote. */
    static final ExportRow MISQUOTE = new ExportRow(
            42, "Wir schaffen das – für Zürich.\nAnd we will keep going.", "Merkel", "Angela Merkel", SpeakerType.PERSON,
            "said", "DIRECT",
            7, "Merkel in Zürich: „Wir schaffen das“", "Dagblad", "https://news.example/merkel?id=1&lang=de",
            LocalDate.of(2026, 3, 1),
            120, 175, "the chancellor told reporters: ", " She then left the podium.",
            "MISQUOTED", "The source says \"wir\", not \"we\"; see <b>minute 3</b>.",
            "Ana Núñez", Instant.parse("2026-03-02T10:15:30Z"), "VERIFIED", "Jens Ødegård", Instant.parse("2026-03-03T08:00:00Z"),
            3L, "Pressekonferenz in Zürich", "Bundesregierung", "https://gov.example/pk-2026-03-01", LocalDate.of(2026, 2, 28),
            Instant.parse("2026-03-01T12:00:00Z"), "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08",
            1040, 1071, "Wir schaffen das, für Zürich.", "Sie sagte: ", " Dann ging sie.", "DEVIATES");

    /** A formula and Markdown link smuggled into the quote and note; an organisation speaker; no source. */
    static final ExportRow FORMULA = new ExportRow(
            43, "=HYPERLINK(\"http://evil.example\",\"[Click](javascript:alert(1))\")", "ACME", "ACME Corp",
            SpeakerType.ORGANIZATION, "wrote", "PARTIAL",
            8, "Quarterly results", "Business Daily", "https://biz.example/q1", LocalDate.of(2026, 2, 14),
            10, 72, null, null,
            "ACCURATE", "-2 points @everyone\n# not a heading",
            "Bo Li", Instant.parse("2026-02-20T16:45:00Z"), "PROPOSED", null, null,
            null, null, null, null, null, null, null,
            null, null, null, null, null, "EXACT");

    /** Unreviewed and unattributed: every nullable field null, HTML and a list marker in the quote. */
    static final ExportRow UNREVIEWED = new ExportRow(
            44, "1. <script>alert('x')</script> & more", null, null, SpeakerType.UNKNOWN,
            null, "INDIRECT",
            9, null, null, null, null,
            0, 38, null, null,
            null, null,
            null, null, "UNREVIEWED", null, null,
            null, null, null, null, null, null, null,
            null, null, null, null, null, null);

    /** Unverifiable, with a source that was searched but yielded no passage, and an article address that is no web address. */
    static final ExportRow UNVERIFIABLE = new ExportRow(
            45, "We never agreed to that.", "a spokesperson", "Ministry of Transport", SpeakerType.ORGANIZATION,
            "told", "DIRECT",
            10, "Rail strike", "Evening Post", "javascript:alert(1)", LocalDate.of(2026, 1, 9),
            300, 324, "ministry ", " according to",
            "UNVERIFIABLE", null,
            "Ana Núñez", Instant.parse("2026-01-10T09:00:00Z"), "VERIFIED", "Jens Ødegård", null,
            5L, "Ministry statements 2026", null, "https://transport.example/statements", null,
            Instant.parse("2026-01-10T08:30:00Z"), "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855",
            null, null, null, null, null, "NOT_FOUND");

    static final List<ExportRow> ROWS = List.of(MISQUOTE, FORMULA, UNREVIEWED, UNVERIFIABLE);

    private ExportFixtures() {
    }

    static byte[] export(ExportFormat format, List<ExportRow> rows) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ExportWriter writer = ExportWriters.open(format, out, CONTEXT)) {
            for (ExportRow row : rows) {
                writer.write(row);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    static String exportText(ExportFormat format, List<ExportRow> rows) {
        return new String(export(format, rows), StandardCharsets.UTF_8);
    }

    /** The expected document, kept beside the tests so a reviewer reads the exact output a format produces. */
    static String expected(String name) {
        try (InputStream in = ExportFixtures.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
