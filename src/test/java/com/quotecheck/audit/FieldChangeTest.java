package com.quotecheck.audit;

import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

class FieldChangeTest {

    private static Map<String, String> state(String... fieldsAndValues) {
        Map<String, String> state = new LinkedHashMap<>();
        for (int i = 0; i < fieldsAndValues.length; i += 2) {
            state.put(fieldsAndValues[i], fieldsAndValues[i + 1]);
        }
        return state;
    }

    @Test
    void anUpdateListsOnlyTheFieldsThatDiffer() {
        assertEquals(List.of(new FieldChange("speaker", "Miller", "Matthew Miller"),
                        new FieldChange("source", null, "Readout (#3)")),
                FieldChange.between(state("text", "talks", "speaker", "Miller", "source", null),
                        state("text", "talks", "speaker", "Matthew Miller", "source", "Readout (#3)")));
    }

    @Test
    void aCreationListsEveryValueSetInFieldOrder() {
        assertEquals(List.of(new FieldChange("verdict", null, "ACCURATE"), new FieldChange("reviewer", null, "Dana")),
                FieldChange.between(null, state("verdict", "ACCURATE", "note", null, "reviewer", "Dana")));
    }

    @Test
    void aDeletionKeepsEveryValueItRemoved() {
        assertEquals(List.of(new FieldChange("text", "talks", null), new FieldChange("status", "REVIEWED", null)),
                FieldChange.between(state("text", "talks", "status", "REVIEWED"), null));
    }

    @Test
    void anUnchangedStateHasNoChanges() {
        assertEquals(List.of(), FieldChange.between(state("name", "Zhu Feng"), state("name", "Zhu Feng")));
    }
}
