package com.quotecheck.support;

/** Well-formed input that cannot be accepted, such as a quote that is not in its article. */
public class RejectedInputException extends RuntimeException {

    public RejectedInputException(String message) {
        super(message);
    }
}
