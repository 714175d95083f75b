package com.quotecheck.export.format;

/** What kind of speaker a quote is attributed to, which decides the schema.org type of its author. */
public enum SpeakerType {
    PERSON,
    ORGANIZATION,
    UNKNOWN
}
