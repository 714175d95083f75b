package com.quotecheck.search;

import com.fasterxml.jackson.annotation.JsonIgnore;

import java.util.List;

/** Hits of one query, by kind, best first. */
public record SearchResults(String query, List<SearchHit> quotes, List<SearchHit> articles, List<SearchHit> sources) {

    @JsonIgnore
    public boolean isEmpty() {
        return quotes.isEmpty() && articles.isEmpty() && sources.isEmpty();
    }
}
