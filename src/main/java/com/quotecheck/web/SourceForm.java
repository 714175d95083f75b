package com.quotecheck.web;

import com.quotecheck.source.SourceDraft;
import com.quotecheck.source.SourceKind;
import org.jboss.resteasy.reactive.RestForm;

import java.util.Map;

/** The "add a source" form, holding what was typed so it can be shown again after an error. */
public class SourceForm {

    @RestForm
    public String title;
    @RestForm
    public String publisher;
    @RestForm
    public String kind;
    @RestForm
    public String url;
    @RestForm
    public String publishedOn;
    @RestForm
    public String language;
    @RestForm
    public String text;

    SourceDraft toDraft(Map<String, String> errors) {
        return new SourceDraft(title, publisher, text, FormInput.choice(SourceKind.class, kind, "kind", errors), url,
                FormInput.date(publishedOn, "publishedOn", errors), language);
    }
}
