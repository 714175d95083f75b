package com.quotecheck.export.format;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.StringReader;
import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

import static com.quotecheck.export.format.ExportFixtures.FORMULA;
import static com.quotecheck.export.format.ExportFixtures.MISQUOTE;
import static com.quotecheck.export.format.ExportFixtures.ROWS;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CsvExportTest {

    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    @Test
    void writesTheExpectedDocument() {
        assertEquals(ExportFixtures.expected("fixture.csv"), ExportFixtures.exportText(ExportFormat.CSV, ROWS));
    }

    @Test
    void startsWithAUtf8ByteOrderMarkSoExcelReadsTheUmlauts() {
        byte[] csv = ExportFixtures.export(ExportFormat.CSV, ROWS);
        assertArrayEquals(BOM, Arrays.copyOf(csv, 3));
    }

    @Test
    void separatesRecordsWithCrlfAndKeepsLineBreaksInsideQuotedFields() {
        String csv = ExportFixtures.exportText(ExportFormat.CSV, List.of(MISQUOTE));
        assertTrue(csv.contains(",\"Wir schaffen das – für Zürich.\nAnd we will keep going.\","), csv);
        assertTrue(csv.endsWith(",DEVIATES\r\n"), csv);
    }

    @Test
    void readsBackFieldByFieldWithTheHeaderNamingEveryRowField() throws IOException {
        List<CSVRecord> records = parse(ExportFixtures.export(ExportFormat.CSV, ROWS));
        assertEquals(ROWS.size() + 1, records.size());
        RecordComponent[] components = ExportRow.class.getRecordComponents();
        assertEquals(components.length, records.get(0).size());
        assertEquals("Quote ID", records.get(0).get(0));
        assertEquals("Source SHA-256", records.get(0).get(29));
        for (int r = 0; r < ROWS.size(); r++) {
            CSVRecord record = records.get(r + 1);
            for (int c = 0; c < components.length; c++) {
                Object value = value(components[c], ROWS.get(r));
                String expected = value == null ? "" : CsvExportWriter.neutralized(value.toString());
                assertEquals(expected, record.get(c), components[c].getName() + " of row " + r);
            }
        }
    }

    @Test
    void neutralizesCellsThatASpreadsheetWouldRunAsFormulas() throws IOException {
        CSVRecord record = parse(ExportFixtures.export(ExportFormat.CSV, List.of(FORMULA))).get(1);
        assertEquals("'=HYPERLINK(\"http://evil.example\",\"[Click](javascript:alert(1))\")", record.get(1));
        assertEquals("'-2 points @everyone\n# not a heading", record.get(17));
        for (String formula : List.of("=1+1", "+1", "-1", "@SUM(A1)", "\tx", "\rx")) {
            assertEquals("'" + formula, CsvExportWriter.neutralized(formula));
        }
        assertEquals("Merkel = Chancellor", CsvExportWriter.neutralized("Merkel = Chancellor"));
    }

    private static List<CSVRecord> parse(byte[] csv) throws IOException {
        String text = new String(csv, BOM.length, csv.length - BOM.length, StandardCharsets.UTF_8);
        try (CSVParser parser = CSVParser.parse(new StringReader(text), CSVFormat.RFC4180)) {
            return parser.getRecords();
        }
    }

    private static Object value(RecordComponent component, ExportRow row) {
        try {
            return component.getAccessor().invoke(row);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }
}
