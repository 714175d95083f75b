package com.quotecheck.web;

import com.quotecheck.article.Article;
import com.quotecheck.article.ArticleDraft;
import com.quotecheck.article.ArticleService;
import com.quotecheck.article.BatchImportService;
import com.quotecheck.article.ImportResult;
import com.quotecheck.article.Reextraction;
import com.quotecheck.export.ExportFilter;
import com.quotecheck.export.ExportService;
import com.quotecheck.job.Job;
import com.quotecheck.job.JobService;
import com.quotecheck.review.Quote;
import com.quotecheck.review.QuoteDraft;
import com.quotecheck.review.ReviewService;
import com.quotecheck.security.Roles;
import com.quotecheck.source.SourceService;
import com.quotecheck.support.RejectedInputException;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;
import org.jboss.resteasy.reactive.RestResponse;
import org.jboss.resteasy.reactive.multipart.FileUpload;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Pages to add an article and to see its quotes. */
@Path("/articles")
@Produces(MediaType.TEXT_HTML)
public class ArticlePages {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance create(ArticleForm form, Map<String, String> errors);

        static native TemplateInstance show(ArticleView view);

        static native TemplateInstance report(ArticleView view, String generatedAt);

        static native TemplateInstance batch(List<ImportResult> results);
    }

    private final ArticleService articles;
    private final ReviewService review;
    private final SourceService sources;

    private final FormCheck forms;
    private final Clock clock;
    private final BatchImportService batch;
    private final JobService jobs;
    private final ExportService exports;

    ArticlePages(ArticleService articles, ReviewService review, SourceService sources, FormCheck forms, Clock clock,
                 BatchImportService batch, JobService jobs, ExportService exports) {
        this.exports = exports;
        this.batch = batch;
        this.jobs = jobs;
        this.articles = articles;
        this.review = review;
        this.sources = sources;
        this.forms = forms;
        this.clock = clock;
    }

    @GET
    @Path("/new")
    public TemplateInstance createForm() {
        return Templates.create(new ArticleForm(), Map.of());
    }

    @POST
    @RolesAllowed(Roles.EDITOR)
    public RestResponse<?> create(@BeanParam ArticleForm form) {
        Map<String, String> errors = new LinkedHashMap<>();
        ArticleDraft draft = form.toDraft(errors);
        forms.validate(draft, errors);
        if (!errors.isEmpty()) {
            return FormCheck.page(400, Templates.create(form, errors));
        }
        Article article = articles.create(draft);
        return RestResponse.seeOther(URI.create("/articles/" + article.id));
    }

    @GET
    @Path("/import")
    public TemplateInstance batchForm() {
        return Templates.batch(List.of());
    }

    /** Imports several files in the background and sends the user to the page that follows its progress. */
    @POST
    @Path("/import")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @RolesAllowed(Roles.EDITOR)
    public RestResponse<?> importFiles(@RestForm("files") List<FileUpload> files) throws IOException {
        List<BatchImportService.ArticleFile> read = new ArrayList<>();
        for (FileUpload file : files) {
            if (file.size() > 0) {
                read.add(new BatchImportService.ArticleFile(file.fileName(), file.contentType(),
                        Files.readAllBytes(file.uploadedFile())));
            }
        }
        if (read.isEmpty()) {
            return FormCheck.page(400, Templates.batch(List.of(new ImportResult(0, "", 400, null, null,
                    "Choose one or more files: plain text, HTML, PDF or Word."))));
        }
        long job = jobs.start(BatchImportService.JOB_KIND, read.size(), progress -> batch.importFiles(read, progress));
        return RestResponse.seeOther(URI.create("/jobs/" + job));
    }

    @GET
    @Path("/{id}")
    public TemplateInstance show(@RestPath long id, @RestQuery Long job) {
        return Templates.show(view(id, job == null ? null : reextractionNotice(id, job), new QuoteForm(), Map.of()));
    }

    /** A printable report of the article's quotes and their verdicts; shown reports are exports, so recorded. */
    @GET
    @Path("/{id}/report")
    @RolesAllowed(Roles.EDITOR)
    public TemplateInstance report(@RestPath long id) {
        ArticleView view = view(id, null, new QuoteForm(), Map.of());
        exports.record(ExportService.REPORT, ExportFilter.article(id));
        return Templates.report(view, TemplateExtensions.minutes(Instant.now(clock)));
    }

    @POST
    @Path("/{id}/quotes")
    @RolesAllowed({Roles.REVIEWER, Roles.EDITOR})
    public RestResponse<?> addQuote(@RestPath long id, @BeanParam QuoteForm form) {
        Map<String, String> errors = new LinkedHashMap<>();
        QuoteDraft draft = form.toDraft(errors);
        forms.validate(draft, errors);
        if (!errors.isEmpty()) {
            return FormCheck.page(400, Templates.show(view(id, null, form, errors)));
        }
        try {
            Quote quote = review.addQuote(id, draft);
            return RestResponse.seeOther(URI.create("/articles/" + id + "#quote-" + quote.id));
        } catch (RejectedInputException e) {
            return FormCheck.page(422, Templates.show(view(id, null, form, Map.of("text", e.getMessage()))));
        }
    }

    /** Runs extraction again in the background; the job's page comes back here with the outcome when it is done. */
    @POST
    @Path("/{id}/extract")
    @RolesAllowed(Roles.EDITOR)
    public RestResponse<Void> reextract(@RestPath long id) {
        articles.get(id); // an unknown article is a 404 now, not a failed job later
        long job = jobs.start(ArticleService.REEXTRACTION_JOB, id, ArticleService.REEXTRACTION_STEPS,
                progress -> articles.reextract(id, progress));
        return RestResponse.seeOther(URI.create("/jobs/" + job));
    }

    /** What the re-extraction job {@code jobId} did to this article, or null when it is no such job. */
    private String reextractionNotice(long articleId, long jobId) {
        Job job = Job.findById(jobId);
        Reextraction done = job == null || !ArticleService.REEXTRACTION_JOB.equals(job.kind) ? null
                : jobs.result(job, Reextraction.class);
        if (done == null || done.articleId() != articleId) {
            return null;
        }
        return "Extraction ran again and found " + quotes(done.found()) + ", " + done.added() + " of them new; kept "
                + quotes(done.kept()) + " you added, corrected or judged. Quotes with a passage in the source library: "
                + done.matched() + " of " + done.quotes() + ".";
    }

    private static String quotes(int count) {
        return count + (count == 1 ? " quote" : " quotes");
    }

    private ArticleView view(long id, String notice, QuoteForm form, Map<String, String> errors) {
        Article article = articles.get(id);
        List<Quote> quotes = review.quotesOf(id);
        return new ArticleView(article, TextSegment.split(article.text, quotes), quotes,
                review.latestVerdicts(quotes), sources.listByTitle(), notice, form, errors);
    }
}
