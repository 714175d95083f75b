package com.quotecheck.audit;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/** One field of an entity as a change left it: its value before and after (null where there was none). */
public record FieldChange(String field, String before, String after) {

    /**
     * The fields whose values differ between two states of an entity, in field order. {@code before} is null for a
     * creation, {@code after} for a deletion.
     */
    public static List<FieldChange> between(Map<String, String> before, Map<String, String> after) {
        Set<String> fields = new LinkedHashSet<>();
        if (after != null) {
            fields.addAll(after.keySet());
        }
        if (before != null) {
            fields.addAll(before.keySet());
        }
        List<FieldChange> changes = new ArrayList<>();
        for (String field : fields) {
            String was = before == null ? null : before.get(field);
            String is = after == null ? null : after.get(field);
            if (!Objects.equals(was, is)) {
                changes.add(new FieldChange(field, was, is));
            }
        }
        return changes;
    }
}
