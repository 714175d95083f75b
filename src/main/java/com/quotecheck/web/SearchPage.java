package com.quotecheck.web;

import com.quotecheck.search.SearchResults;
import com.quotecheck.search.SearchService;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.jboss.resteasy.reactive.RestQuery;

/** Search results for the box on every page. */
@Path("/search")
@Produces(MediaType.TEXT_HTML)
public class SearchPage {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance results(SearchResults results);
    }

    private final SearchService search;

    SearchPage(SearchService search) {
        this.search = search;
    }

    @GET
    public TemplateInstance results(@RestQuery String q) {
        return Templates.results(search.search(q == null ? "" : q));
    }
}
