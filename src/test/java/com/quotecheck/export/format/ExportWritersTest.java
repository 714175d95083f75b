package com.quotecheck.export.format;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.io.ByteArrayOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;

import static com.quotecheck.export.format.ExportFixtures.CONTEXT;
import static com.quotecheck.export.format.ExportFixtures.MISQUOTE;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ExportWritersTest {

    @ParameterizedTest
    @EnumSource(ExportFormat.class)
    void closingFinishesTheDocumentButLeavesTheCallersStreamOpen(ExportFormat format) throws IOException {
        TrackingStream out = new TrackingStream();
        ExportWriter writer = ExportWriters.open(format, out, CONTEXT);
        writer.write(MISQUOTE);
        writer.close();
        assertFalse(out.closed);
        assertTrue(out.flushed);
        int length = out.size();
        writer.close();
        assertEquals(length, out.size(), "a second close writes nothing");
    }

    @ParameterizedTest
    @EnumSource(ExportFormat.class)
    void refusesRowsAfterTheDocumentIsFinished(ExportFormat format) throws IOException {
        ExportWriter writer = ExportWriters.open(format, new ByteArrayOutputStream(), CONTEXT);
        writer.close();
        assertThrows(IllegalStateException.class, () -> writer.write(MISQUOTE));
    }

    @ParameterizedTest
    @EnumSource(ExportFormat.class)
    void streamsRowsToTheStreamBeforeTheDocumentIsFinished(ExportFormat format) throws IOException {
        TrackingStream out = new TrackingStream();
        try (ExportWriter writer = ExportWriters.open(format, out, CONTEXT)) {
            for (int i = 0; i < 200; i++) {
                writer.write(MISQUOTE);
            }
            // 200 rows are far more than any writer's buffer: most of them must have reached the stream already.
            assertTrue(out.size() > 100 * 500, format + " held back " + out.size() + " bytes");
        }
    }

    @ParameterizedTest
    @EnumSource(ExportFormat.class)
    void anEmptyExportIsStillACompleteDocument(ExportFormat format) {
        String document = assertDoesNotThrow(() -> ExportFixtures.exportText(format, java.util.List.of()));
        assertFalse(document.isEmpty());
    }

    private static final class TrackingStream extends FilterOutputStream {

        private boolean closed;
        private boolean flushed;

        TrackingStream() {
            super(new ByteArrayOutputStream());
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
        }

        @Override
        public void flush() throws IOException {
            flushed = true;
            super.flush();
        }

        @Override
        public void close() {
            closed = true;
        }

        int size() {
            return ((ByteArrayOutputStream) out).size();
        }
    }
}
