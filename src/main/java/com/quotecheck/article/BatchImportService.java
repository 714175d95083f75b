package com.quotecheck.article;

import com.quotecheck.review.Quote;
import com.quotecheck.source.SourceIngestion;
import com.quotecheck.support.InputTooLargeException;
import com.quotecheck.support.RejectedInputException;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.IntConsumer;
import java.util.stream.Collectors;

/** Imports several articles at once, each in its own transaction, so one bad item does not stop the others. */
@ApplicationScoped
public class BatchImportService {

    /** The kind of the background job that imports files. */
    public static final String JOB_KIND = "article-import";

    /** A file of a batch: its name, declared type and bytes. */
    public record ArticleFile(String name, String contentType, byte[] bytes) {
    }

    private final ArticleService articles;
    private final SourceIngestion ingestion;
    private final Validator validator;

    BatchImportService(ArticleService articles, SourceIngestion ingestion, Validator validator) {
        this.articles = articles;
        this.ingestion = ingestion;
        this.validator = validator;
    }

    public List<ImportResult> importDrafts(List<ArticleDraft> drafts) {
        List<ImportResult> results = new ArrayList<>(drafts.size());
        for (int i = 0; i < drafts.size(); i++) {
            ArticleDraft draft = drafts.get(i);
            results.add(importOne(i, draft == null || draft.title() == null ? "item " + (i + 1) : draft.title(), draft));
        }
        return results;
    }

    /**
     * Reads each file (plain text, HTML, PDF or Word) for its title and main text, then imports it, telling
     * {@code progress} how many files are done after each one.
     */
    public List<ImportResult> importFiles(List<ArticleFile> files, IntConsumer progress) {
        List<ImportResult> results = new ArrayList<>(files.size());
        for (int i = 0; i < files.size(); i++) {
            ArticleFile file = files.get(i);
            try {
                SourceIngestion.Document document = ingestion.read(file.bytes(), file.contentType(), file.name());
                String title = document.extracted().title() != null ? document.extracted().title() : file.name();
                results.add(importOne(i, file.name(), new ArticleDraft(title, document.extracted().text(), null, null,
                        document.extracted().publishedOn())));
            } catch (RejectedInputException e) {
                results.add(ImportResult.refused(i, file.name(), 422, e.getMessage()));
            } catch (InputTooLargeException e) {
                results.add(ImportResult.refused(i, file.name(), 413, e.getMessage()));
            }
            progress.accept(i + 1);
        }
        return results;
    }

    private ImportResult importOne(int index, String name, ArticleDraft draft) {
        if (draft == null) {
            return ImportResult.refused(index, name, 400, "The item is empty.");
        }
        Set<ConstraintViolation<ArticleDraft>> violations = validator.validate(draft);
        if (!violations.isEmpty()) {
            return ImportResult.refused(index, name, 400, violations.stream().map(ConstraintViolation::getMessage)
                    .sorted().collect(Collectors.joining(" ")));
        }
        try {
            return QuarkusTransaction.requiringNew().call(() -> {
                Article article = articles.create(draft);
                return ImportResult.stored(index, name, article, (int) Quote.count("article", article));
            });
        } catch (InputTooLargeException e) {
            return ImportResult.refused(index, name, 413, e.getMessage());
        }
    }
}
