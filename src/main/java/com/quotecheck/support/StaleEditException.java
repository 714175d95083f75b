package com.quotecheck.support;

/** An edit made on a version of a record that someone else has changed since. */
public class StaleEditException extends RuntimeException {

    public StaleEditException(String message) {
        super(message);
    }
}
