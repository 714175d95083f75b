package com.quotecheck.export.format;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** The export formats, with the names the API accepts and the HTTP media type each is served as. */
public enum ExportFormat {
    CSV("csv", "text/csv; charset=UTF-8", "csv"),
    JSON("json", "application/json", "json"),
    CLAIMREVIEW("claimreview", "application/ld+json", "jsonld"),
    ANNOTATIONS("annotations", "application/ld+json; profile=\"http://www.w3.org/ns/anno.jsonld\"", "jsonld"),
    MARKDOWN("md", "text/markdown; charset=UTF-8", "md");

    private final String parameterName;
    private final String mediaType;
    private final String fileExtension;

    ExportFormat(String parameterName, String mediaType, String fileExtension) {
        this.parameterName = parameterName;
        this.mediaType = mediaType;
        this.fileExtension = fileExtension;
    }

    /**
     * The format a {@code format=} parameter names, ignoring case; "markdown" is accepted for {@link #MARKDOWN}.
     *
     * @throws IllegalArgumentException with a message for the user that lists the valid names
     */
    public static ExportFormat parse(String name) {
        String wanted = name == null ? "" : name.strip().toLowerCase(Locale.ROOT);
        if (wanted.equals("markdown")) {
            return MARKDOWN;
        }
        return Arrays.stream(values()).filter(f -> f.parameterName.equals(wanted)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("Unknown export format \"" + shortened(name)
                        + "\". Choose one of: " + Arrays.stream(values()).map(f -> f.parameterName)
                        .collect(Collectors.joining(", ")) + "."));
    }

    // The message echoes the request, so a pasted essay must not come back whole.
    private static String shortened(String name) {
        String shown = name == null ? "" : name.strip();
        return shown.length() > 40 ? shown.substring(0, 40) + "…" : shown;
    }

    /** The name used in {@code ?format=}. */
    public String parameterName() {
        return parameterName;
    }

    public String mediaType() {
        return mediaType;
    }

    /** The file extension without a dot, for a {@code Content-Disposition} file name. */
    public String fileExtension() {
        return fileExtension;
    }
}
