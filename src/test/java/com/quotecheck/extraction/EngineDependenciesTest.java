package com.quotecheck.extraction;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class EngineDependenciesTest {

    @Test
    void extractionEngineImportsOnlyTheJdk() throws IOException {
        Path dir = Path.of(System.getProperty("user.dir"), "src/main/java/com/quotecheck/extraction");
        try (Stream<Path> files = Files.list(dir)) {
            for (Path file : files.toList()) {
                List<String> imports = Files.readAllLines(file).stream().filter(l -> l.startsWith("import ")).toList();
                for (String line : imports) {
                    assertTrue(line.startsWith("import java.") || line.startsWith("import static java."),
                            file.getFileName() + ": " + line);
                }
            }
        }
    }
}
