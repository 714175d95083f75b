package com.quotecheck.audit;

import java.util.List;

/** A page of the trail, newest first; {@code page} counts from 0. */
public record TrailPage(List<TrailEntry> entries, int page, boolean hasOlder) {
}
