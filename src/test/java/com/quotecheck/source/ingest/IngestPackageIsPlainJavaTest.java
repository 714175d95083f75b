package com.quotecheck.source.ingest;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

class IngestPackageIsPlainJavaTest {

    private static final Pattern FRAMEWORK_IMPORT = Pattern.compile(
            "^import\\s+(static\\s+)?(io\\.quarkus|jakarta\\.|javax\\.(inject|persistence|enterprise|ws)|org\\.hibernate)",
            Pattern.MULTILINE);

    @Test
    void importsNoFrameworkSoItStaysTestableWithPlainJUnit() throws IOException {
        Path sources = Path.of(System.getProperty("user.dir"), "src/main/java/com/quotecheck/source/ingest");
        List<Path> files;
        try (Stream<Path> listing = Files.list(sources)) {
            files = listing.filter(p -> p.toString().endsWith(".java")).toList();
        }
        assertFalse(files.isEmpty(), "no sources found under " + sources);
        List<String> offenders = files.stream().filter(IngestPackageIsPlainJavaTest::importsFramework)
                .map(p -> p.getFileName().toString()).toList();
        assertEquals(List.of(), offenders);
    }

    private static boolean importsFramework(Path file) {
        try {
            return FRAMEWORK_IMPORT.matcher(Files.readString(file)).find();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
