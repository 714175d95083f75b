package com.quotecheck.matching;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/** The matching engine stays plain Java: no framework, persistence or web imports. */
class MatchingDependenciesTest {

    @Test
    void engineImportsOnlyTheJdk() throws IOException {
        Path dir = Path.of(System.getProperty("user.dir"), "src/main/java/com/quotecheck/matching");
        List<String> offending;
        try (Stream<Path> files = Files.list(dir)) {
            offending = files.flatMap(f -> {
                try {
                    return Files.readAllLines(f).stream().filter(l -> l.startsWith("import "))
                            .filter(l -> !l.startsWith("import java.")).map(l -> f.getFileName() + ": " + l);
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }).toList();
        }
        assertEquals(List.of(), offending);
    }
}
