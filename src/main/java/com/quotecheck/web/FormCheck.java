package com.quotecheck.web;

import io.quarkus.qute.TemplateInstance;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.Validator;
import org.jboss.resteasy.reactive.RestResponse;

import java.util.Map;

/**
 * Checks a submitted form completely before anything is saved, so a page can name every problem at once and show
 * the form again with what was typed.
 */
@ApplicationScoped
public class FormCheck {

    private final Validator validator;

    FormCheck(Validator validator) {
        this.validator = validator;
    }

    /** Adds the draft's validation messages, by field, to those already found while parsing the form. */
    void validate(Object draft, Map<String, String> errors) {
        ViolationMessages.byField(validator.validate(draft)).forEach(errors::putIfAbsent);
    }

    static RestResponse<TemplateInstance> page(int status, TemplateInstance page) {
        return RestResponse.ResponseBuilder.<TemplateInstance>create(status).entity(page).build();
    }
}
