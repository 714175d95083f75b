package com.quotecheck.web.api;

import com.quotecheck.audit.AuditTrail;
import com.quotecheck.audit.FieldChange;
import com.quotecheck.audit.TrailEntry;
import com.quotecheck.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.jboss.resteasy.reactive.RestPath;

import java.time.Instant;
import java.util.List;

/** What happened to a quote and its verdicts, from the audit trail. */
@Path("/api/quotes/{id}/history")
@RolesAllowed({Roles.ADMIN, Roles.EDITOR, Roles.REVIEWER})
public class QuoteHistoryApi {

    private final AuditTrail trail;

    QuoteHistoryApi(AuditTrail trail) {
        this.trail = trail;
    }

    @GET
    @Operation(summary = "The history of a quote, oldest first",
            description = "Every recorded change to the quote and its verdicts, oldest first: `at`, `user` (null when"
                    + " no one was signed in), `action` (quote.created, quote.updated, quote.deleted, verdict.recorded,"
                    + " quote.signed-off, quote.returned, ...) and `changes`, the fields it changed as"
                    + " `{field, before, after}` (a creation has no before, a deletion keeps the deleted values as"
                    + " before). Also answers for a deleted quote; 404 when no such quote exists or ever existed.")
    public List<HistoryJson> history(@RestPath long id) {
        return trail.historyOfQuote(id).stream().map(HistoryJson::of).toList();
    }

    /** One entry of a quote's history. */
    public record HistoryJson(Instant at, String user, String action, List<FieldChange> changes) {

        static HistoryJson of(TrailEntry entry) {
            return new HistoryJson(entry.at(), entry.user(), entry.action(), entry.changes());
        }
    }
}
