package com.quotecheck.web;

import com.quotecheck.audit.TrailFilter;
import com.quotecheck.support.TextInput;
import org.jboss.resteasy.reactive.RestQuery;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/** The filters of the audit trail page, as typed into its form. */
public class TrailQuery {

    @RestQuery
    public String user;
    @RestQuery
    public String from;
    @RestQuery
    public String to;
    @RestQuery
    public String article;
    @RestQuery
    public String source;
    @RestQuery
    public String action;
    @RestQuery
    public String page;

    TrailFilter toFilter(Map<String, String> errors) {
        return new TrailFilter(TextInput.blankToNull(user), FormInput.date(from, "from", errors),
                FormInput.date(to, "to", errors), FormInput.id(article, "article", errors),
                FormInput.id(source, "source", errors), TextInput.blankToNull(action));
    }

    int pageNumber(Map<String, String> errors) {
        Integer number = FormInput.integer(page, "page", errors);
        return number == null || number < 0 ? 0 : number;
    }

    /** This page's address with the same filters, at another page. */
    public String linkTo(int otherPage) {
        Map<String, String> parameters = new LinkedHashMap<>();
        parameters.put("user", user);
        parameters.put("from", from);
        parameters.put("to", to);
        parameters.put("article", article);
        parameters.put("source", source);
        parameters.put("action", action);
        parameters.put("page", otherPage == 0 ? null : String.valueOf(otherPage));
        String query = parameters.entrySet().stream()
                .filter(e -> e.getValue() != null && !e.getValue().isBlank())
                .map(e -> e.getKey() + "=" + TemplateExtensions.urlEncoded(e.getValue().strip()))
                .collect(Collectors.joining("&"));
        return query.isEmpty() ? "/audit" : "/audit?" + query;
    }
}
