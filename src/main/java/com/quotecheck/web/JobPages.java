package com.quotecheck.web;

import com.quotecheck.article.Article;
import com.quotecheck.article.ArticleService;
import com.quotecheck.article.BatchImportService;
import com.quotecheck.article.ImportResult;
import com.quotecheck.article.Reextraction;
import com.quotecheck.job.Job;
import com.quotecheck.job.JobService;
import com.quotecheck.source.SourceService;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestResponse;

import java.net.URI;
import java.util.List;

/**
 * The progress page of a background job; it reloads itself until the job is done, then shows the results or, where
 * the job made something to look at (a fetched source, an article extracted again), sends the user there.
 */
@Path("/jobs/{id}")
@Produces(MediaType.TEXT_HTML)
public class JobPages {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance articleImport(Job job, List<ImportResult> results);

        static native TemplateInstance sourceFetch(Job job, String url, String refusal);

        static native TemplateInstance reextraction(Job job, Article article);
    }

    private final JobService jobs;
    private final ArticleService articles;

    JobPages(JobService jobs, ArticleService articles) {
        this.jobs = jobs;
        this.articles = articles;
    }

    @GET
    public RestResponse<?> show(@RestPath long id) {
        Job job = jobs.get(id);
        return switch (job.kind) {
            case SourceService.FETCH_JOB -> sourceFetch(job);
            case ArticleService.REEXTRACTION_JOB -> reextraction(job);
            case BatchImportService.JOB_KIND -> articleImport(job);
            default -> throw new IllegalStateException("Job " + id + " is of a kind without a page: " + job.kind);
        };
    }

    private RestResponse<?> articleImport(Job job) {
        ImportResult[] results = jobs.result(job, ImportResult[].class);
        return RestResponse.ok(Templates.articleImport(job, results == null ? List.of() : List.of(results)));
    }

    private RestResponse<?> sourceFetch(Job job) {
        SourceService.FetchOutcome outcome = jobs.result(job, SourceService.FetchOutcome.class);
        if (outcome != null && outcome.sourceId() != null) {
            return RestResponse.seeOther(URI.create("/sources/" + outcome.sourceId()));
        }
        return RestResponse.ok(Templates.sourceFetch(job, jobs.input(job, String.class),
                outcome == null ? null : outcome.refusal()));
    }

    private RestResponse<?> reextraction(Job job) {
        Reextraction done = jobs.result(job, Reextraction.class);
        if (done != null) {
            return RestResponse.seeOther(URI.create("/articles/" + done.articleId() + "?job=" + job.id));
        }
        return RestResponse.ok(Templates.reextraction(job, articles.get(jobs.input(job, Long.class))));
    }
}
