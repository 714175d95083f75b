package com.quotecheck.web.api;

import com.quotecheck.article.Article;
import com.quotecheck.article.ArticleDraft;
import com.quotecheck.article.ArticleService;
import com.quotecheck.article.BatchImportService;
import com.quotecheck.article.ImportResult;
import com.quotecheck.review.Quote;
import com.quotecheck.review.QuoteDraft;
import com.quotecheck.review.ReviewService;
import com.quotecheck.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.UriInfo;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestResponse;

import java.util.List;

/** Articles and their quotes. */
@Path("/api/articles")
public class ArticleApi {

    private final ArticleService articles;
    private final ReviewService review;
    private final BatchImportService batch;

    ArticleApi(ArticleService articles, ReviewService review, BatchImportService batch) {
        this.articles = articles;
        this.review = review;
        this.batch = batch;
    }

    @GET
    public List<ArticleSummaryJson> list() {
        return articles.listWithProgress().stream().map(ArticleSummaryJson::of).toList();
    }

    @POST
    @RolesAllowed(Roles.EDITOR)
    public RestResponse<ArticleJson> create(@Valid @NotNull(message = "Send the article as a JSON object.") ArticleDraft draft,
                                            UriInfo uri) {
        Article article = articles.create(draft);
        return RestResponse.ResponseBuilder.<ArticleJson>created(uri.getAbsolutePathBuilder().path(String.valueOf(article.id)).build())
                .entity(json(article)).build();
    }

    /** Imports several articles; each item gets its own result, and one bad item does not stop the others. */
    @POST
    @Path("/batch")
    @RolesAllowed(Roles.EDITOR)
    public List<ImportResult> importBatch(@NotNull(message = "Send the articles as a JSON array.") List<ArticleDraft> drafts) {
        return batch.importDrafts(drafts);
    }

    @GET
    @Path("/{id}")
    public ArticleJson get(@RestPath long id) {
        return json(articles.get(id));
    }

    @GET
    @Path("/{id}/quotes")
    public List<QuoteJson> quotes(@RestPath long id) {
        return quoteJson(review.quotesOf(id));
    }

    @POST
    @Path("/{id}/quotes")
    @RolesAllowed({Roles.REVIEWER, Roles.EDITOR})
    public RestResponse<QuoteJson> addQuote(@RestPath long id,
                                            @Valid @NotNull(message = "Send the quote as a JSON object.") QuoteDraft draft,
                                            UriInfo uri) {
        Quote quote = review.addQuote(id, draft);
        return RestResponse.ResponseBuilder.<QuoteJson>created(uri.getBaseUriBuilder().path("api/quotes/{id}").build(quote.id))
                .entity(QuoteJson.of(quote, null)).build();
    }

    private ArticleJson json(Article article) {
        return ArticleJson.of(article, quoteJson(review.quotesOf(article.id)));
    }

    private List<QuoteJson> quoteJson(List<Quote> quotes) {
        var latest = review.latestVerdicts(quotes);
        return quotes.stream().map(q -> QuoteJson.of(q, latest.get(q.id))).toList();
    }
}
