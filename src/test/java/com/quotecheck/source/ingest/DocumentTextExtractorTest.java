package com.quotecheck.source.ingest;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DocumentTextExtractorTest {

    private final DocumentTextExtractor extractor = new DocumentTextExtractor();

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    @Nested
    class Html {

        private static final String READOUT = """
                <!DOCTYPE html>
                <html lang="en-GB">
                <head>
                <meta charset="utf-8">
                <title>Readout: Minister’s call | Ministry of Foreign Affairs</title>
                <meta property="og:title" content="Readout of the Foreign Minister&rsquo;s call with Minister Rivera">
                <meta property="article:published_time" content="2025-03-04T18:30:00+01:00">
                <style>body { font-family: sans-serif; }</style>
                <script>window.dataLayer = []; function track() { return "tracking code"; }</script>
                <script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2025-03-01"}</script>
                </head>
                <body class="page has-sidebar">
                <a class="skip-link" href="#content">Skip to content</a>
                <div id="cookie-banner" class="cookie-consent"><p>We use cookies to improve your experience.</p>
                <button>Accept all</button></div>
                <header class="site-header"><div class="logo">Ministry of Foreign Affairs</div>
                <nav><ul><li><a href="/">Home</a></li><li><a href="/news">News</a></li></ul></nav></header>
                <div class="layout">
                <main id="content">
                <nav class="breadcrumbs"><a href="/">Home</a> › <a href="/news">News</a></nav>
                <article class="news-article">
                <header><p class="byline">Press office</p><time datetime="2025-03-04">4 March 2025</time></header>
                <h1>Readout of the Foreign Minister’s call with Minister Rivera</h1>
                <div class="share-buttons"><a href="#">Share on X</a> <a href="#">Share on Facebook</a></div>
                <p>The Foreign Minister spoke today with Minister Rivera about the
                   situation in the region.</p>
                <p>&ldquo;We will not accept any change to the borders by force,&rdquo; the Minister said.
                Both sides agreed&nbsp;to meet again in April &amp; to keep talking.</p>
                <h2>Next steps</h2>
                <ul><li>A joint working group on trade.</li><li>Consultations on <em>visa</em> rules.</li></ul>
                <p>Ends.<br>Press office, 4 March 2025</p>
                </article>
                </main>
                <aside class="related"><h3>Related</h3><p>Minister visits the capital</p></aside>
                </div>
                <footer><p>© Ministry of Foreign Affairs</p><form><input name="email"><button>Subscribe</button></form></footer>
                <script>document.querySelector('.cookie-consent').remove();</script>
                </body></html>
                """;

        @Test
        void keepsTheArticleAndDropsSiteFurniture() throws Exception {
            ExtractedText extracted = extractor.extract(utf8(READOUT), "text/html; charset=utf-8", null, null);
            assertEquals("""
                    Readout of the Foreign Minister’s call with Minister Rivera

                    The Foreign Minister spoke today with Minister Rivera about the situation in the region.

                    “We will not accept any change to the borders by force,” the Minister said. Both sides agreed to \
                    meet again in April & to keep talking.

                    Next steps

                    A joint working group on trade.

                    Consultations on visa rules.

                    Ends.
                    Press office, 4 March 2025""", extracted.text());
        }

        @Test
        void readsTitleLanguageAndDateFromTheMetadata() throws Exception {
            ExtractedText extracted = extractor.extract(utf8(READOUT), "text/html", null, null);
            assertEquals("Readout of the Foreign Minister’s call with Minister Rivera", extracted.title());
            assertEquals("en", extracted.language());
            assertEquals(LocalDate.of(2025, 3, 4), extracted.publishedOn());
        }

        @Test
        void findsTheDensestBlockWhenThePageHasNoArticleOrMain() throws Exception {
            String page = """
                    <html><head><title>Statement by the spokesperson</title></head><body>
                    <div class="top"><a href="/">Home</a> <a href="/press">Press</a> <a href="/contact">Contact</a></div>
                    <div class="col-left"><p>Quick links</p></div>
                    <div class="col-main">
                      <div class="text"><p>The spokesperson made the following statement on Tuesday.</p>
                      <p>"The talks were constructive and will continue next week," she said.</p>
                      <p>No further comment was given.</p></div>
                    </div>
                    <div class="bottom"><p>Copyright 2025</p></div>
                    </body></html>
                    """;
            ExtractedText extracted = extractor.extract(utf8(page), "text/html", null, null);
            assertEquals("""
                    The spokesperson made the following statement on Tuesday.

                    "The talks were constructive and will continue next week," she said.

                    No further comment was given.""", extracted.text());
            assertEquals("Statement by the spokesperson", extracted.title());
            assertNull(extracted.language());
            assertNull(extracted.publishedOn());
        }

        @Test
        void fallsBackToTimeElementThenJsonLdForTheDate() throws Exception {
            String withTime = "<article><time datetime='2024-11-30T09:00'>30 Nov</time><p>Text.</p></article>";
            String withJsonLd = "<script type='application/ld+json'>{\"datePublished\": \"2024-12-01T08:00:00Z\"}</script>"
                    + "<p>Text.</p>";
            assertEquals(LocalDate.of(2024, 11, 30), extractor.extract(utf8(withTime), "text/html", null, null).publishedOn());
            assertEquals(LocalDate.of(2024, 12, 1), extractor.extract(utf8(withJsonLd), "text/html", null, null).publishedOn());
        }

        @Test
        void takesTheTitleFromTheFirstHeadingWhenThereIsNoTitleElement() throws Exception {
            String page = "<body><h1>Joint communiqué</h1><p>Both parties agree.</p></body>";
            assertEquals("Joint communiqué", extractor.extract(utf8(page), "text/html", null, null).title());
        }

        @Test
        void decodesWithTheDeclaredCharsetOrTheMetaTag() throws Exception {
            byte[] latin = "<html><head><meta charset=windows-1252></head><body><p>Caf\u00e9 \u201cnoir\u201d</p></body></html>"
                    .getBytes(Charset.forName("windows-1252"));
            assertEquals("Café “noir”", extractor.extract(latin, "text/html", null, null).text());
            byte[] declared = "<p>Gr\u00fc\u00dfe</p>".getBytes(StandardCharsets.ISO_8859_1);
            assertEquals("Grüße", extractor.extract(declared, "text/html; charset=ISO-8859-1", null, null).text());
        }
    }

    @Nested
    class PlainText {

        @Test
        void normalizesNewlines() throws Exception {
            ExtractedText extracted = extractor.extract(utf8("One\r\nTwo\rThree\n"), "text/plain", StandardCharsets.UTF_8, null);
            assertEquals("One\nTwo\nThree\n", extracted.text());
            assertNull(extracted.title());
        }

        @Test
        void honoursTheDeclaredCharset() throws Exception {
            byte[] latin = "Déclaration".getBytes(StandardCharsets.ISO_8859_1);
            assertEquals("Déclaration", extractor.extract(latin, "text/plain; charset=iso-8859-1", null, null).text());
        }

        @Test
        void letsAByteOrderMarkDecide() throws Exception {
            byte[] utf16 = "\uFEFFЗаявление".getBytes(StandardCharsets.UTF_16LE);
            assertEquals("Заявление", extractor.extract(utf16, "text/plain", null, null).text());
            byte[] utf8Bom = utf8("\uFEFF声明");
            assertEquals("声明", extractor.extract(utf8Bom, "text/plain", StandardCharsets.ISO_8859_1, null).text());
        }

        @Test
        void readsUtf8WhenNothingIsDeclared() throws Exception {
            assertEquals("Grüße “aus” Berlin", extractor.extract(utf8("Grüße “aus” Berlin"), "text/plain", null, null).text());
        }

        @Test
        void fallsBackToWindows1252WhenTheBytesAreNotUtf8() throws Exception {
            byte[] windows = {'C', 'a', 'f', (byte) 0xE9, ' ', (byte) 0x93, 'o', 'k', (byte) 0x94};
            assertEquals("Café “ok”", extractor.extract(windows, "text/plain", null, null).text());
        }
    }

    @Nested
    class Pdf {

        @Test
        void readsParagraphsTitleAndLanguage() throws Exception {
            byte[] pdf = pdf(null, "en-US");
            ExtractedText extracted = extractor.extract(pdf, "application/pdf", null, "statement.pdf");
            assertEquals("""
                    The Minister said the agreement was a first step.

                    "We will continue to talk," she said, and the talks will resume in May.""", extracted.text());
            assertEquals("Statement on the agreement", extracted.title());
            assertEquals("en", extracted.language());
        }

        @Test
        void opensFilesThatOnlyRestrictEditing() throws Exception {
            assertTrue(extractor.extract(pdf(new StandardProtectionPolicy("owner-secret", "", new AccessPermission()), null),
                    "application/pdf", null, null).text().contains("first step"));
        }

        @Test
        void refusesPasswordProtectedFiles() {
            UnsupportedDocumentException refused = assertThrows(UnsupportedDocumentException.class, () -> extractor.extract(
                    pdf(new StandardProtectionPolicy("owner-secret", "user-secret", new AccessPermission()), null),
                    "application/pdf", null, null));
            assertTrue(refused.getMessage().contains("password-protected"), refused.getMessage());
        }

        @Test
        void refusesDamagedFiles() {
            UnsupportedDocumentException refused = assertThrows(UnsupportedDocumentException.class,
                    () -> extractor.extract(utf8("%PDF-1.7\nnot really a pdf"), "application/pdf", null, null));
            assertTrue(refused.getMessage().contains("damaged"), refused.getMessage());
        }

        @Test
        void explainsThatScansNeedTextRecognition() throws Exception {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            try (PDDocument document = new PDDocument()) {
                document.addPage(new PDPage());
                document.save(out);
            }
            UnsupportedDocumentException refused = assertThrows(UnsupportedDocumentException.class,
                    () -> extractor.extract(out.toByteArray(), "application/pdf", null, null));
            assertTrue(refused.getMessage().contains("OCR"), refused.getMessage());
        }

        private static byte[] pdf(StandardProtectionPolicy protection, String language) throws IOException {
            try (PDDocument document = new PDDocument()) {
                PDPage page = new PDPage();
                document.addPage(page);
                try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                    content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
                    line(content, 72, 700, "The Minister said the agreement was");
                    line(content, 72, 686, "a first step.");
                    line(content, 72, 640, "\"We will continue to talk,\" she said, and the talks");
                    line(content, 72, 626, "will resume in May.");
                }
                document.getDocumentInformation().setTitle("Statement on the agreement");
                document.getDocumentCatalog().setLanguage(language);
                if (protection != null) {
                    document.protect(protection);
                }
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                document.save(out);
                return out.toByteArray();
            }
        }

        private static void line(PDPageContentStream content, float x, float y, String text) throws IOException {
            content.beginText();
            content.newLineAtOffset(x, y);
            content.showText(text);
            content.endText();
        }
    }

    @Nested
    class Docx {

        private static final String W = "xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"";

        private static final String BODY = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
                + "<w:document " + W + "><w:body>"
                + "<w:p><w:r><w:t>Press release</w:t></w:r></w:p>"
                + "<w:p><w:r><w:t xml:space=\"preserve\">The Minister said: </w:t></w:r>"
                + "<w:r><w:t>“We stand by our partners.”</w:t></w:r><w:del><w:r><w:delText>withdrawn words</w:delText></w:r></w:del></w:p>"
                + "<w:p/>"
                + "<w:p><w:r><w:t>Contact:</w:t><w:tab/><w:t>press office</w:t><w:br/><w:t>Room 12</w:t></w:r></w:p>"
                + "</w:body></w:document>";

        private static final String CORE = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                + "<cp:coreProperties xmlns:cp=\"http://schemas.openxmlformats.org/package/2006/metadata/core-properties\""
                + " xmlns:dc=\"http://purl.org/dc/elements/1.1/\"><dc:title>Press release 14/2025</dc:title>"
                + "<dc:language>fr-FR</dc:language></cp:coreProperties>";

        @Test
        void readsParagraphsRunsAndCoreProperties() throws Exception {
            ExtractedText extracted = extractor.extract(docx(Map.of("word/document.xml", utf8(BODY),
                    "docProps/core.xml", utf8(CORE))), DocumentTextExtractor.DOCX, null, "release.docx");
            assertEquals("""
                    Press release

                    The Minister said: “We stand by our partners.”

                    Contact: press office
                    Room 12""", extracted.text());
            assertEquals("Press release 14/2025", extracted.title());
            assertEquals("fr", extracted.language());
        }

        @Test
        void recognisesAWordFileUploadedWithoutAUsefulType() throws Exception {
            byte[] file = docx(Map.of("word/document.xml", utf8(BODY)));
            assertTrue(extractor.extract(file, "application/octet-stream", null, "Release.DOCX").text().startsWith("Press release"));
        }

        @Test
        void refusesAZipBomb() throws Exception {
            Map<String, byte[]> parts = new LinkedHashMap<>();
            parts.put("word/media/padding.bin", new byte[(int) DocxTextExtractor.MAX_UNPACKED_BYTES + 1]);
            parts.put("word/document.xml", utf8(BODY));
            UnsupportedDocumentException refused = assertThrows(UnsupportedDocumentException.class,
                    () -> extractor.extract(docx(parts), DocumentTextExtractor.DOCX, null, null));
            assertTrue(refused.getMessage().contains("unpacks to more than"), refused.getMessage());
        }

        @Test
        void neverResolvesExternalEntities(@TempDir Path dir) throws Exception {
            Path secret = Files.writeString(dir.resolve("secret.txt"), "TOP-SECRET-VALUE");
            String xxe = "<?xml version=\"1.0\"?><!DOCTYPE d [<!ENTITY xxe SYSTEM \"" + secret.toUri() + "\">]>"
                    + "<w:document " + W + "><w:body><w:p><w:r><w:t>Leak: &xxe;</w:t></w:r></w:p></w:body></w:document>";
            byte[] file = docx(Map.of("word/document.xml", utf8(xxe)));
            UnsupportedDocumentException refused = assertThrows(UnsupportedDocumentException.class,
                    () -> extractor.extract(file, DocumentTextExtractor.DOCX, null, null));
            assertFalse(refused.getMessage().contains("TOP-SECRET"), refused.getMessage());
        }

        @Test
        void refusesAZipThatIsNotAWordDocument() throws Exception {
            UnsupportedDocumentException refused = assertThrows(UnsupportedDocumentException.class,
                    () -> extractor.extract(docx(Map.of("hello.txt", utf8("hi"))), null, null, "archive.zip"));
            assertTrue(refused.getMessage().contains("not a Word .docx"), refused.getMessage());
        }

        private static byte[] docx(Map<String, byte[]> parts) throws IOException {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            try (ZipOutputStream zip = new ZipOutputStream(out)) {
                zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
                zip.write(utf8("<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"/>"));
                for (Map.Entry<String, byte[]> part : parts.entrySet()) {
                    zip.putNextEntry(new ZipEntry(part.getKey()));
                    zip.write(part.getValue());
                }
            }
            return out.toByteArray();
        }
    }

    @Nested
    class Types {

        @Test
        void namesTheTypeItCannotImport() {
            UnsupportedDocumentException refused = assertThrows(UnsupportedDocumentException.class,
                    () -> extractor.extract(new byte[] {1, 2, 3}, "image/png", null, "chart.png"));
            assertTrue(refused.getMessage().contains("image/png"), refused.getMessage());
        }

        @Test
        void pointsOldWordFilesToDocxOrPdf() {
            UnsupportedDocumentException refused = assertThrows(UnsupportedDocumentException.class,
                    () -> extractor.extract(new byte[] {(byte) 0xD0, (byte) 0xCF}, null, null, "speech.doc"));
            assertTrue(refused.getMessage().contains(".docx"), refused.getMessage());
        }

        @Test
        void recognisesPdfBytesWhateverTheName() throws Exception {
            UnsupportedDocumentException damaged = assertThrows(UnsupportedDocumentException.class,
                    () -> extractor.extract(utf8("%PDF-1.4 broken"), "application/octet-stream", null, "upload.bin"));
            assertTrue(damaged.getMessage().contains("PDF"), damaged.getMessage());
        }

        @Test
        void refusesDocumentsWithoutText() {
            assertThrows(UnsupportedDocumentException.class,
                    () -> extractor.extract(utf8("<html><body><nav>Home</nav></body></html>"), "text/html", null, null));
        }
    }
}
