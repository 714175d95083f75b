package com.quotecheck.web.api;

import com.quotecheck.review.Quote;
import com.quotecheck.review.QuoteChange;
import com.quotecheck.review.ReviewService;
import com.quotecheck.review.SignOffDecision;
import com.quotecheck.review.Verdict;
import com.quotecheck.review.VerdictDraft;
import com.quotecheck.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestResponse;

import java.time.Instant;
import java.util.List;

/** One quote: its attribution, matches and verdicts. */
@Path("/api/quotes/{id}")
public class QuoteApi {

    private final ReviewService review;

    QuoteApi(ReviewService review) {
        this.review = review;
    }

    @GET
    public QuoteJson get(@RestPath long id) {
        Quote quote = review.get(id);
        return QuoteJson.of(quote, review.latestVerdicts(List.of(quote)).get(quote.id));
    }

    @PATCH
    @RolesAllowed({Roles.REVIEWER, Roles.EDITOR})
    public QuoteJson change(@RestPath long id,
                            @Valid @NotNull(message = "Send the changes as a JSON object.") QuoteChange change) {
        Quote quote = review.changeQuote(id, change);
        return QuoteJson.of(quote, review.latestVerdicts(List.of(quote)).get(quote.id));
    }

    @DELETE
    @RolesAllowed({Roles.REVIEWER, Roles.EDITOR})
    public RestResponse<Void> delete(@RestPath long id) {
        review.deleteQuote(id);
        return RestResponse.noContent();
    }

    @GET
    @Path("/matches")
    public MatchJson matches(@RestPath long id) {
        return MatchJson.of(review.matchesFor(review.get(id)));
    }

    @PUT
    @Path("/verdict")
    @RolesAllowed({Roles.REVIEWER, Roles.EDITOR})
    public VerdictJson recordVerdict(@RestPath long id,
                                     @Valid @NotNull(message = "Send the verdict as a JSON object.") VerdictDraft draft) {
        return VerdictJson.of(review.recordVerdict(id, draft));
    }

    /**
     * An editor confirms the quote's proposed verdict or returns it with a note. 403 for one's own verdict, 409 for a
     * stale {@code version}, 422 when the quote is not proposed, the note is missing on return, or sign-off is off.
     */
    @POST
    @Path("/signoff")
    @RolesAllowed(Roles.EDITOR)
    public QuoteJson signOff(@RestPath long id,
                             @Valid @NotNull(message = "Send the decision as a JSON object.") SignOffDecision decision) {
        Quote quote = review.signOff(id, decision);
        return QuoteJson.of(quote, review.latestVerdicts(List.of(quote)).get(quote.id));
    }

    @GET
    @Path("/verdicts")
    public List<VerdictJson> verdicts(@RestPath long id) {
        return review.historyOf(review.get(id)).stream().map(VerdictJson::of).toList();
    }

    /** A recorded verdict. */
    public record VerdictJson(long id, long quoteId, String verdict, String note, Long sourceId, Integer start,
                              Integer end, String matchClass, String reviewer, Instant recordedAt, boolean needsRecheck,
                              int quoteVersion) {

        static VerdictJson of(Verdict v) {
            return new VerdictJson(v.id, v.quote.id, v.verdict.name(), v.note, v.source == null ? null : v.source.id,
                    v.passageStart, v.passageEnd, v.matchClass == null ? null : v.matchClass.name(), v.reviewer,
                    v.recordedAt, v.needsRecheck, v.quote.version);
        }
    }
}
