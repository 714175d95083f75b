package com.quotecheck.web;

import com.quotecheck.review.Quote;
import com.quotecheck.source.SourceDocument;
import com.quotecheck.source.SourceDraft;
import com.quotecheck.source.SourceKind;
import com.quotecheck.source.SourceService;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;
import org.jboss.resteasy.reactive.RestResponse;

import java.net.URI;
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

        static native TemplateInstance create(SourceForm form, Map<String, String> errors, SourceKind[] kinds);

        static native TemplateInstance show(SourceDocument source, Excerpt passage, List<Quote> quotes);
    }

    private final SourceService sources;

    private final FormCheck forms;

    SourcePages(SourceService sources, FormCheck forms) {
        this.sources = sources;
        this.forms = forms;
    }

    @GET
    public TemplateInstance list() {
        return Templates.list(sources.listNewestFirst());
    }

    @GET
    @Path("/new")
    public TemplateInstance createForm() {
        return Templates.create(new SourceForm(), Map.of(), SourceKind.values());
    }

    @POST
    public RestResponse<?> create(@BeanParam SourceForm form) {
        Map<String, String> errors = new LinkedHashMap<>();
        SourceDraft draft = form.toDraft(errors);
        forms.validate(draft, errors);
        if (!errors.isEmpty()) {
            return FormCheck.page(400, Templates.create(form, errors, SourceKind.values()));
        }
        SourceDocument source = sources.create(draft);
        return RestResponse.seeOther(URI.create("/sources/" + source.id));
    }

    /** The whole source text; {@code start}/{@code end} mark a passage to highlight and scroll to. */
    @GET
    @Path("/{id}")
    public TemplateInstance show(@RestPath long id, @RestQuery Integer start, @RestQuery Integer end) {
        SourceDocument source = sources.get(id);
        int length = source.text.length();
        boolean marked = start != null && end != null && 0 <= start && start < end && end <= length;
        Excerpt whole = marked ? Excerpt.of(source.text, start, end, length) : Excerpt.of(source.text, 0, 0, length);
        return Templates.show(source, whole, sources.quotesAttributedTo(source));
    }
}
