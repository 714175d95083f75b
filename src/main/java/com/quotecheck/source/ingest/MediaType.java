package com.quotecheck.source.ingest;

import java.nio.charset.Charset;
import java.util.Locale;

/**
 * A Content-Type header split into its media type and declared charset.
 *
 * @param name    the media type in lower case, without parameters
 * @param charset the declared charset, or null when absent or unknown to the JVM
 */
record MediaType(String name, Charset charset) {

    /** Parses a Content-Type value; null when there is none or it has no type/subtype. */
    static MediaType parse(String header) {
        if (header == null) {
            return null;
        }
        String[] parts = header.split(";");
        String name = parts[0].strip().toLowerCase(Locale.ROOT);
        if (name.indexOf('/') <= 0) {
            return null;
        }
        Charset charset = null;
        for (int i = 1; i < parts.length; i++) {
            String[] pair = parts[i].split("=", 2);
            if (pair.length == 2 && pair[0].strip().equalsIgnoreCase("charset")) {
                charset = charset(pair[1].strip().replace("\"", ""));
            }
        }
        return new MediaType(name, charset);
    }

    private static Charset charset(String name) {
        try {
            return Charset.forName(name);
        } catch (IllegalArgumentException e) {
            return null; // an unknown or misspelt charset is treated as undeclared; the extractor then detects one
        }
    }
}
