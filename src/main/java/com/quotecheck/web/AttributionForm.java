package com.quotecheck.web;

import com.quotecheck.review.QuoteChange;
import org.jboss.resteasy.reactive.RestForm;

import java.util.Map;

/** The form that corrects a quote's speaker and attributed source. */
public class AttributionForm {

    @RestForm
    public String speaker;
    @RestForm
    public String sourceId;
    @RestForm
    public String version;

    QuoteChange toChange(Map<String, String> errors) {
        Long source = sourceId == null || sourceId.isBlank() ? QuoteChange.NO_SOURCE
                : FormInput.id(sourceId, "sourceId", errors);
        return new QuoteChange(speaker == null ? "" : speaker, source, FormInput.integer(version, "version", errors));
    }
}
