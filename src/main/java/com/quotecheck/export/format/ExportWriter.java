package com.quotecheck.export.format;

import java.io.Closeable;
import java.io.IOException;

/** Streams export rows, one at a time, into one document of one format. */
public interface ExportWriter extends Closeable {

    /** Appends one quote to the document; throws {@link IllegalStateException} after {@link #close()}. */
    void write(ExportRow row) throws IOException;

    /**
     * Finishes the document (closes arrays, writes totals) and flushes, but leaves the underlying stream open, so the
     * caller that opened it closes it. Closing twice has no further effect.
     */
    @Override
    void close() throws IOException;
}
