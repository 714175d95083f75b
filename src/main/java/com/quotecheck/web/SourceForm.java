package com.quotecheck.web;

import com.quotecheck.source.SourceDetails;
import com.quotecheck.source.SourceDraft;
import com.quotecheck.source.SourceKind;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;

import java.util.Map;

/** The "add a source" forms (paste, URL, upload), holding what was typed so it can be shown again after an error. */
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
    public String speakers;
    @RestForm
    public String text;
    /** Set on the upload form only. */
    @RestForm
    public FileUpload file;

    SourceDetails toDetails(Map<String, String> errors) {
        return new SourceDetails(title, publisher, FormInput.choice(SourceKind.class, kind, "kind", errors),
                FormInput.date(publishedOn, "publishedOn", errors), language, speakers);
    }

    SourceDraft toDraft(Map<String, String> errors) {
        return new SourceDraft(title, publisher, text, FormInput.choice(SourceKind.class, kind, "kind", errors), url,
                FormInput.date(publishedOn, "publishedOn", errors), language, speakers);
    }
}
