package com.quotecheck.web;

import com.quotecheck.article.ArticleDraft;
import org.jboss.resteasy.reactive.RestForm;

import java.util.Map;

/** The "add an article" form, holding what was typed so it can be shown again after an error. */
public class ArticleForm {

    @RestForm
    public String title;
    @RestForm
    public String outlet;
    @RestForm
    public String url;
    @RestForm
    public String publishedOn;
    @RestForm
    public String text;

    ArticleDraft toDraft(Map<String, String> errors) {
        return new ArticleDraft(title, text, outlet, url, FormInput.date(publishedOn, "publishedOn", errors));
    }
}
