package com.quotecheck.sample;

import com.quotecheck.article.Article;
import com.quotecheck.article.ArticleDraft;
import com.quotecheck.article.ArticleService;
import com.quotecheck.review.Quote;
import com.quotecheck.source.SourceDocument;
import com.quotecheck.source.SourceDraft;
import com.quotecheck.source.SourceKind;
import com.quotecheck.source.SourceService;
import com.quotecheck.support.Hashing;
import com.quotecheck.support.TextInput;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;

/** Loads the commissioned sample article and its sources, so a new user sees QuoteCheck at work in one click. */
@ApplicationScoped
public class SampleService {

    private static final String FOLDER = "sample/";
    private static final String ATTRIBUTION = "attribution.";

    private final ArticleService articles;
    private final SourceService sources;

    SampleService(ArticleService articles, SourceService sources) {
        this.articles = articles;
        this.sources = sources;
    }

    /** Loads the sample unless it is already there; either way returns the sample article. */
    @Transactional
    public Article load() {
        Properties manifest = new Properties();
        try (Reader reader = new InputStreamReader(read("sample.properties"), StandardCharsets.UTF_8)) {
            manifest.load(reader);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String title = manifest.getProperty("article.title");
        Article existing = Article.find("title", title).firstResult();
        if (existing != null) {
            return existing;
        }
        Map<String, SourceDocument> byFile = new HashMap<>();
        for (String file : manifest.getProperty("sources").split(",")) {
            byFile.put(file, loadSource(file, SourceKind.valueOf(manifest.getProperty("source." + file + ".kind"))));
        }
        Article article = articles.create(new ArticleDraft(title, readText(manifest.getProperty("article.file")),
                null, null, LocalDate.parse(manifest.getProperty("article.published-on"))));
        for (Quote quote : Quote.listFor(article)) {
            for (String key : manifest.stringPropertyNames()) {
                if (key.startsWith(ATTRIBUTION) && quote.text.startsWith(key.substring(ATTRIBUTION.length()))) {
                    quote.source = byFile.get(manifest.getProperty(key));
                }
            }
        }
        return article;
    }

    private SourceDocument loadSource(String file, SourceKind kind) {
        String content = TextInput.normalizeNewlines(readText(file));
        int bodyStart = content.indexOf("\n\n");
        Map<String, String> header = new HashMap<>();
        for (String line : content.substring(0, bodyStart).split("\n")) {
            int colon = line.indexOf(':');
            header.put(line.substring(0, colon).strip(), line.substring(colon + 1).strip());
        }
        String text = content.substring(bodyStart + 2).strip();
        SourceDocument existing = SourceDocument.find("sha256", Hashing.sha256(text)).firstResult();
        if (existing != null) {
            return existing;
        }
        String language = header.getOrDefault("Language", "en").split("\\s")[0];
        return sources.create(new SourceDraft(header.get("Title"), header.get("Publisher"), text, kind, null,
                LocalDate.parse(header.get("Date")), language, header.get("Speaker")));
    }

    private static String readText(String file) {
        try (InputStream in = read(file)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static InputStream read(String file) {
        InputStream in = SampleService.class.getClassLoader().getResourceAsStream(FOLDER + file);
        if (in == null) {
            throw new IllegalStateException("The sample file " + file + " is missing from the application");
        }
        return in;
    }
}
