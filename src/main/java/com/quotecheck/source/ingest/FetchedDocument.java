package com.quotecheck.source.ingest;

import java.net.URI;
import java.nio.charset.Charset;
import java.time.Instant;

/**
 * A document fetched from the web, as the server answered it.
 *
 * @param requestedUrl the URL the user gave
 * @param finalUrl     the URL after redirects, which the body belongs to
 * @param contentType  the media type in lower case, without parameters
 * @param charset      the charset the server declared, or null
 */
public record FetchedDocument(URI requestedUrl, URI finalUrl, int status, String contentType, Charset charset,
                              byte[] body, Instant retrievedAt) {
}
