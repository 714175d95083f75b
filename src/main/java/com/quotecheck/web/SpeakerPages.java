package com.quotecheck.web;

import com.quotecheck.security.Roles;
import com.quotecheck.speaker.Speaker;
import com.quotecheck.speaker.SpeakerDraft;
import com.quotecheck.speaker.SpeakerService;
import com.quotecheck.speaker.UnregisteredSpeaker;
import com.quotecheck.support.RejectedInputException;
import com.quotecheck.support.StaleEditException;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestResponse;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The speaker registry page: entries, the names quotes carry that it lacks, and forms to add or correct. */
@Path("/speakers")
@Produces(MediaType.TEXT_HTML)
public class SpeakerPages {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance list(List<Speaker> speakers, List<UnregisteredSpeaker> unregistered,
                                            SpeakerForm form, Map<String, String> errors);
    }

    private final SpeakerService speakers;
    private final FormCheck forms;

    SpeakerPages(SpeakerService speakers, FormCheck forms) {
        this.speakers = speakers;
        this.forms = forms;
    }

    @GET
    public TemplateInstance list() {
        return page(new SpeakerForm(), Map.of());
    }

    @POST
    @RolesAllowed(Roles.EDITOR)
    public RestResponse<?> create(@BeanParam SpeakerForm form) {
        return save(null, form);
    }

    @POST
    @Path("/{id}")
    @RolesAllowed(Roles.EDITOR)
    public RestResponse<?> update(@RestPath long id, @BeanParam SpeakerForm form) {
        return save(id, form);
    }

    private RestResponse<?> save(Long id, SpeakerForm form) {
        Map<String, String> errors = new LinkedHashMap<>();
        SpeakerDraft draft = form.toDraft(errors);
        forms.validate(draft, errors);
        if (!errors.isEmpty()) {
            return FormCheck.page(400, page(form, errors));
        }
        try {
            Speaker speaker = id == null ? speakers.create(draft) : speakers.update(id, draft);
            return RestResponse.seeOther(URI.create("/speakers#speaker-" + speaker.id));
        } catch (RejectedInputException e) {
            return FormCheck.page(422, page(form, Map.of("name", e.getMessage())));
        } catch (StaleEditException e) {
            return FormCheck.page(409, page(form, Map.of("name", e.getMessage())));
        }
    }

    private TemplateInstance page(SpeakerForm form, Map<String, String> errors) {
        return Templates.list(speakers.list(), speakers.unregistered(), form, errors);
    }
}
