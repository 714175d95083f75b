package com.quotecheck.source.ingest.bench;

import com.quotecheck.source.ingest.DocumentTextExtractor;
import com.quotecheck.source.ingest.ExtractedText;
import com.quotecheck.source.ingest.FetchPolicy;
import com.quotecheck.source.ingest.FetchedDocument;
import com.quotecheck.source.ingest.UrlFetcher;
import com.sun.net.httpserver.HttpServer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** Cost of importing one source document: text extraction per format, and a fetch from a local server. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
public class IngestBench {

    private static final String SENTENCE = "The Minister said the talks with her counterpart were constructive and"
            + " that both governments would continue to work on the details of the agreement. ";

    private final DocumentTextExtractor extractor = new DocumentTextExtractor();
    private byte[] html;
    private byte[] pdf;
    private byte[] docx;
    private HttpServer server;
    private UrlFetcher fetcher;
    private String url;

    @Setup(Level.Trial)
    public void setUp() throws IOException {
        html = page().getBytes(StandardCharsets.UTF_8);
        pdf = samplePdf();
        docx = sampleDocx();
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/page", exchange -> {
            exchange.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
            exchange.sendResponseHeaders(200, html.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(html);
            }
        });
        server.start();
        int port = server.getAddress().getPort();
        url = "http://127.0.0.1:" + port + "/page";
        FetchPolicy defaults = FetchPolicy.defaults();
        fetcher = new UrlFetcher(new FetchPolicy(defaults.connectTimeout(), Duration.ofSeconds(5), defaults.maxBytes(),
                defaults.maxRedirects(), Set.of("127.0.0.1:" + port), defaults.allowedContentTypes(),
                defaults.userAgent()), Clock.systemUTC());
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        server.stop(0);
    }

    @Benchmark
    public ExtractedText extractHtml() throws Exception {
        return extractor.extract(html, "text/html", null, null);
    }

    @Benchmark
    public ExtractedText extractPdf() throws Exception {
        return extractor.extract(pdf, "application/pdf", null, null);
    }

    @Benchmark
    public ExtractedText extractDocx() throws Exception {
        return extractor.extract(docx, null, null, "release.docx");
    }

    @Benchmark
    public FetchedDocument fetchLocal() throws Exception {
        return fetcher.fetch(url);
    }

    /** A news page of about 70 KB: 200 paragraphs of story inside navigation, teasers, scripts and a footer. */
    private static String page() {
        StringBuilder page = new StringBuilder("<html lang='en'><head><title>Readout</title><script>")
                .append("var x = 1;".repeat(500)).append("</script></head><body><nav>")
                .append("<a href='/'>Section</a> ".repeat(100)).append("</nav><main><article><h1>Readout</h1>");
        for (int i = 0; i < 200; i++) {
            page.append("<p>").append(i).append(". ").append(SENTENCE.repeat(2)).append("</p>");
        }
        return page.append("</article></main><aside>").append("<p>Related story</p>".repeat(50))
                .append("</aside><footer>Copyright</footer></body></html>").toString();
    }

    /** Ten pages of 40 lines each. */
    private static byte[] samplePdf() throws IOException {
        try (PDDocument document = new PDDocument()) {
            PDType1Font font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
            for (int p = 0; p < 10; p++) {
                PDPage page = new PDPage();
                document.addPage(page);
                try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                    content.setFont(font, 10);
                    for (int line = 0; line < 40; line++) {
                        content.beginText();
                        content.newLineAtOffset(50, 750 - line * 16 - (line / 5) * 20);
                        content.showText("Line " + line + " of the statement on the agreement between the governments.");
                        content.endText();
                    }
                }
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        }
    }

    /** 400 paragraphs. */
    private static byte[] sampleDocx() throws IOException {
        StringBuilder body = new StringBuilder("<w:document xmlns:w='http://schemas.openxmlformats.org/"
                + "wordprocessingml/2006/main'><w:body>");
        for (int i = 0; i < 400; i++) {
            body.append("<w:p><w:r><w:t>").append(SENTENCE).append("</w:t></w:r></w:p>");
        }
        body.append("</w:body></w:document>");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("word/document.xml"));
            zip.write(body.toString().getBytes(StandardCharsets.UTF_8));
        }
        return out.toByteArray();
    }
}
