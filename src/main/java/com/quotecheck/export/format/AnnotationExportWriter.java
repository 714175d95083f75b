package com.quotecheck.export.format;

import com.fasterxml.jackson.core.JsonGenerator;

import java.io.IOException;
import java.io.OutputStream;

/**
 * W3C Web Annotation JSON-LD: an AnnotationCollection whose single embedded page holds one annotation per quote.
 * The first target is the quote in the article as QuoteCheck stores it, the second (when the quote was matched) the
 * passage in the stored source document; each target's source names the original web address it was retrieved from
 * with {@code via}. The body carries the verdict (purpose "assessing") and the note (purpose "commenting").
 */
final class AnnotationExportWriter implements ExportWriter {

    private final JsonGenerator json;
    private final ExportContext context;
    private long total;

    AnnotationExportWriter(OutputStream out, ExportContext context) throws IOException {
        this.context = context;
        String collectionId = context.baseUrl() + "/api/export?format=" + ExportFormat.ANNOTATIONS.parameterName();
        json = JsonOutput.open(out);
        json.writeStartObject();
        json.writeStringField("@context", "http://www.w3.org/ns/anno.jsonld");
        json.writeStringField("id", collectionId);
        json.writeStringField("type", "AnnotationCollection");
        json.writeStringField("label", "Quote checks by " + context.organizationName());
        json.writeObjectFieldStart("first");
        json.writeStringField("id", collectionId + "#items");
        json.writeStringField("type", "AnnotationPage");
        json.writeNumberField("startIndex", 0);
        json.writeArrayFieldStart("items");
    }

    @Override
    public void write(ExportRow row) throws IOException {
        VerdictRating rating = VerdictRating.of(row.verdict());
        json.writeStartObject();
        json.writeStringField("id", context.quoteUrl(row.quoteId()) + "#annotation");
        json.writeStringField("type", "Annotation");
        json.writeStringField("motivation", rating != null ? "assessing" : row.note() != null ? "commenting" : "highlighting");
        JsonOutput.field(json, "created", row.reviewedAt());
        json.writeStringField("generated", context.generatedAt().toString());
        json.writeObjectFieldStart("generator");
        json.writeStringField("id", context.baseUrl());
        json.writeStringField("type", "Software");
        json.writeStringField("name", "QuoteCheck");
        json.writeEndObject();
        if (row.reviewer() != null) {
            json.writeObjectFieldStart("creator");
            json.writeStringField("type", "Person");
            json.writeStringField("name", row.reviewer());
            json.writeEndObject();
        }
        writeBody(rating, row.note());
        json.writeArrayFieldStart("target");
        writeTarget(context.articleUrl(row.articleId()), row.articleUrl(), row.quote(), row.quotePrefix(), row.quoteSuffix(),
                row.quoteStart(), row.quoteEnd());
        if (row.hasPassage()) {
            writeTarget(context.sourceUrl(row.sourceId()), row.sourceUrl(), row.passage(), row.passagePrefix(),
                    row.passageSuffix(), row.passageStart(), row.passageEnd());
        }
        json.writeEndArray();
        json.writeEndObject();
        total++;
    }

    private void writeBody(VerdictRating rating, String note) throws IOException {
        if (rating == null && note == null) {
            return;
        }
        json.writeArrayFieldStart("body");
        if (rating != null) {
            writeTextualBody("assessing", rating.label());
        }
        if (note != null) {
            writeTextualBody("commenting", note);
        }
        json.writeEndArray();
    }

    private void writeTextualBody(String purpose, String value) throws IOException {
        json.writeStartObject();
        json.writeStringField("type", "TextualBody");
        json.writeStringField("purpose", purpose);
        json.writeStringField("value", value);
        json.writeStringField("format", "text/plain");
        json.writeEndObject();
    }

    private void writeTarget(String storedUrl, String originalUrl, String exact, String prefix, String suffix,
                             int start, int end) throws IOException {
        json.writeStartObject();
        json.writeObjectFieldStart("source");
        json.writeStringField("id", storedUrl);
        json.writeStringField("type", "Text");
        JsonOutput.field(json, "via", WebAddresses.webOrNull(originalUrl));
        json.writeEndObject();
        json.writeArrayFieldStart("selector");
        json.writeStartObject();
        json.writeStringField("type", "TextQuoteSelector");
        JsonOutput.field(json, "exact", exact);
        JsonOutput.field(json, "prefix", prefix);
        JsonOutput.field(json, "suffix", suffix);
        json.writeEndObject();
        json.writeStartObject();
        json.writeStringField("type", "TextPositionSelector");
        json.writeNumberField("start", start);
        json.writeNumberField("end", end);
        json.writeEndObject();
        json.writeEndArray();
        json.writeEndObject();
    }

    /** Closes the page and writes the total, which only now is known; JSON objects are unordered, so it may come last. */
    @Override
    public void close() throws IOException {
        json.writeEndArray();
        json.writeEndObject();
        json.writeNumberField("total", total);
        json.writeEndObject();
        json.writeRaw('\n');
        json.close();
    }
}
