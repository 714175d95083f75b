package com.quotecheck.support;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/**
 * The engines and the plain-Java packages the app wires in import the JDK and a few named libraries, never the
 * framework or the rest of the app, so they stay testable and benchmarkable on their own.
 */
class EngineIndependenceTest {

    private static final Pattern IMPORT = Pattern.compile("^import\\s+(static\\s+)?([\\w.]+)", Pattern.MULTILINE);
    private static final List<String> JDK = List.of("java.", "javax.xml.", "javax.net.ssl.", "org.w3c.", "org.xml.");
    /** Libraries a package may use beyond the JDK; the engines use none. */
    private static final Map<String, List<String>> LIBRARIES = Map.of(
            "export/format", List.of("com.fasterxml.jackson.core.", "org.apache.commons.csv."),
            "source/ingest", List.of("org.jsoup.", "org.apache.pdfbox.", "org.apache.hc."));

    @ParameterizedTest
    @ValueSource(strings = {"extraction", "matching", "export/format", "source/ingest"})
    void packageImportsOnlyTheJdkAndItsNamedLibraries(String pkg) throws IOException {
        Path folder = Path.of("src/main/java/com/quotecheck", pkg);
        List<Path> files;
        try (Stream<Path> walk = Files.walk(folder)) {
            files = walk.filter(p -> p.toString().endsWith(".java")).toList();
        }
        assertFalse(files.isEmpty(), "no sources under " + folder);
        List<String> offending = files.stream()
                .flatMap(p -> imports(p).stream().filter(i -> !allowed(i, pkg)).map(i -> p.getFileName() + ": " + i))
                .toList();
        assertEquals(List.of(), offending);
    }

    private static boolean allowed(String imported, String pkg) {
        String ownPackage = "com.quotecheck." + pkg.replace('/', '.') + ".";
        return imported.startsWith(ownPackage) || JDK.stream().anyMatch(imported::startsWith)
                || LIBRARIES.getOrDefault(pkg, List.of()).stream().anyMatch(imported::startsWith);
    }

    private static List<String> imports(Path file) {
        try {
            return IMPORT.matcher(Files.readString(file)).results().map(m -> m.group(2)).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
