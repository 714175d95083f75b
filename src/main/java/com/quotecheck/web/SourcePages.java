package com.quotecheck.web;

import com.quotecheck.job.JobService;
import com.quotecheck.review.Quote;
import com.quotecheck.security.Roles;
import com.quotecheck.source.SourceDetails;
import com.quotecheck.source.SourceDocument;
import com.quotecheck.source.SourceDraft;
import com.quotecheck.source.SourceKind;
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
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;
import org.jboss.resteasy.reactive.RestResponse;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Pages of the source library. */
@Path("/sources")
@Produces(MediaType.TEXT_HTML)
public class SourcePages {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance list(List<SourceDocument> sources);

        static native TemplateInstance create(SourceForm form, Map<String, String> errors, SourceKind[] kinds,
                                              String mode);

        static native TemplateInstance show(SourceDocument source, Excerpt passage, List<Quote> quotes,
                                            SourceDocument newerVersion);
    }

    private final SourceService sources;

    private final FormCheck forms;
    private final JobService jobs;

    SourcePages(SourceService sources, FormCheck forms, JobService jobs) {
        this.sources = sources;
        this.forms = forms;
        this.jobs = jobs;
    }

    @GET
    public TemplateInstance list() {
        return Templates.list(sources.listNewestFirst());
    }

    /** The form; {@code url} fills in the fetch form, as the link back from a refused fetch does. */
    @GET
    @Path("/new")
    public TemplateInstance createForm(@RestQuery String url) {
        SourceForm form = new SourceForm();
        form.url = url;
        return Templates.create(form, Map.of(), SourceKind.values(), url == null ? "paste" : "url");
    }

    @POST
    @RolesAllowed(Roles.EDITOR)
    public RestResponse<?> create(@BeanParam SourceForm form) {
        Map<String, String> errors = new LinkedHashMap<>();
        SourceDraft draft = form.toDraft(errors);
        forms.validate(draft, errors);
        if (!errors.isEmpty()) {
            return FormCheck.page(400, Templates.create(form, errors, SourceKind.values(), "paste"));
        }
        SourceDocument source = sources.create(draft);
        return RestResponse.seeOther(URI.create("/sources/" + source.id));
    }

    /** Fetches in the background and sends the user to the page that follows the fetch. */
    @POST
    @Path("/fetch")
    @RolesAllowed(Roles.EDITOR)
    public RestResponse<?> fetch(@BeanParam SourceForm form) {
        Map<String, String> errors = new LinkedHashMap<>();
        SourceDetails details = form.toDetails(errors);
        forms.validate(details, errors);
        if (form.url == null || form.url.isBlank()) {
            errors.put("url", "Enter the address to fetch.");
        }
        if (!errors.isEmpty()) {
            return FormCheck.page(400, Templates.create(form, errors, SourceKind.values(), "url"));
        }
        String url = form.url.strip();
        long job = jobs.start(SourceService.FETCH_JOB, url, 1, progress -> sources.fetchOutcome(url, details));
        return RestResponse.seeOther(URI.create("/jobs/" + job));
    }

    @POST
    @Path("/upload")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @RolesAllowed(Roles.EDITOR)
    public RestResponse<?> upload(@BeanParam SourceForm form) throws IOException {
        Map<String, String> errors = new LinkedHashMap<>();
        SourceDetails details = form.toDetails(errors);
        forms.validate(details, errors);
        if (form.file == null || form.file.size() == 0) {
            errors.put("file", "Choose a file to upload (HTML, plain text, PDF or Word .docx).");
        }
        if (!errors.isEmpty()) {
            return FormCheck.page(400, Templates.create(form, errors, SourceKind.values(), "upload"));
        }
        try {
            SourceDocument source = sources.upload(Files.readAllBytes(form.file.uploadedFile()), form.file.contentType(),
                    form.file.fileName(), details);
            return RestResponse.seeOther(URI.create("/sources/" + source.id));
        } catch (RejectedInputException e) {
            return FormCheck.page(422, Templates.create(form, Map.of("file", e.getMessage()), SourceKind.values(),
                    "upload"));
        }
    }

    /** The whole source text; {@code start}/{@code end} mark a passage to highlight and scroll to. */
    @GET
    @Path("/{id}")
    public TemplateInstance show(@RestPath long id, @RestQuery Integer start, @RestQuery Integer end) {
        SourceDocument source = sources.get(id);
        int length = source.text.length();
        boolean marked = start != null && end != null && 0 <= start && start < end && end <= length;
        Excerpt whole = marked ? Excerpt.of(source.text, start, end, length) : Excerpt.of(source.text, 0, 0, length);
        return Templates.show(source, whole, sources.quotesLinkedTo(source), sources.newerVersionOf(source));
    }
}
