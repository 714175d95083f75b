package com.quotecheck.web.api;

import com.quotecheck.security.Roles;
import com.quotecheck.speaker.Speaker;
import com.quotecheck.speaker.SpeakerDraft;
import com.quotecheck.speaker.SpeakerService;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.UriInfo;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestResponse;

import java.util.List;

/** The speaker registry: full names, aliases and roles that extraction resolves speakers with. */
@Path("/api/speakers")
public class SpeakerApi {

    /** A registry entry. */
    public record SpeakerJson(long id, String name, String role, List<String> aliases, int version) {

        static SpeakerJson of(Speaker s) {
            return new SpeakerJson(s.id, s.name, s.role, s.aliasList(), s.version);
        }
    }

    private final SpeakerService speakers;

    SpeakerApi(SpeakerService speakers) {
        this.speakers = speakers;
    }

    @GET
    public List<SpeakerJson> list() {
        return speakers.list().stream().map(SpeakerJson::of).toList();
    }

    @POST
    @RolesAllowed(Roles.EDITOR)
    public RestResponse<SpeakerJson> create(@Valid @NotNull(message = "Send the speaker as a JSON object.") SpeakerDraft draft,
                                            UriInfo uri) {
        Speaker speaker = speakers.create(draft);
        return RestResponse.ResponseBuilder.<SpeakerJson>created(uri.getAbsolutePathBuilder()
                .path(String.valueOf(speaker.id)).build()).entity(SpeakerJson.of(speaker)).build();
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed(Roles.EDITOR)
    public SpeakerJson update(@RestPath long id,
                              @Valid @NotNull(message = "Send the speaker as a JSON object.") SpeakerDraft draft) {
        return SpeakerJson.of(speakers.update(id, draft));
    }
}
