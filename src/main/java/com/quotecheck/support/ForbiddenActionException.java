package com.quotecheck.support;

/** An action the signed-in user's role allows in general but the rules forbid here, such as signing off one's own verdict. */
public class ForbiddenActionException extends RuntimeException {

    public ForbiddenActionException(String message) {
        super(message);
    }
}
