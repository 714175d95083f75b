package com.quotecheck.web;

import com.quotecheck.article.BatchImportService;
import com.quotecheck.article.ImportResult;
import com.quotecheck.job.Job;
import com.quotecheck.job.JobService;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.jboss.resteasy.reactive.RestPath;

import java.util.List;

/** The progress page of a background job; it reloads itself until the job is done, then shows the results. */
@Path("/jobs/{id}")
@Produces(MediaType.TEXT_HTML)
public class JobPages {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance show(Job job, List<ImportResult> results);
    }

    private final JobService jobs;

    JobPages(JobService jobs) {
        this.jobs = jobs;
    }

    @GET
    public TemplateInstance show(@RestPath long id) {
        Job job = jobs.get(id);
        ImportResult[] results = BatchImportService.JOB_KIND.equals(job.kind) ? jobs.result(job, ImportResult[].class)
                : null;
        return Templates.show(job, results == null ? List.of() : List.of(results));
    }
}
