package com.quotecheck.support;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Path;

import java.util.LinkedHashMap;
import java.util.Map;

/** Turns validation failures into messages keyed by the field a user filled in. */
public final class ErrorText {

    private ErrorText() {
    }

    public static Map<String, String> byField(ConstraintViolationException e) {
        Map<String, String> messages = new LinkedHashMap<>();
        for (ConstraintViolation<?> violation : e.getConstraintViolations()) {
            messages.putIfAbsent(field(violation.getPropertyPath()), violation.getMessage());
        }
        return messages;
    }

    private static String field(Path path) {
        String field = "";
        for (Path.Node node : path) {
            field = node.getName() == null ? field : node.getName();
        }
        return field;
    }
}
