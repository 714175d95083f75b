package com.quotecheck.extraction.bench;

import com.quotecheck.extraction.eval.PolnearCorpus;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/**
 * Two builds of the extractor in one JVM, run in turns over PolNeAR dev: on a shared machine whose speed swings
 * between runs, the swings then hit both builds alike. Arguments: the class directories of the two builds (each a
 * {@code target/classes}, e.g. of a worktree at an older commit) and optionally the number of rounds. Prints the
 * median and best CPU time per pass over the 84 articles for each build.
 */
public final class SideBySideBenchmark {

    private static final int WARM_ROUNDS = 10;
    private static final int PASSES_PER_ROUND = 3;
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private SideBySideBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 2 || !Files.isRegularFile(PolnearCorpus.defaultPath())) {
            System.err.println("usage: SideBySideBenchmark OLD_CLASSES NEW_CLASSES [ROUNDS] (needs "
                    + PolnearCorpus.defaultPath() + ")");
            System.exit(2);
        }
        List<String> articles = new ArrayList<>();
        PolnearCorpus.read(PolnearCorpus.defaultPath()).forEach(a -> articles.add(a.text()));
        Build[] builds = {new Build(Path.of(args[0])), new Build(Path.of(args[1]))};
        int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 20;
        long sink = 0;
        for (int round = -WARM_ROUNDS; round < rounds; round++) {
            for (int turn = 0; turn < 2; turn++) {
                // Alternate which build goes first, so neither always runs right after the collector's pause.
                Build build = builds[(round & 1) == 0 ? turn : 1 - turn];
                long start = THREADS.getCurrentThreadCpuTime();
                for (int pass = 0; pass < PASSES_PER_ROUND; pass++) {
                    for (String article : articles) {
                        sink += build.extract(article);
                    }
                }
                if (round >= 0) {
                    build.millisPerPass.add((THREADS.getCurrentThreadCpuTime() - start) / 1e6 / PASSES_PER_ROUND);
                }
            }
        }
        for (Build build : builds) {
            List<Double> times = build.millisPerPass;
            Collections.sort(times);
            System.out.printf(Locale.ROOT, "%s: median %.1f ms per pass, best %.1f ms%n", build.classes,
                    times.get(times.size() / 2), times.get(0));
        }
        System.out.println("(checksum " + sink + ")");
    }

    /** One build's extractor, loaded from its own class directory apart from the other's. */
    private static final class Build {
        final Path classes;
        final Object extractor;
        final Method extract;
        final List<Double> millisPerPass = new ArrayList<>();

        Build(Path classes) throws IOException, ReflectiveOperationException {
            this.classes = classes;
            URLClassLoader loader = new URLClassLoader(new URL[] {classes.toUri().toURL()},
                    ClassLoader.getPlatformClassLoader());
            Class<?> type = loader.loadClass("com.quotecheck.extraction.QuoteExtractor");
            extractor = type.getConstructor().newInstance();
            extract = type.getMethod("extract", String.class);
        }

        int extract(String text) throws ReflectiveOperationException {
            return ((List<?>) extract.invoke(extractor, text)).size();
        }
    }
}
