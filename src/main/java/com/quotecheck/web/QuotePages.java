package com.quotecheck.web;

import com.quotecheck.audit.AuditTrail;
import com.quotecheck.matching.Passage;
import com.quotecheck.review.Quote;
import com.quotecheck.review.QuoteChange;
import com.quotecheck.review.QuoteReview;
import com.quotecheck.review.ReviewService;
import com.quotecheck.review.SignOffDecision;
import com.quotecheck.review.VerdictDraft;
import com.quotecheck.security.Roles;
import com.quotecheck.source.SourceDocument;
import com.quotecheck.source.SourceService;
import com.quotecheck.support.ForbiddenActionException;
import com.quotecheck.support.RejectedInputException;
import com.quotecheck.support.StaleEditException;
import com.quotecheck.web.ReviewView.Conflict.Entry;
import com.quotecheck.web.ReviewView.Conflict;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;
import org.jboss.resteasy.reactive.RestResponse;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/** The review page of a quote, and the forms that change a quote. */
@Path("/quotes/{id}")
@Produces(MediaType.TEXT_HTML)
public class QuotePages {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance show(ReviewView view);
    }

    private static final Map<String, String> NOTICES = Map.of(
            "verdict", "Verdict recorded.",
            SignOffForm.APPROVE, "Verdict confirmed: the quote is verified.",
            SignOffForm.RETURN, "Verdict returned to the reviewers with your note.");

    private final ReviewService review;
    private final SourceService sources;
    private final FormCheck forms;
    private final SecurityIdentity identity;
    private final AuditTrail trail;

    QuotePages(ReviewService review, SourceService sources, FormCheck forms, SecurityIdentity identity,
               AuditTrail trail) {
        this.review = review;
        this.sources = sources;
        this.forms = forms;
        this.identity = identity;
        this.trail = trail;
    }

    @GET
    public TemplateInstance show(@RestPath long id, @RestQuery String saved) {
        return Templates.show(view(id, new VerdictForm(), new SignOffForm(), null, null,
                saved == null ? null : NOTICES.get(saved), Map.of()));
    }

    @POST
    @Path("/verdict")
    @RolesAllowed({Roles.REVIEWER, Roles.EDITOR})
    public RestResponse<?> recordVerdict(@RestPath long id, @BeanParam VerdictForm form) {
        Map<String, String> errors = new LinkedHashMap<>();
        VerdictDraft draft = form.toDraft(errors);
        forms.validate(draft, errors);
        if (!errors.isEmpty()) {
            return FormCheck.page(400, Templates.show(view(id, form, new SignOffForm(), null, null, null, errors)));
        }
        try {
            review.recordVerdict(id, draft);
            return RestResponse.seeOther(URI.create("/quotes/" + id + "?saved=verdict"));
        } catch (RejectedInputException e) {
            return FormCheck.page(422, Templates.show(view(id, form, new SignOffForm(), null, null, null,
                    Map.of("verdict", e.getMessage()))));
        } catch (StaleEditException e) {
            Conflict conflict = new Conflict("verdict", List.of(new Entry("Verdict", form.verdict),
                    new Entry("Note", form.note)));
            // The form comes back with what was typed; without the stale version, sending it again overrides knowingly.
            form.version = null;
            return FormCheck.page(409, Templates.show(view(id, form, new SignOffForm(), null, conflict, null,
                    Map.of("verdict", e.getMessage()))));
        }
    }

    @POST
    @Path("/signoff")
    @RolesAllowed(Roles.EDITOR)
    public RestResponse<?> signOff(@RestPath long id, @BeanParam SignOffForm form) {
        Map<String, String> errors = new LinkedHashMap<>();
        SignOffDecision decision = form.toDecision(errors);
        forms.validate(decision, errors);
        if (!errors.isEmpty()) {
            return signOffRefused(400, id, form, null, String.join(" ", errors.values()));
        }
        try {
            review.signOff(id, decision);
            return RestResponse.seeOther(URI.create("/quotes/" + id + "?saved=" + form.decision));
        } catch (RejectedInputException e) {
            return signOffRefused(422, id, form, null, e.getMessage());
        } catch (ForbiddenActionException e) {
            return signOffRefused(403, id, form, null, e.getMessage());
        } catch (StaleEditException e) {
            Conflict conflict = new Conflict("sign-off", List.of(
                    new Entry("Decision", form.approves() ? "confirm the verdict" : "return the verdict"),
                    new Entry("Note", form.note)));
            form.version = null;
            return signOffRefused(409, id, form, conflict, e.getMessage());
        }
    }

    @POST
    @Path("/attribution")
    @RolesAllowed({Roles.REVIEWER, Roles.EDITOR})
    public RestResponse<?> changeAttribution(@RestPath long id, @BeanParam AttributionForm form) {
        Map<String, String> errors = new LinkedHashMap<>();
        QuoteChange change = form.toChange(errors);
        forms.validate(change, errors);
        if (!errors.isEmpty()) {
            throw new RejectedInputException(String.join(" ", errors.values()));
        }
        try {
            Quote quote = review.changeQuote(id, change);
            return RestResponse.seeOther(URI.create("/articles/" + quote.article.id + "#quote-" + quote.id));
        } catch (StaleEditException e) {
            Conflict conflict = new Conflict("correction", List.of(new Entry("Speaker", form.speaker),
                    new Entry("Attributed source", sourceTitle(change.sourceId()))));
            return FormCheck.page(409, Templates.show(view(id, new VerdictForm(), new SignOffForm(), null,
                    conflict, null, Map.of())));
        }
    }

    @POST
    @Path("/delete")
    @RolesAllowed({Roles.REVIEWER, Roles.EDITOR})
    public RestResponse<Void> delete(@RestPath long id) {
        long articleId = review.deleteQuote(id);
        return RestResponse.seeOther(URI.create("/articles/" + articleId));
    }

    private RestResponse<TemplateInstance> signOffRefused(int status, long id, SignOffForm form, Conflict conflict,
                                                          String error) {
        return FormCheck.page(status, Templates.show(view(id, new VerdictForm(), form, error, conflict, null,
                Map.of())));
    }

    private String sourceTitle(Long sourceId) {
        if (sourceId == null || sourceId == QuoteChange.NO_SOURCE) {
            return "none";
        }
        SourceDocument source = sources.byIds(Set.of(sourceId)).get(sourceId);
        return source == null ? "source " + sourceId : source.title;
    }

    private ReviewView view(long id, VerdictForm form, SignOffForm signOffForm, String signOffError,
                            Conflict conflict, String notice, Map<String, String> errors) {
        QuoteReview quoteReview = review.review(id);
        Set<Long> shownSources = new TreeSet<>();
        if (quoteReview.match().best() != null) {
            shownSources.add(quoteReview.match().best().sourceId());
        }
        quoteReview.match().others().stream().map(Passage::sourceId).forEach(shownSources::add);
        ReviewView.SignOff signOff = new ReviewView.SignOff(review.signOffRequired(), identity.hasRole(Roles.EDITOR),
                identity.isAnonymous() ? null : identity.getPrincipal().getName(), signOffForm, signOffError);
        return ReviewView.of(quoteReview, sources.byIds(shownSources), sources.listByTitle(), form, signOff, conflict,
                notice, errors, trail.historyOfQuote(id));
    }
}
