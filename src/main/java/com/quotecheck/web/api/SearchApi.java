package com.quotecheck.web.api;

import com.quotecheck.search.SearchResults;
import com.quotecheck.search.SearchService;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import org.jboss.resteasy.reactive.RestQuery;

/** Full-text search across quotes, articles and sources. */
@Path("/api/search")
public class SearchApi {

    private final SearchService search;

    SearchApi(SearchService search) {
        this.search = search;
    }

    /**
     * Words must all appear (in the text, title or speaker); {@code speaker:}, {@code verdict:}, {@code outlet:},
     * {@code publisher:} and {@code title:} narrow by field, and "quoted words" search a phrase.
     */
    @GET
    public SearchResults search(@RestQuery String q) {
        return search.search(q);
    }
}
