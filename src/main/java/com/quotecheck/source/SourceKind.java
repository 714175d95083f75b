package com.quotecheck.source;

/** What sort of document a source is. */
public enum SourceKind {
    GOVERNMENT_READOUT("Government readout"),
    MINISTRY_STATEMENT("Ministry statement"),
    STATE_MEDIA("State media"),
    NEWS_REPORT("News report"),
    SOCIAL_POST("Social post"),
    TRANSCRIPT("Transcript"),
    OTHER("Other");

    private final String label;

    SourceKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
