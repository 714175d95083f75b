package com.quotecheck.web;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Path;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;

/** Validation messages keyed by the field a user filled in ({@code create.draft.title} → {@code title}). */
final class ViolationMessages {

    private ViolationMessages() {
    }

    static Map<String, String> byField(Collection<? extends ConstraintViolation<?>> violations) {
        Map<String, String> messages = new LinkedHashMap<>();
        for (ConstraintViolation<?> violation : violations) {
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
