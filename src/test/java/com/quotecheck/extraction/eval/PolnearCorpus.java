package com.quotecheck.extraction.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Reads the PolNeAR development articles from ../shared/eval, which is never copied into the repository. */
public final class PolnearCorpus {

    /**
     * One article with its gold quoted segments of direct and mixed quotes, and the content span of every annotated
     * attribution whatever its derived kind (for the error listing: an "indirect" span may hold quote marks the
     * corpus's kind detection missed).
     */
    public record Article(String id, String text, List<SegmentScorer.GoldSegment> gold, List<Annotated> annotated) {
    }

    /** The content span of one annotated attribution, with the kind the corpus derived and the gold speaker. */
    public record Annotated(int start, int end, String kind, String speaker) {
    }

    private PolnearCorpus() {
    }

    /** The corpus file next to the project, as the shared workspace lays it out. */
    public static Path defaultPath() {
        return Path.of(System.getProperty("user.dir")).resolve("../shared/eval/polnear-dev.jsonl").normalize();
    }

    public static List<Article> read(Path file) throws IOException {
        ObjectMapper json = new ObjectMapper();
        List<Article> articles = new ArrayList<>();
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String line;
            while ((line = in.readLine()) != null) {
                if (line.isBlank()) {
                    continue;
                }
                JsonNode a = json.readTree(line);
                List<SegmentScorer.GoldSegment> gold = new ArrayList<>();
                List<Annotated> annotated = new ArrayList<>();
                for (JsonNode q : a.path("quotes")) {
                    String kind = q.path("kind").asText();
                    String speaker = q.path("speaker").isNull() ? null : q.path("speaker").asText(null);
                    annotated.add(new Annotated(q.path("start").asInt(), q.path("end").asInt(), kind, speaker));
                    if (!kind.equals("direct") && !kind.equals("mixed")) {
                        continue;
                    }
                    for (JsonNode s : q.path("quoted_segments")) {
                        gold.add(new SegmentScorer.GoldSegment(s.path("start").asInt(), s.path("end").asInt(),
                                kind.equals("mixed"), speaker));
                    }
                }
                articles.add(new Article(a.path("id").asText(), a.path("text").asText(), gold, annotated));
            }
        }
        return articles;
    }
}
