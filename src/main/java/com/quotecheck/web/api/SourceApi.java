package com.quotecheck.web.api;

import com.quotecheck.security.Roles;
import com.quotecheck.source.SourceDocument;
import com.quotecheck.source.SourceRequest;
import com.quotecheck.source.SourceService;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.UriInfo;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestResponse;

import java.util.List;

/** The source library. */
@Path("/api/sources")
public class SourceApi {

    private final SourceService sources;

    SourceApi(SourceService sources) {
        this.sources = sources;
    }

    @GET
    public List<SourceJson> list() {
        return sources.listNewestFirst().stream().map(s -> SourceJson.of(s, false)).toList();
    }

    @POST
    @RolesAllowed(Roles.EDITOR)
    public RestResponse<SourceJson> create(@Valid @NotNull(message = "Send the source as a JSON object.") SourceRequest request,
                                           UriInfo uri) {
        SourceDocument source = sources.add(request);
        return RestResponse.ResponseBuilder.<SourceJson>created(uri.getAbsolutePathBuilder().path(String.valueOf(source.id)).build())
                .entity(SourceJson.of(source, true)).build();
    }

    @GET
    @Path("/{id}")
    public SourceJson get(@RestPath long id) {
        return SourceJson.of(sources.get(id), true);
    }
}
