package com.quotecheck.web;

import com.quotecheck.audit.AuditTrail;
import com.quotecheck.matching.Passage;
import com.quotecheck.review.Quote;
import com.quotecheck.review.QuoteChange;
import com.quotecheck.review.QuoteReview;
import com.quotecheck.review.ReviewService;
import com.quotecheck.review.VerdictDraft;
import com.quotecheck.source.SourceService;
import com.quotecheck.support.RejectedInputException;
import com.quotecheck.support.StaleEditException;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
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

    private final ReviewService review;
    private final SourceService sources;

    private final FormCheck forms;
    private final AuditTrail trail;

    QuotePages(ReviewService review, SourceService sources, FormCheck forms, AuditTrail trail) {
        this.review = review;
        this.sources = sources;
        this.forms = forms;
        this.trail = trail;
    }

    @GET
    public TemplateInstance show(@RestPath long id, @RestQuery boolean saved) {
        return Templates.show(view(id, new VerdictForm(), saved ? "Verdict recorded." : null, Map.of()));
    }

    @POST
    @Path("/verdict")
    public RestResponse<?> recordVerdict(@RestPath long id, @BeanParam VerdictForm form) {
        Map<String, String> errors = new LinkedHashMap<>();
        VerdictDraft draft = form.toDraft(errors);
        forms.validate(draft, errors);
        if (!errors.isEmpty()) {
            return FormCheck.page(400, Templates.show(view(id, form, null, errors)));
        }
        try {
            review.recordVerdict(id, draft);
            return RestResponse.seeOther(URI.create("/quotes/" + id + "?saved=true"));
        } catch (RejectedInputException e) {
            return FormCheck.page(422, Templates.show(view(id, form, null, Map.of("verdict", e.getMessage()))));
        } catch (StaleEditException e) {
            return FormCheck.page(409, Templates.show(view(id, form, null, Map.of("verdict", e.getMessage()))));
        }
    }

    @POST
    @Path("/attribution")
    public RestResponse<Void> changeAttribution(@RestPath long id, @BeanParam AttributionForm form) {
        Map<String, String> errors = new LinkedHashMap<>();
        QuoteChange change = form.toChange(errors);
        forms.validate(change, errors);
        if (!errors.isEmpty()) {
            throw new RejectedInputException(String.join(" ", errors.values()));
        }
        Quote quote = review.changeQuote(id, change);
        return RestResponse.seeOther(URI.create("/articles/" + quote.article.id + "#quote-" + quote.id));
    }

    @POST
    @Path("/delete")
    public RestResponse<Void> delete(@RestPath long id) {
        long articleId = review.deleteQuote(id);
        return RestResponse.seeOther(URI.create("/articles/" + articleId));
    }

    private ReviewView view(long id, VerdictForm form, String notice, Map<String, String> errors) {
        QuoteReview quoteReview = review.review(id);
        Set<Long> shownSources = new TreeSet<>();
        if (quoteReview.match().best() != null) {
            shownSources.add(quoteReview.match().best().sourceId());
        }
        quoteReview.match().others().stream().map(Passage::sourceId).forEach(shownSources::add);
        return ReviewView.of(quoteReview, sources.byIds(shownSources), sources.listByTitle(), form, notice, errors,
                trail.historyOfQuote(id));
    }
}
