package com.quotecheck.web.api;

import com.quotecheck.export.ExportFilter;
import com.quotecheck.export.ExportService;
import com.quotecheck.export.format.ExportFormat;
import com.quotecheck.review.ReviewStatus;
import com.quotecheck.review.VerdictType;
import com.quotecheck.security.Roles;
import com.quotecheck.web.BadParameterException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import org.jboss.resteasy.reactive.RestQuery;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Locale;

/** Quote lists for publication and CMSs, streamed in the chosen format. */
@Path("/api/export")
public class ExportApi {

    /** The {@code status} value that lifts the status filter. */
    static final String ANY_STATUS = "any";

    private final ExportService exports;

    ExportApi(ExportService exports) {
        this.exports = exports;
    }

    /**
     * Exports quotes: by default only verified ones (a verdict an editor signed off, or any verdict where sign-off is
     * switched off), in any article. {@code status} picks another status, {@code status=any} every quote;
     * {@code from}/{@code to} (YYYY-MM-DD) limit the day of the latest verdict. Each export is recorded
     * in the audit trail (who, when, format, filters).
     */
    @GET
    @RolesAllowed(Roles.EDITOR)
    public Response export(@RestQuery String format, @RestQuery Long articleId, @RestQuery Long sourceId,
                           @RestQuery String speaker, @RestQuery String outlet, @RestQuery String publisher,
                           @RestQuery String verdict, @RestQuery String status,
                           @RestQuery String from, @RestQuery String to) {
        ExportFormat chosen = format(format);
        ExportFilter filter = new ExportFilter(articleId, sourceId, speaker, outlet, publisher,
                verdict == null || verdict.isBlank() ? null : named(VerdictType.class, verdict, "verdict"),
                status(status), date(from, "from"), date(to, "to"));
        StreamingOutput body = exports.start(chosen, filter)::accept;
        return Response.ok(body, chosen.mediaType())
                .header("Content-Disposition", "attachment; filename=\"quotecheck-quotes." + chosen.fileExtension() + "\"")
                .build();
    }

    private static ExportFormat format(String name) {
        try {
            return ExportFormat.parse(name == null ? "" : name);
        } catch (IllegalArgumentException e) {
            throw new BadParameterException(e.getMessage());
        }
    }

    private static ReviewStatus status(String name) {
        if (name == null || name.isBlank()) {
            return ReviewStatus.VERIFIED;
        }
        if (ANY_STATUS.equalsIgnoreCase(name.strip())) {
            return null;
        }
        try {
            return Enum.valueOf(ReviewStatus.class, name.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new BadParameterException("The status “" + name + "” is not one of "
                    + Arrays.toString(ReviewStatus.values()) + " or “" + ANY_STATUS + "”.");
        }
    }

    private static <E extends Enum<E>> E named(Class<E> type, String name, String parameter) {
        try {
            return Enum.valueOf(type, name.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new BadParameterException("The " + parameter + " “" + name + "” is not one of "
                    + Arrays.toString(type.getEnumConstants()) + ".");
        }
    }

    private static LocalDate date(String value, String parameter) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new BadParameterException("The " + parameter + " date must be YYYY-MM-DD, not “" + value + "”.");
        }
    }
}
