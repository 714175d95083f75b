package com.quotecheck.source.ingest;

import java.util.OptionalInt;

/** The URL was allowed but could not be fetched (timeout, upstream error, too large, wrong type); the message is for the user. */
public final class FetchFailedException extends Exception {

    private final int upstreamStatus;

    public FetchFailedException(String message) {
        this(message, 0, null);
    }

    public FetchFailedException(String message, Throwable cause) {
        this(message, 0, cause);
    }

    FetchFailedException(String message, int upstreamStatus, Throwable cause) {
        super(message, cause);
        this.upstreamStatus = upstreamStatus;
    }

    /** The HTTP status the remote server answered with, when that was the reason. */
    public OptionalInt upstreamStatus() {
        return upstreamStatus == 0 ? OptionalInt.empty() : OptionalInt.of(upstreamStatus);
    }
}
