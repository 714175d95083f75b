package com.quotecheck.export.format;

import com.fasterxml.jackson.core.JsonGenerator;

import java.io.IOException;
import java.io.OutputStream;
import java.time.Instant;
import java.time.ZoneOffset;

/**
 * schema.org ClaimReview JSON-LD: one ClaimReview per reviewed quote in an {@code @graph}, with the fields Google's
 * fact-check rich results require (claimReviewed, reviewRating.alternateName, url) and those it recommends.
 * Quotes without a verdict are skipped: a ClaimReview must carry a rating.
 */
final class ClaimReviewExportWriter implements ExportWriter {

    private final JsonGenerator json;
    private final ExportContext context;

    ClaimReviewExportWriter(OutputStream out, ExportContext context) throws IOException {
        this.context = context;
        json = JsonOutput.open(out);
        json.writeStartObject();
        json.writeStringField("@context", "https://schema.org");
        json.writeArrayFieldStart("@graph");
    }

    @Override
    public void write(ExportRow row) throws IOException {
        VerdictRating rating = VerdictRating.of(row.verdict());
        if (rating == null) {
            return;
        }
        json.writeStartObject();
        json.writeStringField("@type", "ClaimReview");
        json.writeStringField("url", context.quoteUrl(row.quoteId()));
        JsonOutput.field(json, "claimReviewed", row.quote());
        JsonOutput.field(json, "datePublished", utcDate(row.signedOffAt() != null ? row.signedOffAt() : row.reviewedAt()));
        writeOrganization("author", context.organizationName(), context.organizationUrl());
        writeRating(rating, row.note());
        writeClaim(row);
        json.writeEndObject();
    }

    private void writeRating(VerdictRating rating, String note) throws IOException {
        json.writeObjectFieldStart("reviewRating");
        json.writeStringField("@type", "Rating");
        if (rating.ratingValue() != null) {
            json.writeNumberField("ratingValue", rating.ratingValue());
            json.writeNumberField("bestRating", VerdictRating.BEST);
            json.writeNumberField("worstRating", VerdictRating.WORST);
        }
        json.writeStringField("alternateName", rating.label());
        JsonOutput.field(json, "ratingExplanation", note);
        json.writeEndObject();
    }

    private void writeClaim(ExportRow row) throws IOException {
        json.writeObjectFieldStart("itemReviewed");
        json.writeStringField("@type", "Claim");
        writeSpeaker(row);
        JsonOutput.field(json, "datePublished", row.articlePublishedOn());
        json.writeObjectFieldStart("appearance");
        json.writeStringField("@type", "NewsArticle");
        JsonOutput.field(json, "url", WebAddresses.webOrNull(row.articleUrl()));
        JsonOutput.field(json, "headline", row.articleTitle());
        JsonOutput.field(json, "datePublished", row.articlePublishedOn());
        writeOrganization("publisher", row.articleOutlet(), null);
        json.writeEndObject();
        if (row.sourceId() != null) {
            json.writeObjectFieldStart("firstAppearance");
            json.writeStringField("@type", "CreativeWork");
            JsonOutput.field(json, "url", WebAddresses.webOrNull(row.sourceUrl()));
            JsonOutput.field(json, "name", row.sourceTitle());
            JsonOutput.field(json, "datePublished", row.sourcePublishedOn());
            writeOrganization("publisher", row.sourcePublisher(), null);
            json.writeEndObject();
        }
        json.writeEndObject();
    }

    /** The claim's author, typed by the speaker type; left out when nobody or nothing known is named. */
    private void writeSpeaker(ExportRow row) throws IOException {
        String name = row.displaySpeaker();
        if (name == null || row.speakerType() == null || row.speakerType() == SpeakerType.UNKNOWN) {
            return;
        }
        json.writeObjectFieldStart("author");
        json.writeStringField("@type", row.speakerType() == SpeakerType.PERSON ? "Person" : "Organization");
        json.writeStringField("name", name);
        json.writeEndObject();
    }

    private void writeOrganization(String property, String name, String url) throws IOException {
        if (name == null) {
            return;
        }
        json.writeObjectFieldStart(property);
        json.writeStringField("@type", "Organization");
        json.writeStringField("name", name);
        JsonOutput.field(json, "url", url);
        json.writeEndObject();
    }

    private static String utcDate(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC).toLocalDate().toString();
    }

    @Override
    public void close() throws IOException {
        json.writeEndArray();
        json.writeEndObject();
        json.writeRaw('\n');
        json.close();
    }
}
