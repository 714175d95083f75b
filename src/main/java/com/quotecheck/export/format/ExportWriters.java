package com.quotecheck.export.format;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Objects;

/** Opens the streaming writer of a format; the one entry point of the export package. */
public final class ExportWriters {

    private ExportWriters() {
    }

    /**
     * Starts a document in the format on the stream (the CSV header, the JSON opening bracket …). Write rows one at a
     * time, then close the writer to finish the document; the stream stays open and belongs to the caller.
     * Writers are not thread-safe; memory use does not grow with the number of rows.
     */
    public static ExportWriter open(ExportFormat format, OutputStream out, ExportContext context) throws IOException {
        Objects.requireNonNull(out, "out");
        Objects.requireNonNull(context, "context");
        ExportWriter writer = switch (format) {
            case CSV -> new CsvExportWriter(out);
            case JSON -> new JsonExportWriter(out);
            case CLAIMREVIEW -> new ClaimReviewExportWriter(out, context);
            case ANNOTATIONS -> new AnnotationExportWriter(out, context);
            case MARKDOWN -> new MarkdownExportWriter(out, context);
        };
        return new Finishing(writer);
    }

    /** Refuses rows after the document is finished and makes a second close harmless, for every format alike. */
    private static final class Finishing implements ExportWriter {

        private final ExportWriter format;
        private boolean closed;

        Finishing(ExportWriter format) {
            this.format = format;
        }

        @Override
        public void write(ExportRow row) throws IOException {
            if (closed) {
                throw new IllegalStateException("The export document is already finished");
            }
            format.write(Objects.requireNonNull(row, "row"));
        }

        @Override
        public void close() throws IOException {
            if (!closed) {
                closed = true;
                format.close();
            }
        }
    }
}
