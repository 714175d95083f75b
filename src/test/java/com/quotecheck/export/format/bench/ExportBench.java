package com.quotecheck.export.format.bench;

import com.quotecheck.export.format.ExportContext;
import com.quotecheck.export.format.ExportFormat;
import com.quotecheck.export.format.ExportRow;
import com.quotecheck.export.format.ExportWriter;
import com.quotecheck.export.format.ExportWriters;
import com.quotecheck.export.format.SpeakerType;

import java.io.IOException;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Streams N rows (default 100,000) per format into a counting stream and prints time, size and heap use; then runs
 * itself again in a JVM capped at 32 MB of heap with ten times as many rows, to show memory does not grow with rows.
 * Arguments may arrive as one string (the pom's runner passes them so): {@code [rows] [format names] [--capped]}.
 */
public final class ExportBench {

    private static final int RUNS = 3;
    private static final String CAPPED = "--capped";
    private static final String CAPPED_HEAP = "-Xmx32m";
    private static final ExportContext CONTEXT = new ExportContext("https://quotecheck.example.org", "Dagblad Fact Desk",
            "https://dagblad.example", Instant.parse("2026-03-05T09:30:00Z"));

    // Parsed once: parsing per row would cost more than writing the row and distort every figure.
    private static final Instant REVIEWED = Instant.parse("2026-03-02T10:15:30Z");
    private static final Instant SIGNED_OFF = Instant.parse("2026-03-03T08:00:00Z");
    private static final Instant RETRIEVED = Instant.parse("2026-03-01T12:00:00Z");
    private static final LocalDate ARTICLE_DATE = LocalDate.of(2026, 3, 1);
    private static final LocalDate SOURCE_DATE = LocalDate.of(2026, 2, 28);

    private ExportBench() {
    }

    public static void main(String[] args) throws Exception {
        List<String> words = Arrays.stream(String.join(" ", args).strip().split("\\s+")).filter(w -> !w.isEmpty()).toList();
        boolean capped = words.contains(CAPPED);
        int rows = words.stream().filter(w -> w.matches("\\d+")).findFirst().map(Integer::parseInt).orElse(100_000);
        List<ExportFormat> chosen = Arrays.stream(ExportFormat.values())
                .filter(f -> words.contains(f.parameterName())).toList();
        List<ExportFormat> formats = chosen.isEmpty() ? List.of(ExportFormat.values()) : chosen;
        if (capped) {
            runCapped(formats, rows);
            return;
        }
        System.out.printf(Locale.ROOT, "%,d rows per format, median of %d runs after one warm-up run, %s%n", rows, RUNS,
                Runtime.version());
        System.out.printf(Locale.ROOT, "%-12s %10s %10s %12s %10s %16s %16s%n", "format", "ms", "MB", "rows/s", "MB/s",
                "heap before MB", "heap after MB");
        for (ExportFormat format : formats) {
            stream(format, rows);
            List<Long> nanos = new ArrayList<>();
            long bytes = 0;
            double before = usedHeapAfterGcMb();
            for (int run = 0; run < RUNS; run++) {
                long start = System.nanoTime();
                bytes = stream(format, rows);
                nanos.add(System.nanoTime() - start);
            }
            double after = usedHeapAfterGcMb();
            double ms = nanos.stream().sorted().toList().get(RUNS / 2) / 1e6;
            System.out.printf(Locale.ROOT, "%-12s %10.0f %10.1f %,12.0f %10.0f %16.1f %16.1f%n", format.parameterName(), ms,
                    bytes / 1e6, rows / (ms / 1000), bytes / 1e6 / (ms / 1000), before, after);
        }
        int cappedRows = rows * 10;
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        System.out.printf(Locale.ROOT, "%nAgain with %,d rows per format in a JVM started with %s:%n", cappedRows, CAPPED_HEAP);
        Process child = new ProcessBuilder(java.toString(), CAPPED_HEAP, "-cp", System.getProperty("java.class.path"),
                ExportBench.class.getName(), String.valueOf(cappedRows), CAPPED,
                String.join(" ", formats.stream().map(ExportFormat::parameterName).toList())).inheritIO().start();
        int exit = child.waitFor();
        if (exit != 0) {
            throw new IllegalStateException("the capped run failed with exit code " + exit);
        }
    }

    private static void runCapped(List<ExportFormat> formats, int rows) throws IOException {
        System.out.printf(Locale.ROOT, "%-12s %10s %10s %20s%n", "format", "ms", "MB", "peak heap used MB");
        for (ExportFormat format : formats) {
            usedHeapAfterGcMb();
            ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
            long start = System.nanoTime();
            long bytes = stream(format, rows);
            double ms = (System.nanoTime() - start) / 1e6;
            System.out.printf(Locale.ROOT, "%-12s %10.0f %10.1f %20.1f%n", format.parameterName(), ms, bytes / 1e6,
                    peakHeapMb());
        }
        System.out.printf(Locale.ROOT, "max heap %.0f MB%n", Runtime.getRuntime().maxMemory() / 1e6);
    }

    private static long stream(ExportFormat format, int rows) throws IOException {
        CountingStream out = new CountingStream();
        try (ExportWriter writer = ExportWriters.open(format, out, CONTEXT)) {
            for (int i = 0; i < rows; i++) {
                writer.write(row(i));
            }
        }
        return out.count;
    }

    /** A fully filled row, new for every index as rows from a database cursor would be. */
    private static ExportRow row(int i) {
        return new ExportRow(
                i, "We will not raise taxes for working families – not this year, not next year, and not in Zürich "
                + "either. " + i, "Merkel", "Angela Merkel", SpeakerType.PERSON,
                "said", "DIRECT",
                i / 20, "Budget talks continue " + i / 20, "Dagblad", "https://news.example/articles/" + i / 20,
                ARTICLE_DATE,
                1200, 1310, "the chancellor told reporters: ", " She then left the podium.",
                i % 3 == 0 ? "MISQUOTED" : "ACCURATE", i % 2 == 0 ? "The source says \"next year\" <only>." : null,
                "Ana Núñez", REVIEWED, "VERIFIED", "Jens Ødegård", SIGNED_OFF,
                (long) i / 50, "Pressekonferenz", "Bundesregierung", "https://gov.example/pk/" + i / 50,
                SOURCE_DATE, RETRIEVED,
                "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08",
                4000, 4105, "We will not raise taxes for working families, not this year and not next year.",
                "Sie sagte: ", " Dann ging sie.", "DEVIATES");
    }

    private static double usedHeapAfterGcMb() {
        System.gc();
        Runtime runtime = Runtime.getRuntime();
        return (runtime.totalMemory() - runtime.freeMemory()) / 1e6;
    }

    private static double peakHeapMb() {
        return ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP)
                .mapToLong(p -> p.getPeakUsage().getUsed()).sum() / 1e6;
    }

    /** Discards the bytes and counts them, so the figures measure the writers and not a disk. */
    private static final class CountingStream extends OutputStream {

        private long count;

        @Override
        public void write(int b) {
            count++;
        }

        @Override
        public void write(byte[] b, int off, int len) {
            count += len;
        }
    }
}
