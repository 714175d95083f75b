package com.quotecheck.web;

import com.quotecheck.extraction.QuoteKind;
import com.quotecheck.review.QuoteDraft;
import org.jboss.resteasy.reactive.RestForm;

import java.util.Map;

/** The "add a quote" form on an article page. */
public class QuoteForm {

    @RestForm
    public String text;
    @RestForm
    public String speaker;
    @RestForm
    public String sourceId;
    @RestForm
    public String start;
    @RestForm
    public String kind;

    public boolean selects(Long source) {
        return source != null && source.toString().equals(sourceId);
    }

    QuoteDraft toDraft(Map<String, String> errors) {
        return new QuoteDraft(text, speaker, FormInput.id(sourceId, "sourceId", errors),
                FormInput.integer(start, "start", errors), FormInput.choice(QuoteKind.class, kind, "kind", errors));
    }
}
