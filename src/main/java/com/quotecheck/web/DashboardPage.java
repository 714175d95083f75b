package com.quotecheck.web;

import com.quotecheck.article.ArticleProgress;
import com.quotecheck.article.ArticleService;
import com.quotecheck.review.ReviewOverview;
import com.quotecheck.review.ReviewService;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import java.util.List;

/** Review progress per article and overall, the verdict distribution and reviewer activity. */
@Path("/dashboard")
@Produces(MediaType.TEXT_HTML)
public class DashboardPage {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance show(ReviewOverview overview, List<ArticleProgress> articles);
    }

    private final ReviewService review;
    private final ArticleService articles;

    DashboardPage(ReviewService review, ArticleService articles) {
        this.review = review;
        this.articles = articles;
    }

    @GET
    public TemplateInstance show() {
        return Templates.show(review.overview(), articles.listWithProgress());
    }
}
