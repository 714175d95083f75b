package com.quotecheck.web;

import com.quotecheck.review.SignOffDecision;
import org.jboss.resteasy.reactive.RestForm;

import java.util.Map;

/** The editor's sign-off form on the review page: confirm the proposed verdict, or return it with a note. */
public class SignOffForm {

    static final String APPROVE = "approve";
    static final String RETURN = "return";

    /** Which button was pressed: {@value #APPROVE} or {@value #RETURN}. */
    @RestForm
    public String decision;
    @RestForm
    public String note;
    @RestForm
    public String version;

    SignOffDecision toDecision(Map<String, String> errors) {
        Boolean approve = APPROVE.equals(decision) ? Boolean.TRUE : RETURN.equals(decision) ? Boolean.FALSE : null;
        if (approve == null) {
            errors.put("decision", "Choose to confirm the verdict or to return it.");
        }
        return new SignOffDecision(approve, note, FormInput.integer(version, "version", errors));
    }

    public boolean approves() {
        return APPROVE.equals(decision);
    }
}
