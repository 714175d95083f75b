package com.quotecheck.speaker;

/** A speaker name that quotes carry but the registry does not know yet. */
public record UnregisteredSpeaker(String name, long quotes) {
}
