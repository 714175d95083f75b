package com.quotecheck.export.format;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** RFC 4180 CSV with a UTF-8 byte order mark and one header row, safe to open in Excel and LibreOffice. */
final class CsvExportWriter implements ExportWriter {

    private static final ExportField[] FIELDS = ExportField.values();
    // RFC 4180 is CRLF-separated with minimal quoting; commons-csv quotes any field holding a comma, quote or line break.
    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder()
            .setHeader(Arrays.stream(FIELDS).map(ExportField::header).toArray(String[]::new))
            .get();

    private final Writer writer;
    private final CSVPrinter printer;
    private final List<String> cells = new ArrayList<>(FIELDS.length);

    CsvExportWriter(OutputStream out) throws IOException {
        writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
        // Excel reads a CSV without a byte order mark in the legacy ANSI code page and garbles every non-ASCII letter.
        writer.write('\uFEFF');
        printer = new CSVPrinter(writer, FORMAT);
    }

    @Override
    public void write(ExportRow row) throws IOException {
        cells.clear();
        for (ExportField field : FIELDS) {
            Object value = field.valueOf(row);
            cells.add(value == null ? null : neutralized(value.toString()));
        }
        printer.printRecord(cells);
    }

    /** Flushes; closing the printer would close the caller's stream. */
    @Override
    public void close() throws IOException {
        printer.flush();
    }

    /**
     * Prefixes a single quote to a cell that a spreadsheet would run as a formula (OWASP CSV injection: a leading
     * {@code = + - @}, tab or carriage return), so {@code =HYPERLINK(…)} in a quote shows as text instead of a link.
     */
    static String neutralized(String cell) {
        if (cell.isEmpty()) {
            return cell;
        }
        return switch (cell.charAt(0)) {
            case '=', '+', '-', '@', '\t', '\r' -> "'" + cell;
            default -> cell;
        };
    }
}
