package com.quotecheck.speaker;

/** Fired, inside the saving transaction, when a registry entry has been created or changed. */
public record SpeakerSaved(Speaker speaker) {
}
