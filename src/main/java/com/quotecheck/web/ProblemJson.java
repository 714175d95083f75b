package com.quotecheck.web;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.util.Map;

/** The JSON body of every API error. */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record ProblemJson(int status, String title, String detail, Map<String, String> fields) {
}
