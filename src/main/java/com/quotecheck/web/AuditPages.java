package com.quotecheck.web;

import com.quotecheck.review.AttributionAudit;
import com.quotecheck.review.AttributionAuditService;
import com.quotecheck.review.Quote;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.jboss.resteasy.reactive.RestQuery;

import java.util.List;

/** The attribution audit: who is quoted from which source, and the quotes behind each figure. */
@Path("/audit/attributions")
@Produces(MediaType.TEXT_HTML)
public class AuditPages {

    private static final int DRILL_DOWN_LIMIT = 500;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance attributions(AttributionAudit audit);

        static native TemplateInstance quotes(String heading, List<Quote> quotes, int limit);
    }

    private final AttributionAuditService audits;

    AuditPages(AttributionAuditService audits) {
        this.audits = audits;
    }

    @GET
    public TemplateInstance attributions() {
        return Templates.attributions(audits.audit());
    }

    @GET
    @Path("/quotes")
    public TemplateInstance quotes(@RestQuery String speaker, @RestQuery String publisher, @RestQuery String issue) {
        AttributionAudit.Issue chosen = issue == null || issue.isBlank() ? null : issue(issue);
        String heading = speaker != null ? "Quotes of " + speaker
                : publisher != null ? "Quotes attributed to sources of " + publisher
                : chosen == AttributionAudit.Issue.NO_SOURCE ? "Quotes attributed to no source"
                : chosen == AttributionAudit.Issue.JUDGED_ELSEWHERE
                        ? "Quotes judged against another source than the one attributed" : "All quotes";
        return Templates.quotes(heading, audits.quotes(speaker, publisher, chosen, DRILL_DOWN_LIMIT), DRILL_DOWN_LIMIT);
    }

    private static AttributionAudit.Issue issue(String name) {
        try {
            return AttributionAudit.Issue.valueOf(name.strip().toUpperCase(java.util.Locale.ROOT).replace('-', '_'));
        } catch (IllegalArgumentException e) {
            throw new BadParameterException("The issue “" + name + "” is not one of no-source, judged-elsewhere.");
        }
    }
}
