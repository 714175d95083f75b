package com.quotecheck.web;

import com.quotecheck.speaker.SpeakerDraft;
import org.jboss.resteasy.reactive.RestForm;

import java.util.Map;

/** The form that adds or corrects a registry entry. */
public class SpeakerForm {

    @RestForm
    public String name;
    @RestForm
    public String role;
    @RestForm
    public String aliases;
    @RestForm
    public String version;

    SpeakerDraft toDraft(Map<String, String> errors) {
        return new SpeakerDraft(name, role, aliases, FormInput.integer(version, "version", errors));
    }
}
