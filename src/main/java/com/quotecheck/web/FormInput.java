package com.quotecheck.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Map;

/** Parses typed form values, recording a message per field instead of failing, so the form can be shown again. */
final class FormInput {

    private FormInput() {
    }

    static LocalDate date(String raw, String field, Map<String, String> errors) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(raw.strip());
        } catch (DateTimeParseException e) {
            errors.put(field, "Enter the date as YYYY-MM-DD, for example 2023-06-16.");
            return null;
        }
    }

    static Long id(String raw, String field, Map<String, String> errors) {
        return (Long) number(raw, field, errors, true);
    }

    static Integer integer(String raw, String field, Map<String, String> errors) {
        return (Integer) number(raw, field, errors, false);
    }

    static <E extends Enum<E>> E choice(Class<E> type, String raw, String field, Map<String, String> errors) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, raw.strip());
        } catch (IllegalArgumentException e) {
            errors.put(field, "Choose one of the offered options.");
            return null;
        }
    }

    private static Number number(String raw, String field, Map<String, String> errors, boolean wide) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        try {
            return wide ? (Number) Long.valueOf(raw.strip()) : Integer.valueOf(raw.strip());
        } catch (NumberFormatException e) {
            errors.put(field, "Enter a whole number.");
            return null;
        }
    }
}
