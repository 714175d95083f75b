package com.quotecheck.web;

import com.quotecheck.review.VerdictDraft;
import com.quotecheck.review.VerdictType;
import org.jboss.resteasy.reactive.RestForm;

import java.util.Map;

/** The verdict form on the review page. */
public class VerdictForm {

    @RestForm
    public String verdict;
    @RestForm
    public String note;
    @RestForm
    public String sourceId;
    @RestForm
    public String start;
    @RestForm
    public String end;
    @RestForm
    public String version;

    VerdictDraft toDraft(Map<String, String> errors) {
        return new VerdictDraft(FormInput.choice(VerdictType.class, verdict, "verdict", errors), note,
                FormInput.id(sourceId, "sourceId", errors), FormInput.integer(start, "start", errors),
                FormInput.integer(end, "end", errors), FormInput.integer(version, "version", errors));
    }
}
