package com.quotecheck.support;

/** A requested record does not exist. */
public class MissingEntityException extends RuntimeException {

    public MissingEntityException(String what, Object id) {
        super(what + " " + id + " does not exist.");
    }
}
