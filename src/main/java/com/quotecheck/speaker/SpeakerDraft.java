package com.quotecheck.speaker;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * A registry entry as an editor submits it.
 *
 * @param aliases other names, separated by semicolons or lines
 * @param version the version the editor saw, checked when given
 */
public record SpeakerDraft(
        @NotBlank(message = "Give the speaker's full name.")
        @Size(max = 300, message = "The name may have at most 300 characters.")
        String name,
        @Size(max = 1000, message = "The role may have at most 1000 characters.")
        String role,
        @Size(max = 2000, message = "The aliases may have at most 2000 characters.")
        String aliases,
        Integer version) {
}
