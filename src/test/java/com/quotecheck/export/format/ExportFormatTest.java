package com.quotecheck.export.format;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class ExportFormatTest {

    @ParameterizedTest
    @CsvSource({"csv, CSV", "JSON, JSON", "ClaimReview, CLAIMREVIEW", "annotations, ANNOTATIONS", "md, MARKDOWN",
            "Markdown, MARKDOWN", "' csv ', CSV"})
    void parsesTheApiNamesIgnoringCase(String name, ExportFormat expected) {
        assertEquals(expected, ExportFormat.parse(name));
    }

    @Test
    void refusesAnUnknownNameWithAMessageListingTheValidOnes() {
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class, () -> ExportFormat.parse("xlsx"));
        assertEquals("Unknown export format \"xlsx\". Choose one of: csv, json, claimreview, annotations, md.",
                error.getMessage());
    }

    @Test
    void refusesAMissingNameAndShortensALongOneInTheMessage() {
        assertThrows(IllegalArgumentException.class, () -> ExportFormat.parse(null));
        String message = assertThrows(IllegalArgumentException.class, () -> ExportFormat.parse("x".repeat(5000))).getMessage();
        assertEquals(true, message.length() < 150, message);
    }

    @Test
    void namesMediaTypesAndFileExtensionsForTheResponse() {
        assertEquals("text/csv; charset=UTF-8", ExportFormat.CSV.mediaType());
        assertEquals("application/ld+json", ExportFormat.CLAIMREVIEW.mediaType());
        assertEquals("application/ld+json; profile=\"http://www.w3.org/ns/anno.jsonld\"", ExportFormat.ANNOTATIONS.mediaType());
        assertEquals("md", ExportFormat.MARKDOWN.fileExtension());
        assertEquals("jsonld", ExportFormat.ANNOTATIONS.fileExtension());
    }
}
