package com.quotecheck.matching;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Finds the passage a quote comes from in a library of sources. Thread-safe.
 * Placeholder until the matching engine lands: a case-insensitive exact search.
 */
public final class SourceMatcher {

    private final Map<Long, SourceText> sources = new ConcurrentHashMap<>();

    public void add(SourceText source) {
        sources.put(source.id(), source);
    }

    public void remove(long sourceId) {
        sources.remove(sourceId);
    }

    public int size() {
        return sources.size();
    }

    public MatchResult match(String quote, Long attributedSourceId) {
        String needle = quote == null ? "" : quote.strip().toLowerCase(Locale.ROOT);
        if (!needle.isEmpty()) {
            for (SourceText source : sources.values()) {
                int at = source.text().toLowerCase(Locale.ROOT).indexOf(needle);
                if (at >= 0) {
                    Passage best = new Passage(source.id(), at, at + needle.length(),
                            source.text().substring(at, at + needle.length()), 1.0);
                    Boolean attributed = attributedSourceId == null ? null : attributedSourceId == source.id();
                    return new MatchResult(MatchClass.EXACT, best, List.of(),
                            List.of(new Edit(EditType.EQUAL, quote, best.text(), null)), attributed);
                }
            }
        }
        return new MatchResult(MatchClass.NOT_FOUND, null, List.of(), List.of(), null);
    }
}
