package com.quotecheck.web;

/** A query parameter that cannot be understood; answered with 400 and the message. */
public class BadParameterException extends RuntimeException {

    public BadParameterException(String message) {
        super(message);
    }
}
