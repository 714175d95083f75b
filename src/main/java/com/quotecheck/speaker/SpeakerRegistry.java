package com.quotecheck.speaker;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** A snapshot of the registry for one extraction run: looks up a speaker by any of their names. */
public final class SpeakerRegistry {

    private final Map<String, Speaker> byName = new HashMap<>();

    SpeakerRegistry(List<Speaker> speakers) {
        for (Speaker speaker : speakers) {
            speaker.namesLowerCase().forEach(name -> byName.putIfAbsent(name, speaker));
        }
    }

    /** The registered speaker known by this name or alias, or null. */
    public Speaker find(String name) {
        return name == null ? null : byName.get(name.strip().toLowerCase(Locale.ROOT));
    }
}
