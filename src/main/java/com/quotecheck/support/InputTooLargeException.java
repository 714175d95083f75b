package com.quotecheck.support;

/** Input larger than QuoteCheck accepts. */
public class InputTooLargeException extends RuntimeException {

    public InputTooLargeException(String message) {
        super(message);
    }
}
