package com.quotecheck.export.format;

import com.fasterxml.jackson.core.JsonGenerator;

import java.io.IOException;
import java.io.OutputStream;

/**
 * A JSON array with one flat object per quote: every {@link ExportRow} field under its camelCase name, in record
 * order, with explicit nulls so that every object has the same keys.
 */
final class JsonExportWriter implements ExportWriter {

    private static final ExportField[] FIELDS = ExportField.values();

    private final JsonGenerator json;

    JsonExportWriter(OutputStream out) throws IOException {
        json = JsonOutput.open(out);
        json.writeStartArray();
    }

    @Override
    public void write(ExportRow row) throws IOException {
        json.writeStartObject();
        for (ExportField field : FIELDS) {
            Object value = field.valueOf(row);
            if (value == null) {
                json.writeNullField(field.key());
            } else {
                JsonOutput.field(json, field.key(), value);
            }
        }
        json.writeEndObject();
    }

    @Override
    public void close() throws IOException {
        json.writeEndArray();
        json.writeRaw('\n');
        json.close();
    }
}
