package com.quotecheck.export.format;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static com.quotecheck.export.format.ExportFixtures.ROWS;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class JsonExportTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    @Test
    void writesTheExpectedDocument() {
        assertEquals(ExportFixtures.expected("fixture.json"), ExportFixtures.exportText(ExportFormat.JSON, ROWS));
    }

    @Test
    void everyObjectHasEveryRowFieldAsACamelCaseKeyInRecordOrder() throws IOException {
        JsonNode array = MAPPER.readTree(ExportFixtures.export(ExportFormat.JSON, ROWS));
        List<String> componentNames = Arrays.stream(ExportRow.class.getRecordComponents()).map(RecordComponent::getName).toList();
        assertEquals(ROWS.size(), array.size());
        for (JsonNode object : array) {
            List<String> keys = new ArrayList<>();
            object.fieldNames().forEachRemaining(keys::add);
            assertEquals(componentNames, keys);
        }
    }

    @Test
    void readsBackToTheSameValuesWithExplicitNullsAndIsoDates() throws IOException, ReflectiveOperationException {
        JsonNode array = MAPPER.readTree(ExportFixtures.export(ExportFormat.JSON, ROWS));
        for (int r = 0; r < ROWS.size(); r++) {
            for (RecordComponent component : ExportRow.class.getRecordComponents()) {
                Object value = component.getAccessor().invoke(ROWS.get(r));
                JsonNode node = array.get(r).get(component.getName());
                if (value == null) {
                    assertTrue(node.isNull(), component.getName());
                } else if (value instanceof Number number) {
                    assertEquals(number.longValue(), node.longValue(), component.getName());
                } else {
                    assertEquals(value.toString(), node.textValue(), component.getName());
                }
            }
        }
        assertEquals("2026-03-02T10:15:30Z", array.get(0).get("reviewedAt").textValue());
        assertEquals("2026-03-01", array.get(0).get("articlePublishedOn").textValue());
    }

    @Test
    void neverWritesARawLessThanSignSoTheJsonCanSitInAScriptBlock() {
        String json = ExportFixtures.exportText(ExportFormat.JSON, ROWS);
        assertFalse(json.contains("<"), json);
        assertTrue(json.contains("\\u003Cscript>alert('x')\\u003C/script>"), json);
    }

    @Test
    void anEmptyExportIsAnEmptyArray() throws IOException {
        assertEquals(0, MAPPER.readTree(ExportFixtures.export(ExportFormat.JSON, List.of())).size());
    }
}
