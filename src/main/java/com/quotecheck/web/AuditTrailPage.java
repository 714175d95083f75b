package com.quotecheck.web;

import com.quotecheck.audit.AuditTrail;
import com.quotecheck.audit.TrailFilter;
import com.quotecheck.audit.TrailPage;
import com.quotecheck.security.Roles;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.jboss.resteasy.reactive.RestResponse;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The audit trail for editors: who changed what and when, filtered, newest first. Read only. */
@Path("/audit")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed({Roles.EDITOR, Roles.ADMIN})
public class AuditTrailPage {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance list(TrailQuery query, TrailPage trail, List<String> actions,
                                            Map<String, String> errors);
    }

    private final AuditTrail trail;

    AuditTrailPage(AuditTrail trail) {
        this.trail = trail;
    }

    @GET
    public RestResponse<TemplateInstance> list(@BeanParam TrailQuery query) {
        Map<String, String> errors = new LinkedHashMap<>();
        TrailFilter filter = query.toFilter(errors);
        int page = query.pageNumber(errors);
        if (!errors.isEmpty()) {
            return FormCheck.page(400, Templates.list(query, new TrailPage(List.of(), 0, false), trail.actions(), errors));
        }
        return RestResponse.ok(Templates.list(query, trail.list(filter, page), trail.actions(), errors));
    }
}
