package com.quotecheck.source.ingest;

/** The URL may not be fetched (scheme, credentials, or an internal address); the message tells the user why. */
public final class FetchRefusedException extends Exception {

    public FetchRefusedException(String message) {
        super(message);
    }
}
