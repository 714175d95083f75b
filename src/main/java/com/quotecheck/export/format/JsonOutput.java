package com.quotecheck.export.format;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonFactoryBuilder;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;

import java.io.IOException;
import java.io.OutputStream;

/** Opens the generators of the three JSON formats and writes the fields whose values may be missing. */
final class JsonOutput {

    // The caller owns the stream: finishing a document must not close an HTTP response it still writes to.
    private static final JsonFactory FACTORY = new JsonFactoryBuilder()
            .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
            .characterEscapes(new HtmlSafeEscapes())
            .build();

    private JsonOutput() {
    }

    /** A UTF-8 generator that indents with two spaces and "\n" on every platform, so exports are byte-for-byte stable. */
    static JsonGenerator open(OutputStream out) throws IOException {
        DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
        DefaultPrettyPrinter printer = new DefaultPrettyPrinter(Separators.createDefaultInstance()
                .withObjectFieldValueSpacing(Separators.Spacing.AFTER))
                .withObjectIndenter(indenter)
                .withArrayIndenter(indenter);
        return FACTORY.createGenerator(out, JsonEncoding.UTF8).setPrettyPrinter(printer);
    }

    /** Writes the field with its value as a JSON number or string, or nothing for null: JSON-LD leaves unknowns out. */
    static void field(JsonGenerator json, String name, Object value) throws IOException {
        if (value == null) {
            return;
        }
        if (value instanceof Long number) {
            json.writeNumberField(name, number);
        } else if (value instanceof Integer number) {
            json.writeNumberField(name, number);
        } else {
            json.writeStringField(name, value.toString());
        }
    }

    /**
     * Escapes {@code <} as {@code \u003C}: JSON-LD is pasted into {@code <script type="application/ld+json">} blocks,
     * where a quote containing {@code </script>} or {@code <!--} would otherwise end the script and inject HTML.
     * Every JSON parser reads the same value.
     */
    private static final class HtmlSafeEscapes extends CharacterEscapes {

        private final int[] escapes;

        HtmlSafeEscapes() {
            escapes = standardAsciiEscapesForJSON();
            escapes['<'] = ESCAPE_STANDARD;
        }

        @Override
        public int[] getEscapeCodesForAscii() {
            return escapes;
        }

        @Override
        public SerializableString getEscapeSequence(int ch) {
            return null;
        }
    }
}
