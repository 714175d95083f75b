package com.quotecheck.source.ingest;

import java.time.LocalDate;

/**
 * The readable text of a document, paragraphs separated by one blank line.
 *
 * @param title       the document's own title, or null
 * @param language    primary language subtag in lower case ("en"), or null
 * @param publishedOn publication date the document states, or null
 */
public record ExtractedText(String title, String text, String language, LocalDate publishedOn) {
}
