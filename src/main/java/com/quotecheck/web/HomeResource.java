package com.quotecheck.web;

import com.quotecheck.article.Article;
import com.quotecheck.article.ArticleProgress;
import com.quotecheck.article.ArticleService;
import com.quotecheck.sample.SampleService;
import com.quotecheck.security.Roles;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.jboss.resteasy.reactive.RestResponse;

import java.net.URI;
import java.util.List;

/** The start page: every article with its review progress, and the sample for a first look. */
@Path("/")
@Produces(MediaType.TEXT_HTML)
public class HomeResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance index(List<ArticleProgress> articles);
    }

    private final ArticleService articles;
    private final SampleService sample;

    HomeResource(ArticleService articles, SampleService sample) {
        this.articles = articles;
        this.sample = sample;
    }

    @GET
    public TemplateInstance index() {
        return Templates.index(articles.listWithProgress());
    }

    @POST
    @Path("/sample")
    @RolesAllowed(Roles.EDITOR)
    public RestResponse<Void> loadSample() {
        Article article = sample.load();
        return RestResponse.seeOther(URI.create("/articles/" + article.id));
    }
}
